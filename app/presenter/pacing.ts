import type { Section } from '../../data/types'
import { sections as lectureSections } from '../../data/lecture'

/** A section's share of the lecture, in minutes counted from the start. */
export interface SectionWindow {
  section: Section
  /** Minutes into the lecture when the section should begin and end. */
  start: number
  end: number
  /** The whole lecture's length: the sum of every section's budget. */
  total: number
}

/** Every section's planned window, in lecture order, from the budgets in `data/lecture.ts`. */
export function lecturePlan(sections: Section[] = lectureSections): SectionWindow[] {
  const total = sections.reduce((sum, s) => sum + s.minutes, 0)
  let start = 0
  return sections.map((section) => {
    const window = { section, start, end: start + section.minutes, total }
    start = window.end
    return window
  })
}

/** `minutes` as the countdown timer shows it: `70:00`. */
export function clockMinutes(minutes: number): string {
  return `${minutes}:00`
}
