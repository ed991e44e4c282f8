// Links between slides in the PDF. Slidev prints `<Link to="treaty">` as `<a href="#treaty">`, which
// Chromium writes as a web address (upstream #1984, #2625); here such links become jumps to the page
// of the slide they name. Links to other sites stay as they are.
import type { PDFDict, PDFDocument } from 'pdf-lib'
import type { DeckSlide } from '../../app/node/deck'
import { PDFArray, PDFHexString, PDFName, PDFString } from 'pdf-lib'

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i
const LEADING_SLASHES = /^\/+/

/** Id of the marker the export puts at the top of each slide that a link leads to. */
export const SLIDE_ANCHOR_PREFIX = 'lecture-slide-'

/**
 * The slide a link leads to, or undefined when it leads elsewhere. `href` is what the PDF holds: a
 * fragment (`#treaty`, `#/5`), an address on the deck's own server (`deckOrigin`), or a named
 * destination. Fragments name a slide by number or `routeAlias`.
 */
export function slideForHref(href: string, slides: Pick<DeckSlide, 'no' | 'aliases'>[], deckOrigin?: string): number | undefined {
  let fragment: string
  if (ABSOLUTE.test(href)) {
    let url: URL
    try {
      url = new URL(href)
    }
    catch {
      return undefined
    }
    if (!deckOrigin || url.origin !== new URL(deckOrigin).origin || !url.hash)
      return undefined
    fragment = url.hash.slice(1)
  }
  else {
    fragment = href.startsWith('#') ? href.slice(1) : href
  }
  const name = decodeURIComponent(fragment.replace(LEADING_SLASHES, '').split('?')[0] ?? '')
  if (name.startsWith(SLIDE_ANCHOR_PREFIX)) {
    const no = Number(name.slice(SLIDE_ANCHOR_PREFIX.length))
    return slides.some(slide => slide.no === no) ? no : undefined
  }
  return slides.find(slide => slide.aliases.includes(name))?.no
}

export interface SlideLink {
  /** 0-based page the link is on. */
  page: number
  href: string
  /** Slide number it now jumps to. */
  slide: number
}

export interface LinkRewrite {
  rewired: SlideLink[]
  /** Links into the deck that name no slide (a typo in a `routeAlias` or `<Link to>`). */
  unresolved: Array<{ page: number, href: string }>
}

function textOf(value: unknown): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString)
    return value.decodeText()
  if (value instanceof PDFName)
    return value.decodeText()
  return undefined
}

/** Rewrites links into the deck as GoTo jumps; `pageOf` maps a slide number to its 0-based page. */
export function rewriteSlideLinks(
  pdf: PDFDocument,
  slides: Pick<DeckSlide, 'no' | 'aliases'>[],
  deckOrigin: string,
  pageOf: (slide: number) => number,
): LinkRewrite {
  const result: LinkRewrite = { rewired: [], unresolved: [] }
  const pages = pdf.getPages()
  pages.forEach((page, index) => {
    const annots = page.node.Annots()
    if (!annots)
      return
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookup(i) as PDFDict
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link'))
        continue
      const action = annot.lookup(PDFName.of('A')) as PDFDict | undefined
      const kind = action?.get(PDFName.of('S'))
      const href = kind === PDFName.of('URI')
        ? textOf(action?.lookup(PDFName.of('URI')))
        : kind === PDFName.of('GoTo')
          ? textOf(action?.lookup(PDFName.of('D')))
          : textOf(annot.lookup(PDFName.of('Dest')))
      if (href === undefined)
        continue
      const internal = !ABSOLUTE.test(href) || href.startsWith(new URL(deckOrigin).origin)
      if (!internal)
        continue
      const slide = slideForHref(href, slides, deckOrigin)
      const target = slide === undefined ? undefined : pages[pageOf(slide)]
      if (slide === undefined || !target) {
        result.unresolved.push({ page: index, href })
        continue
      }
      const dest = PDFArray.withContext(pdf.context)
      dest.push(target.ref)
      dest.push(PDFName.of('Fit'))
      annot.delete(PDFName.of('A'))
      annot.set(PDFName.of('Dest'), dest)
      result.rewired.push({ page: index, href, slide })
    }
  })
  return result
}
