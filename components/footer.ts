import { getSection, lecture } from '../data/lecture'
import { sectionIdAt } from './pacing'

export interface FooterText {
  section: string
  page: number
  total: number
}

/**
 * What the footer of slide `page` (1-based) says: the section it belongs to, the slide number and the
 * total. A slide belongs to the nearest slide at or before it whose frontmatter names a `section`.
 * Slides before the first section (cover, agenda) are labelled with the lecture title by the caller's
 * choice of `before`.
 */
export function footerFor(
  frontmatters: Array<Record<string, unknown>>,
  page: number,
  before = lecture.title,
): FooterText | null {
  if (page < 1 || page > frontmatters.length)
    return null
  const id = sectionIdAt(frontmatters, page)
  const section = id ? `${getSection(id).number} · ${getSection(id).title}` : before
  return { section, page, total: frontmatters.length }
}
