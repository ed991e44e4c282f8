// The handout's page geometry and page breaks (pure functions, no DOM): how large a slide is drawn, the
// type of the context, the ruled lines, and which slides share a page. Handout.vue measures the blocks
// in the browser and asks `paginate` where the pages break.

import type { PerPage } from './contract'

/** CSS pixels in a millimetre, as browsers lay out print (96 px an inch). */
export const MM = 96 / 25.4

/**
 * By slides per page: width of the slide in mm (the text column is 182 mm wide), size of the context's
 * type, and the ruled lines a block has at least. More slides a page means smaller everything; at one
 * and two a page the slide's text (18 canvas px at its median) prints at 8 pt or more
 * (`slideTextPt`), which a student reads on paper.
 */
export const GEOMETRY: Record<PerPage, { slideMm: number, notesPt: number, minLines: number }> = {
  1: { slideMm: 182, notesPt: 10.5, minLines: 4 },
  2: { slideMm: 160, notesPt: 9.5, minLines: 3 },
  3: { slideMm: 72, notesPt: 8.2, minLines: 2 },
  4: { slideMm: 62, notesPt: 7.6, minLines: 2 },
}

/** The size in pt at which text of `canvasPx` on the slide (980 px wide) prints at `perPage` slides a page. */
export function slideTextPt(canvasPx: number, perPage: PerPage, canvasWidth = 980): number {
  return canvasPx * (GEOMETRY[perPage].slideMm * MM / canvasWidth) * 0.75
}

/** The smallest type a block's context is set in to make the block fit on one page. */
export const MIN_NOTES_PT = 7
/** Space between ruled lines. */
export const LINE_MM = 7.5
/** Between two blocks on a page: space, a rule, space. */
export const BLOCK_SPACE_MM = 4
export const RULE_MM = 0.3
export const SEPARATOR_MM = 2 * BLOCK_SPACE_MM + RULE_MM

/**
 * Groups blocks into pages: at most `perPage` a page, and no more than fit in `available` mm (with
 * SEPARATOR_MM between blocks). A block taller than a page gets a page of its own; the caller reports it.
 */
export function paginate(heights: number[], available: number, perPage: number): number[][] {
  const pages: number[][] = []
  let current: number[] = []
  let used = 0
  heights.forEach((height, index) => {
    if (current.length > 0 && (current.length >= perPage || used + SEPARATOR_MM + height > available)) {
      pages.push(current)
      current = []
    }
    used = current.length === 0 ? height : used + SEPARATOR_MM + height
    current.push(index)
  })
  if (current.length > 0)
    pages.push(current)
  return pages
}

/**
 * Fills pages of `columns` columns with entries of the given heights (mm), in order, top to bottom and
 * column by column: the first page's columns hold `first` mm (under the page's heading), the others
 * `rest`. An entry taller than a column gets one of its own; the caller sees it overflow and reports it.
 */
export function fillColumns(heights: number[], first: number, rest: number, columns = 2): number[][] {
  const pages: number[][] = []
  let page: number[] = []
  let column = 0
  let used = 0
  heights.forEach((height, index) => {
    const room = pages.length === 0 ? first : rest
    if (used > 0 && used + height > room) {
      column++
      used = 0
      if (column === columns) {
        pages.push(page)
        page = []
        column = 0
      }
    }
    page.push(index)
    used += height
  })
  if (page.length > 0)
    pages.push(page)
  return pages
}
