// The source register (data/sources.ts) as CSL-JSON items: the one mapping that every reference file,
// the GB/T 7714 list and the reader edition's COinS start from. Only what the register holds is
// written: no author is made up (the register names publishers, not authors), no date where it has none.
import type { Source, SourceKind } from '../../data/types'
import { sources as register } from '../../data/sources'

/** The CSL types this mapping uses (CSL-JSON schema 1.0). */
export type CslType = 'document' | 'legislation' | 'treaty'

/** A CSL-JSON item, as far as the register fills it. */
export interface CslItem {
  'id': string
  'citation-key': string
  'type': CslType
  'title': string
  'publisher': string
  /** The register's kind (`SCC document`, `official description` ...). */
  'genre': string
  'issued'?: { 'date-parts': [[number] | [number, number] | [number, number, number]] }
  'URL': string
  /** The register's caveat: where the text was read when not at its address, or how much of it. */
  'note'?: string
}

/**
 * A kind as a CSL type. Laws and the constitution are legislation, and international agreements
 * treaties (GB/T 7714 marks both [A]); every other kind is a document (a press release, an editorial
 * note or a compilation too: CSL's `book` and `chapter` would want an editor and pages the register has not). `speech` stays a document:
 * the RIS and BibLaTeX writers turn CSL's `speech` into a sound recording.
 */
export const CSL_TYPES: Record<SourceKind, CslType> = {
  'constitution': 'legislation',
  'law': 'legislation',
  'treaty': 'treaty',
  'agreement': 'treaty',
  'exchange of notes': 'treaty',
  'guidelines': 'document',
  'SCC document': 'document',
  'resolution': 'document',
  'statement': 'document',
  'speech': 'document',
  'official description': 'document',
  'press release': 'document',
  'compilation': 'document',
  'editorial note': 'document',
}

/** `1960-01-19` → [1960, 1, 19]; `2003-09` → [2003, 9]. */
function dateParts(date: string): [number] | [number, number] | [number, number, number] {
  const parts = date.split('-').map(Number)
  if (parts.length < 1 || parts.length > 3 || parts.some(n => !Number.isInteger(n)))
    throw new Error(`data/sources.ts: the date "${date}" is not YYYY-MM-DD or YYYY-MM.`)
  return parts as [number] | [number, number] | [number, number, number]
}

export function cslItem(source: Source): CslItem {
  const item: CslItem = {
    'id': source.id,
    'citation-key': source.id,
    'type': CSL_TYPES[source.kind],
    'title': source.title,
    'publisher': source.publisher,
    'genre': source.kind,
    'URL': source.url,
  }
  if (source.date)
    item.issued = { 'date-parts': [dateParts(source.date)] }
  if (source.caveat)
    item.note = source.caveat
  return item
}

/** Every source of the register, in its order. */
export function registerItems(sources: Source[] = register): CslItem[] {
  return sources.map(cslItem)
}
