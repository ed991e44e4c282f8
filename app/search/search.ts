// Full-text search over the lecture: what each slide shows and the context that the deck's editors
// added in the notes (never the presenter's cues). Pure functions; the components collect the texts.

export interface SearchEntry {
  no: number
  title: string
  /** The slide's rendered text at its final click state. */
  slide: string
  /** The context for students as plain text ('' when the slide has none). */
  context: string
}

export type SearchPlace = 'slide' | 'context'

export interface SearchHit {
  no: number
  title: string
  place: SearchPlace
  /** The text around the match, split so that the match can be highlighted. */
  before: string
  match: string
  after: string
}

const SPACES = /\s+/g

/** Collapses runs of white space and trims. */
export function normalizeText(text: string): string {
  return text.replace(SPACES, ' ').trim()
}

/** The words of a query, lower-cased; empty for a blank query. */
export function queryTerms(query: string): string[] {
  const text = normalizeText(query).toLowerCase()
  return text ? text.split(' ') : []
}

function snippet(text: string, at: number, length: number, context: number): Pick<SearchHit, 'before' | 'match' | 'after'> {
  let start = Math.max(0, at - context)
  let end = Math.min(text.length, at + length + context)
  // Cut at word boundaries so that the snippet does not start or end inside a word.
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space >= 0 && space < at ? space + 1 : start
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > at + length ? space : end
  }
  return {
    before: `${start > 0 ? '… ' : ''}${text.slice(start, at)}`,
    match: text.slice(at, at + length),
    after: `${text.slice(at + length, end)}${end < text.length ? ' …' : ''}`,
  }
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g
/** Letters and digits of any script: what a word is made of. */
const WORD = '[\\p{L}\\p{N}]'

/**
 * Where `terms` may match: each one as a whole word ("Article V" does not find "Article VI"), the
 * last one also as the start of a longer word once it has three letters, so that "treat" finds
 * "treaty" while a student types.
 */
function termPattern(terms: string[], index: number): string {
  const escaped = terms[index]!.replace(SPECIAL, '\\$&')
  const prefix = index === terms.length - 1 && terms[index]!.length >= 3
  return `(?<!${WORD})${escaped}${prefix ? '' : `(?!${WORD})`}`
}

/**
 * Slides and contexts that contain every word of `query` (case-insensitive, whole words). A place that
 * contains the whole query as one phrase ranks first; then slide order, the slide before its context.
 */
export function searchLecture(entries: SearchEntry[], query: string, context = 60): SearchHit[] {
  const terms = queryTerms(query)
  if (!terms.length)
    return []
  const patterns = terms.map((_, i) => new RegExp(termPattern(terms, i), 'iu'))
  const phrasePattern = new RegExp(terms.map((_, i) => termPattern(terms, i)).join('\\s+'), 'iu')
  const ranked: Array<{ hit: SearchHit, phrase: boolean }> = []
  for (const entry of entries) {
    for (const place of ['slide', 'context'] as const) {
      const text = normalizeText(entry[place])
      if (!patterns.every(pattern => pattern.test(text)))
        continue
      const found = phrasePattern.exec(text) ?? patterns[0]!.exec(text)!
      ranked.push({
        hit: { no: entry.no, title: entry.title, place, ...snippet(text, found.index, found[0].length, context) },
        phrase: phrasePattern.test(text),
      })
    }
  }
  return ranked
    .sort((a, b) => Number(b.phrase) - Number(a.phrase))
    .map(r => r.hit)
}
