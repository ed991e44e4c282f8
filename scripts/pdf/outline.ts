// The PDF outline (bookmarks): the lecture's sections at the top level with their slides nested, and
// the slides before the first section (cover, agenda) on their own at the top.
import type { PDFDocument, PDFRef } from 'pdf-lib'
import type { DeckSlide } from '../../app/node/deck'
import type { Section } from '../../data/types'
import { PDFArray, PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib'
import { sectionLabel } from '../../data/deck'

export interface OutlineEntry {
  title: string
  /** Slide number (1-based) the entry opens. */
  slide: number
  children: OutlineEntry[]
}

/** The outline of a deck: a section's entry opens its divider slide; the slides after it nest under it. */
export function buildOutline(slides: Pick<DeckSlide, 'no' | 'title' | 'opens'>[], sections: Section[]): OutlineEntry[] {
  const top: OutlineEntry[] = []
  let current: OutlineEntry | undefined
  for (const slide of slides) {
    if (slide.opens) {
      const section = sections.find(s => s.id === slide.opens)
      if (!section)
        throw new Error(`Slide ${slide.no} opens section "${slide.opens}", which data/lecture.ts does not list.`)
      current = { title: sectionLabel(section), slide: slide.no, children: [] }
      top.push(current)
    }
    else if (current) {
      current.children.push({ title: slide.title, slide: slide.no, children: [] })
    }
    else {
      top.push({ title: slide.title, slide: slide.no, children: [] })
    }
  }
  return top
}

/** Where an entry leads: a page, and optionally the height on it (PDF points from the bottom). */
export interface OutlineTarget {
  page: number
  top?: number
}

function countAll(entries: OutlineEntry[]): number {
  return entries.reduce((sum, entry) => sum + 1 + countAll(entry.children), 0)
}

/**
 * Writes `entries` as the document's outline, all levels open. `target` maps a slide number to the
 * 0-based page that shows it (one page per slide in the slides PDF; several in the handout).
 */
export function writeOutline(pdf: PDFDocument, entries: OutlineEntry[], target: (slide: number) => OutlineTarget): void {
  const { context } = pdf
  const pages = pdf.getPages()
  const rootRef = context.nextRef()

  const writeLevel = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef, last: PDFRef } => {
    const refs = items.map(() => context.nextRef())
    items.forEach((item, i) => {
      const { page, top } = target(item.slide)
      const pageRef = pages[page]?.ref
      if (!pageRef)
        throw new Error(`Outline entry "${item.title}" points to page ${page + 1}, which the PDF does not have.`)
      const dest = PDFArray.withContext(context)
      dest.push(pageRef)
      if (top === undefined) {
        dest.push(PDFName.of('Fit'))
      }
      else {
        dest.push(PDFName.of('XYZ'))
        dest.push(PDFNull)
        dest.push(PDFNumber.of(top))
        dest.push(PDFNull)
      }
      const dict = context.obj({})
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title))
      dict.set(PDFName.of('Parent'), parent)
      dict.set(PDFName.of('Dest'), dest)
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < refs.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1]!)
      if (item.children.length > 0) {
        const { first, last } = writeLevel(item.children, refs[i]!)
        dict.set(PDFName.of('First'), first)
        dict.set(PDFName.of('Last'), last)
        dict.set(PDFName.of('Count'), PDFNumber.of(countAll(item.children)))
      }
      context.assign(refs[i]!, dict)
    })
    return { first: refs[0]!, last: refs[refs.length - 1]! }
  }

  if (entries.length === 0)
    return
  const { first, last } = writeLevel(entries, rootRef)
  context.assign(rootRef, context.obj({
    Type: 'Outlines',
    First: first,
    Last: last,
    Count: countAll(entries),
  }))
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
