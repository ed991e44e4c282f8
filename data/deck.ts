// The deck model: the rules about the deck that the footer, the reader view, the search, the PDF
// outline, the handout, the benchmark and the tests all follow, each written once here.
// - A section opens at its divider: the slide whose `routeAlias` is the section's id in
//   data/lecture.ts (so `<Link to="treaty">` reaches it). Every slide after it, up to the next divider,
//   belongs to it; the slides before the first divider (cover, agenda) belong to none.
// - A section is labelled `2 · Japan-US Security Treaty` wherever it is named.
// - The two PDFs and the PowerPoint file have one file name each, in exports/ and in the site's downloads/.
import type { Section, SectionId } from './types'
import { byId, hasId, keyed } from './ids'
import { lecture, sections } from './lecture'

/** The section a slide opens, from its frontmatter: its `routeAlias`, when that names a section. */
export function sectionOpenedBy(frontmatter: Record<string, unknown> | undefined): SectionId | null {
  const alias = frontmatter?.routeAlias
  return typeof alias === 'string' && hasId(sections, alias) ? alias : null
}

/**
 * The section that slide `page` (1-based) belongs to: the nearest divider at or before it. Null before
 * the first divider. `frontmatters[i]` belongs to slide i + 1.
 */
export function sectionIdAt(frontmatters: Array<Record<string, unknown>>, page: number): SectionId | null {
  for (let i = Math.min(page, frontmatters.length) - 1; i >= 0; i--) {
    const id = sectionOpenedBy(frontmatters[i])
    if (id)
      return id
  }
  return null
}

/** `2 · Japan-US Security Treaty`: a section as the footer, the reader, the outline and the handout name it. */
export function sectionLabel(section: Section): string {
  return `${section.number} · ${section.title}`
}

export interface FooterText {
  section: string
  page: number
  total: number
}

/**
 * What the footer of slide `page` (1-based) says: its section, the slide number and the total. Slides
 * before the first section (cover, agenda) show `before`, the lecture's title unless told otherwise.
 */
export function footerFor(
  frontmatters: Array<Record<string, unknown>>,
  page: number,
  before = lecture.title,
): FooterText | null {
  if (page < 1 || page > frontmatters.length)
    return null
  const id = sectionIdAt(frontmatters, page)
  return { section: id ? sectionLabel(byId(sections, id)) : before, page, total: frontmatters.length }
}

export interface Output {
  /** Its key in OUTPUTS. */
  id: string
  /** File name in exports/ and, under downloads/, in the built site. */
  file: string
  label: string
  /** What the student gets, for the download link's description. */
  description: string
}

/** The files the deck is exported to and the site offers, in that order: the two PDFs, the PowerPoint. */
export const OUTPUTS = keyed<Output>()({
  slides: {
    id: 'slides',
    file: 'japan-us-alliance-slides.pdf',
    label: 'Slides (PDF)',
    description: 'every slide, one per page',
  },
  handout: {
    id: 'handout',
    file: 'japan-us-alliance-handout.pdf',
    label: 'Handout (PDF, A4)',
    description: 'the slides, with context and references by the deck’s editors',
  },
  pptx: {
    id: 'pptx',
    file: 'japan-us-alliance.pptx',
    label: 'Slides (PowerPoint)',
    description: 'every slide as editable text, with the editors’ context and the presenter’s cues in the notes',
  },
  reader: {
    id: 'reader',
    file: 'japan-us-alliance-reader.html',
    label: 'Reader edition (one file, offline)',
    description: 'the slides’ text with context and references, in one HTML file that opens without a network',
  },
})

export type OutputId = keyof typeof OUTPUTS

/** Folder of the built site that carries the PDFs. */
export const DOWNLOADS_FOLDER = 'downloads'

/** Folder of the built site that is the handout page (`handout/`, printed by `npm run handout`). */
export const HANDOUT_FOLDER = 'handout'

/** Folder of the built site that carries the reader edition. */
export const EDITION_FOLDER = 'reader'
