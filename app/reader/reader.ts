// Where the reader edition is, from the deck: `reader/` beside the deck's index.html (dist/reader/,
// written by node/edition/edition.ts). The deck's old `#/reader` route now leads there.
import { EDITION_FOLDER } from '../../data/deck'

export const READER_PATH = '/reader'

/** The deck route that opens the edition, optionally at slide `no` (used by the search's hits). */
export function readerLocation(no?: number): { path: string, query: Record<string, string> } {
  return { path: READER_PATH, query: no ? { slide: String(no) } : {} }
}

/** The slide number a `#/reader?slide=7` address asks for, or null. */
export function slideFromQuery(value: unknown, total: number): number | null {
  const raw = Array.isArray(value) ? value[0] : value
  const no = Number(raw)
  return Number.isInteger(no) && no >= 1 && no <= total ? no : null
}

/** The edition's address relative to the deck's page, at slide `no` when given. */
export function editionHref(no?: number | null): string {
  return `${EDITION_FOLDER}/${no ? `#slide-${no}` : ''}`
}
