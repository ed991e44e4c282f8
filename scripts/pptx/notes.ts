import { formatSourceDate } from '../../data/format'
// The speaker notes of the PowerPoint file: a colleague who presents from it needs what the deck's
// presenter view shows, and a student who gets the file must not take the editors' words for the
// lecturer's. So each slide's notes give, in this order and each under its label:
// 1. the context added by the deck's editors (data/notes.ts), its citations numbered as in the reader
//    edition and the handout, and the sources it cites written out under it;
// 2. the presenter cues.
// A `[click]` marker becomes "[click 3]": the file shows each slide at its last click.
import { CONTEXT_LABEL, noteBlocks, referenceNumbers, replaceCitations } from '../../data/notes'
import { getSource } from '../../data/sources'

export const CUES_LABEL = 'Presenter cues (for the presenter only)'
export const SOURCES_LABEL = 'Sources cited above'

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

/** The notes of every slide; `notes[i]` are the speaker notes of slide i + 1, as in slides.md. */
export function pptxNotes(notes: string[]): NoteParagraph[][] {
  const numbers = referenceNumbers(notes)
  return notes.map((note) => {
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
        .map(id => ({ n: numbers.get(id)!, source: getSource(id) }))
        .sort((a, b) => a.n - b.n)
      if (cited.length > 0) {
        paragraphs.push({ text: `${SOURCES_LABEL}:`, label: true })
        for (const { n, source } of cited)
          paragraphs.push({ text: `[${n}] ${source.title} (${source.kind}). ${source.publisher}, ${formatSourceDate(source.date)}. ${source.url}${source.caveat ? ` ${source.caveat}` : ''}` })
      }
    }
    if (cues.length > 0)
      paragraphs.push({ text: `${CUES_LABEL}:`, label: true }, ...cues.map(block => ({ text: block.text })))
    return paragraphs
  })
}
