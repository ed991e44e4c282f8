// The three kinds of text, kept apart from slides.md to every output:
// - the lecture: what the slides show (data/lecture.ts), Masahiro Akiyama's words;
// - context for students: the paragraphs of a slide's speaker notes, written by the deck's editors,
//   each fact cited as `[@source-id]` or `[@source-id, pinpoint]` (Pandoc's citation form), the id
//   being an entry of data/sources.ts;
// - presenter cues: note paragraphs that begin `Cue:`, shown in the presenter view only.
// A `[click]` marker may open a paragraph of either kind. Pure functions, no Slidev, no DOM.

/** The label every output puts over the context, so that no one takes it for the lecturer's words. */
export const CONTEXT_LABEL = 'Context added by the deck’s editors, not the lecturer’s words'

export type NoteKind = 'cue' | 'context'

export interface Citation {
  source: string
  /** Article, paragraph or section, as written after the comma. */
  at?: string
}

export interface NoteBlock {
  kind: NoteKind
  /** Whether a `[click]` marker opens the paragraph. */
  click: boolean
  /** The paragraph's Markdown without its `[click]` marker and `Cue:` label; citations left in. */
  markdown: string
  citations: Citation[]
}

const CLICK = /^\[click\]\s*/
const CUE = /^Cue:\s*/
export const CITATION = /\[@([\w-]+)(?:,([^\]]+))?\]/g
const PARAGRAPH_BREAK = /\n[ \t]*\n/
// A year, a day of a month, a count or an amount: a fact that needs a source.
const STATES_A_NUMBER = /\d/

/** A slide's speaker notes, paragraph by paragraph. */
export function noteBlocks(note: string): NoteBlock[] {
  return note.split(PARAGRAPH_BREAK).map(p => p.trim()).filter(Boolean).map((paragraph) => {
    const click = CLICK.test(paragraph)
    const rest = paragraph.replace(CLICK, '')
    const kind: NoteKind = CUE.test(rest) ? 'cue' : 'context'
    const markdown = rest.replace(CUE, '')
    const citations = [...markdown.matchAll(CITATION)].map(([, source, at]) => ({ source: source!, ...(at ? { at: at.trim() } : {}) }))
    return { kind, click, markdown, citations }
  })
}

/** The context paragraphs of a slide's notes: what students read. */
export function contextBlocks(note: string): NoteBlock[] {
  return noteBlocks(note).filter(block => block.kind === 'context')
}

/**
 * Numbers the cited sources in order of first citation across the deck, as a paper numbers its
 * references: `notes[i]` are the notes of slide i + 1.
 */
export function referenceNumbers(notes: string[]): Map<string, number> {
  const numbers = new Map<string, number>()
  for (const note of notes) {
    for (const block of contextBlocks(note)) {
      for (const { source } of block.citations) {
        if (!numbers.has(source))
          numbers.set(source, numbers.size + 1)
      }
    }
  }
  return numbers
}

/** `[@treaty-1960, Article V]` → what `cite(number, at)` returns, for every citation in `markdown`. */
export function replaceCitations(markdown: string, numbers: Map<string, number>, cite: (n: number, at?: string) => string): string {
  return markdown.replace(CITATION, (whole, source: string, at?: string) => {
    const n = numbers.get(source)
    if (n === undefined)
      throw new Error(`Citation ${whole} names no source in data/sources.ts`)
    return cite(n, at?.trim())
  })
}

/** What is wrong with a slide's notes: unknown sources, and context that states a number uncited. */
export function noteProblems(note: string, knownSources: ReadonlySet<string>): string[] {
  const problems: string[] = []
  for (const block of contextBlocks(note)) {
    for (const { source } of block.citations) {
      if (!knownSources.has(source))
        problems.push(`cites "${source}", which is not in data/sources.ts`)
    }
    const uncited = block.markdown.replace(CITATION, '')
    if (block.citations.length === 0 && STATES_A_NUMBER.test(uncited))
      problems.push(`states a number or date without a citation: "${uncited.slice(0, 80)}…"`)
  }
  return problems
}
