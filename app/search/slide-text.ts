// Plain text from rendered slides and from notes HTML, for the search index. Needs a DOM (the browser,
// or happy-dom in the unit tests), but no layout: it reads text nodes, so hidden elements count too.
import type { SearchEntry } from './search'
import { normalizeText } from './search'

/**
 * The text of `node`, with a space between the texts of different elements. A drawing's labels (the
 * text inside an SVG) are left out: scattered over a map they read as a jumble, and the drawing's
 * description on the slide (the map's list of moves) says it all in order.
 */
export function textOf(node: Node): string {
  const parts: string[] = []
  const walker = node.ownerDocument!.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */)
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.parentElement?.closest('svg'))
      parts.push(text.nodeValue ?? '')
  }
  return normalizeText(parts.join(' '))
}

/** The text of an HTML fragment, such as a slide's context. */
export function htmlText(html: string, doc: Document = document): string {
  const template = doc.createElement('template')
  template.innerHTML = html
  return textOf(template.content)
}

export interface IndexedSlide {
  no: number
  title: string
  /** The context for students (no presenter cues), as HTML. */
  contextHTML: string
}

/**
 * Search entries for slides rendered under `root` by Slidev's SlideWrapper (`[data-slidev-no]`). The
 * slide's text is its layout's text: the footer and other global layers are left out.
 */
export function collectEntries(root: ParentNode, slides: IndexedSlide[]): SearchEntry[] {
  return slides.map(({ no, title, contextHTML }) => {
    const wrapper = root.querySelector(`[data-slidev-no="${no}"]`)
    const layout = wrapper?.querySelector('.slidev-layout') ?? wrapper
    return { no, title, slide: layout ? textOf(layout) : '', context: htmlText(contextHTML, root.ownerDocument ?? document) }
  })
}

/** A slide of Slidev's navigation, as far as the index needs it. */
export interface RouteLike {
  no: number
  meta: { slide?: { title?: string } }
}

/** The search index of the whole lecture: the slides rendered under `root`, and `contexts[i]`, the context of slide i + 1. */
export function indexLecture(root: ParentNode, routes: RouteLike[], contexts: string[]): SearchEntry[] {
  return collectEntries(root, routes.map(route => ({
    no: route.no,
    title: route.meta.slide?.title ?? `Slide ${route.no}`,
    contextHTML: contexts[route.no - 1] ?? '',
  })))
}

/** True when every slide under `root` has rendered its layout (its async component has resolved). */
export function allRendered(root: ParentNode, count: number): boolean {
  return root.querySelectorAll('[data-slidev-no] .slidev-layout').length >= count
    && !root.querySelector('.slidev-slide-loading')
}
