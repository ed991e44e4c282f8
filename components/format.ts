import type { IsoDate } from '../data/types'

const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** `1960-01-19` → `January 19, 1960`, the form the lecture uses. */
export function formatLongDate(date: IsoDate): string {
  return longDate.format(new Date(`${date}T00:00:00Z`))
}

/** The year of an ISO date, as a number. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

const dayFirst = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** `2009-10-15` → `15 October, 2009`, as the lecture's title page prints its date. */
export function formatDayFirst(date: IsoDate): string {
  const parts = dayFirst.formatToParts(new Date(`${date}T00:00:00Z`))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find(p => p.type === type)?.value ?? ''
  return `${part('day')} ${part('month')}, ${part('year')}`
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
