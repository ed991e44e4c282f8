// The reader view's table of contents and addresses, from the slides' frontmatter (no DOM, no Slidev).
import type { Section } from '../../data/types'
import { sectionIdAt, sectionLabel } from '../../data/deck'
import { sections as lectureSections } from '../../data/lecture'

export interface ReaderSlide {
  no: number
  title: string
}

/** A group of consecutive slides: the opening slides (no section) or one of the lecture's sections. */
export interface ReaderGroup {
  /** Anchor id of the group's heading in the reader view. */
  id: string
  /** `1 · Development of Japan-US Alliance`, or `Opening` for the slides before the first section. */
  heading: string
  section: Section | null
  slides: ReaderSlide[]
}

export const READER_PATH = '/reader'

/** The reader view's route location, optionally placed at slide `no`. */
export function readerLocation(no?: number): { path: string, query: Record<string, string> } {
  return { path: READER_PATH, query: no ? { slide: String(no) } : {} }
}

/** The slide number a reader-view query asks to show (`?slide=7`), or null. */
export function slideFromQuery(value: unknown, total: number): number | null {
  const raw = Array.isArray(value) ? value[0] : value
  const no = Number(raw)
  return Number.isInteger(no) && no >= 1 && no <= total ? no : null
}

/** Element id of slide `no` in the reader view. */
export function slideAnchor(no: number): string {
  return `reader-slide-${no}`
}

/** Element id of reference `n` in the reader view's list of references. */
export function referenceAnchor(n: number): string {
  return `reader-ref-${n}`
}

/** Groups slides by section in deck order. `titles[i]` and `frontmatters[i]` belong to slide i + 1. */
export function readerContents(
  titles: string[],
  frontmatters: Array<Record<string, unknown>>,
  sections: Section[] = lectureSections,
): ReaderGroup[] {
  const groups: ReaderGroup[] = []
  titles.forEach((title, index) => {
    const no = index + 1
    const id = sectionIdAt(frontmatters, no)
    const section = id ? sections.find(s => s.id === id) ?? null : null
    let group = groups.at(-1)
    if (!group || group.section !== section) {
      group = {
        id: `reader-group-${section?.id ?? 'opening'}`,
        heading: section ? sectionLabel(section) : 'Opening',
        section,
        slides: [],
      }
      groups.push(group)
    }
    group.slides.push({ no, title })
  })
  return groups
}
