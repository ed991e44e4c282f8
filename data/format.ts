import type { IsoDate, IsoMonth } from './types'

const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** `1960-01-19` → `January 19, 1960`, the form the lecture's own lines use (its document list, the Guidelines' date). */
export function formatLongDate(date: IsoDate): string {
  return longDate.format(new Date(`${date}T00:00:00Z`))
}

/** The year of an ISO date, as a number. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

const dayFirst = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/**
 * `2009-10-15` → `15 October 2009`: every date the deck writes out itself (the cover, the sources, the
 * context, the PDFs). Dates inside the lecture's own lines keep the lecture's form (formatLongDate).
 */
export function formatDate(date: IsoDate): string {
  return dayFirst.format(new Date(`${date}T00:00:00Z`))
}

const monthYear = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' })

/** A source's date: `15 October 2009`, `September 2003` for a month, `undated` for none. */
export function formatSourceDate(date: IsoDate | IsoMonth | undefined): string {
  if (!date)
    return 'undated'
  return date.length === 7 ? monthYear.format(new Date(`${date}-01T00:00:00Z`)) : formatDate(date as IsoDate)
}

const NUMBERED = /^(\d+\.) (\S.*)$/s

/**
 * `1. When a Situation …` → `{ number: '1.', text: 'When a Situation …' }`: an outline line that the
 * source numbers itself, so it is shown with its number as the marker instead of a bullet too.
 */
export function splitNumber(line: string): { number?: string, text: string } {
  const match = NUMBERED.exec(line)
  return match ? { number: match[1], text: match[2]! } : { text: line }
}
