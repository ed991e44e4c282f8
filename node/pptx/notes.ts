// The speaker notes of the PowerPoint file: a colleague who presents from it needs what the deck's
// presenter view shows, and a student who gets the file must not take the editors' words for the
// lecturer's. So each slide's notes give, in this order and each under its label:
// 1. the context added by the deck's editors (data/notes.ts), its citations numbered as in the reader
//    edition and the handout, and the sources it cites written out under it;
// 2. on a section's last slide, "Check yourself": the section's questions (data/questions.ts), their
//    answers and the editors' explanations;
// 3. the presenter cues.
// A `[click]` marker becomes "[click 3]": the file shows each slide at its last click.
import type { SectionId } from '../../data/types'
import { explanationText, LETTERS } from '../../app/hall/explain'
import { formatSourceDate } from '../../data/format'
import { byId } from '../../data/ids'
import { CONTEXT_LABEL, noteBlocks, referenceNumbers, replaceCitations } from '../../data/notes'
import { answerText, EXPLANATION_LABEL, questionsOf } from '../../data/questions'
import { sources } from '../../data/sources'

export const CUES_LABEL = 'Presenter cues (for the presenter only)'
export const SOURCES_LABEL = 'Sources cited above'
export const CHECK_LABEL = 'Check yourself: questions on this section, by the deck’s editors'

/** One paragraph of the notes; `label` paragraphs are set in bold. */
export interface NoteParagraph {
  text: string
  label?: boolean
}

const LINK = /\[([^\]]+)\]\((\S+)\)/g
const EMPHASIS = /(\*\*|__|[*_`])(\S(?:.*?\S)?)\1/g

/** Markdown marks made plain: a link keeps its address in brackets. */
function plain(markdown: string): string {
  return markdown.replace(LINK, '$1 ($2)').replace(EMPHASIS, '$2').replace(/\s+/g, ' ').trim()
}

/** A section's questions as note paragraphs: each with its choices, answer, explanation and slide. */
export function checkParagraphs(section: SectionId, slideNumbers: Record<string, number>): NoteParagraph[] {
  const questions = questionsOf(section)
  if (questions.length === 0)
    return []
  return [{ text: `${CHECK_LABEL}:`, label: true }, ...questions.flatMap((question, n) => [
    { text: `${n + 1}. ${question.prompt}` },
    ...question.choices.map((choice, i) => ({ text: `${LETTERS[i]} ${choice}` })),
    { text: question.kind === 'knowledge' ? `Answer: ${LETTERS[question.answer]}, ${answerText(question)}` : answerText(question) },
    { text: `${EXPLANATION_LABEL}: ${explanationText(question)} (slide ${slideNumbers[question.slide]}: ${question.slide})` },
  ])]
}

/**
 * The notes of every slide; `notes[i]` are the speaker notes of slide i + 1, as in slides.md, and
 * `checks[i]` the section whose questions follow them (on its last slide).
 */
export function pptxNotes(notes: string[], checks: Array<SectionId | null> = [], slideNumbers: Record<string, number> = {}): NoteParagraph[][] {
  const numbers = referenceNumbers(notes)
  return notes.map((note, index) => {
    let clicks = 0
    const blocks = noteBlocks(note).map((block) => {
      const click = block.click ? `[click ${++clicks}] ` : ''
      return { ...block, text: click + plain(replaceCitations(block.markdown, numbers, (n, at) => `[${n}${at ? `, ${at}` : ''}]`)) }
    })
    const context = blocks.filter(block => block.kind === 'context')
    const cues = blocks.filter(block => block.kind === 'cue')
    const paragraphs: NoteParagraph[] = []
    if (context.length > 0) {
      paragraphs.push({ text: `${CONTEXT_LABEL}:`, label: true }, ...context.map(block => ({ text: block.text })))
      const cited = [...new Set(context.flatMap(block => block.citations.map(c => c.source)))]
        .map(id => ({ n: numbers.get(id)!, source: byId(sources, id) }))
        .sort((a, b) => a.n - b.n)
      if (cited.length > 0) {
        paragraphs.push({ text: `${SOURCES_LABEL}:`, label: true })
        for (const { n, source } of cited)
          paragraphs.push({ text: `[${n}] ${source.title} (${source.kind}). ${source.publisher}, ${formatSourceDate(source.date)}. ${source.url}${source.caveat ? ` ${source.caveat}` : ''}` })
      }
    }
    const check = checks[index]
    if (check)
      paragraphs.push(...checkParagraphs(check, slideNumbers))
    if (cues.length > 0)
      paragraphs.push({ text: `${CUES_LABEL}:`, label: true }, ...cues.map(block => ({ text: block.text })))
    return paragraphs
  })
}
