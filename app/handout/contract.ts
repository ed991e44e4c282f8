// What the handout page (Handout.vue) and its printer (node/pdf/handout.ts) agree on, written once:
// the address that asks for N slides a page, the class the page sets when it is laid out, its sheets
// (one a printed page), and the label over each slide that the printer finds again in the PDF.

/** Slides a page: the choices, smallest first, and the default. */
export const PER_PAGE_CHOICES = [1, 2, 3, 4] as const
export type PerPage = typeof PER_PAGE_CHOICES[number]
export const DEFAULT_PER_PAGE: PerPage = 2
/** The range a command line accepts for `--per-page`. */
export const PER_PAGE_RANGE = { min: PER_PAGE_CHOICES[0], max: PER_PAGE_CHOICES[PER_PAGE_CHOICES.length - 1]! }

/** The address's parameter: `handout/?per-page=3`. */
export const PER_PAGE_PARAM = 'per-page'

export function isPerPage(value: number): value is PerPage {
  return (PER_PAGE_CHOICES as readonly number[]).includes(value)
}

/** Slides a page that the address asks for (`?per-page=3`); the default when it names none or a wrong one. */
export function perPageFrom(search: string): PerPage {
  const value = Number(new URLSearchParams(search).get(PER_PAGE_PARAM))
  return isPerPage(value) ? value : DEFAULT_PER_PAGE
}

/** The query that asks the page for `perPage` slides a page. */
export function perPageQuery(perPage: number): string {
  return `?${PER_PAGE_PARAM}=${perPage}`
}

/** The page's root (`main.handout`) gets this class once every sheet is laid out: print then. */
export const READY_CLASS = 'ready'
export const READY_SELECTOR = `main.handout.${READY_CLASS}`
/** One printed page. */
export const SHEET_CLASS = 'sheet'
/** The page's own list of what does not fit, which the printer reports. */
export const PROBLEMS_SELECTOR = '.handout-problems li'

/** The label over each slide, `Slide 3 of 27: Article V`, also its heading in the PDF's tags. */
export function slideLabel(no: number, total: number, title: string): string {
  return `Slide ${no} of ${total}: ${title}`
}
/** `slideLabel` as the printer reads it back from the PDF's text: the slide's number. */
export const SLIDE_LABEL = /Slide (\d+) of \d+/g
/** `slideLabel` at the start of a tag's text. */
export const SLIDE_HEADING = /^Slide \d+ of \d+: /
