// The A4 handout (`npm run handout`): the site's handout page (`handout/?per-page=N`, app/handout/)
// printed once by Chromium, as a student's browser prints it. The page lays itself out and reports what
// does not fit; here it is checked, printed, given its document information (finish.ts) and checked
// again from the file. `exportHandout` in site.ts writes it to a file.
import type { Browser } from 'playwright-chromium'
import type { Deck } from '../deck/deck'
import type { FinishedPdf } from './finish'
import { DEFAULT_PER_PAGE, isPerPage, PER_PAGE_CHOICES, perPageQuery, PROBLEMS_SELECTOR, READY_SELECTOR, SHEET_CLASS, SLIDE_HEADING, SLIDE_LABEL } from '../../app/handout/contract'
import { MM } from '../../app/handout/layout'
import { HANDOUT_FOLDER } from '../../data/deck'
import { lecture } from '../../data/lecture'
import { ExportCheckError, UsageError } from '../errors'
import { documentInfo, finishPdf } from './finish'
import { printPage } from './print'
import { readPdf, taggingProblems } from './read'

export interface Handout {
  pdf: Uint8Array
  pages: number
}

/** A4 portrait in PDF points, give or take Chromium's rounding. */
const A4 = { width: 595.28, height: 841.89 }
const ANCHOR = /^(slide|ref)-(\d+)$/
/** The lists after the slides, as the contents and the links name them (their sheets' ids). */
const LISTS: Record<string, string> = { answers: 'the answers', glossary: 'the glossary', references: 'the references' }

export function checkPerPage(perPage: number): void {
  if (!isPerPage(perPage))
    throw new UsageError(`Slides per page must be one of ${PER_PAGE_CHOICES.join(', ')}, not ${perPage}.`)
}

/** What the printed file must hold: the page's sheets, A4, every slide once in order, its headings and figures. */
async function fileProblems(deck: Deck, { pdf, links }: FinishedPdf, pages: number): Promise<string[]> {
  const facts = await readPdf(pdf, links)
  const total = deck.slides.length
  const problems = taggingProblems(facts, lecture.title)
  if (facts.pages.length !== pages)
    problems.push(`the PDF has ${facts.pages.length} pages, but the handout page has ${pages}`)
  facts.pages.forEach((page, index) => {
    if (Math.abs(page.width - A4.width) > 2 || Math.abs(page.height - A4.height) > 2)
      problems.push(`page ${index + 1} is ${page.width.toFixed(0)} x ${page.height.toFixed(0)} pt, not A4 portrait`)
  })
  const shown = facts.pages.flatMap(page => [...page.text.matchAll(SLIDE_LABEL)].map(m => Number(m[1])))
  if (shown.join() !== deck.slides.map(slide => slide.no).join())
    problems.push(`the pages show slides ${shown.join(', ')}, not each of the ${total} once in order`)
  const tags = facts.pages.flatMap(page => page.tags)
  const headings = tags.filter(tag => SLIDE_HEADING.test(tag.text) && (tag.role === 'H2' || tag.role === 'H3'))
  if (headings.length !== total)
    problems.push(`it has ${headings.length} slide headings (H2 or H3), not ${total}`)
  const figures = tags.filter(tag => tag.role === 'Figure').length
  if (figures !== total)
    problems.push(`it has ${figures} figures, not one a slide`)
  if (facts.outline.flatMap(entry => [entry, ...entry.children, ...entry.children.flatMap(child => child.children)]).filter(entry => entry.title.startsWith('Slide ')).length !== total)
    problems.push('its outline does not lead to every slide')
  return problems
}

/** Prints the handout page of the site served at `url` (its root, ending in `/`) to a finished, checked PDF. */
export async function printHandout(browser: Browser, deck: Deck, url: string, perPage: number = DEFAULT_PER_PAGE, timeout = 60_000): Promise<Handout> {
  checkPerPage(perPage)
  let pages = 0
  const printed = await printPage(browser, {
    what: 'The handout',
    url: `${url}${HANDOUT_FOLDER}/${perPageQuery(perPage)}`,
    viewport: { width: Math.ceil(210 * MM), height: Math.ceil(297 * MM) },
    slides: deck.slides.length,
    onePagePerSlide: false,
    settled: (page, wait) => page.waitForSelector(READY_SELECTOR, { timeout: wait }).then(() => {}),
    prepare: async (page) => {
      pages = await page.locator(`.${SHEET_CLASS}`).count()
      return page.$$eval(PROBLEMS_SELECTOR, items => items.map(item => item.textContent?.trim() ?? ''))
    },
    pdf: { preferCSSPageSize: true },
    timeout,
  })
  const finished = await finishPdf(printed, documentInfo('handout'), ({ uri, name }) => {
    const [, kind, n] = ANCHOR.exec(name ?? '') ?? []
    if (uri)
      return `Opens ${uri}`
    if (name && name in LISTS)
      return `Goes to ${LISTS[name]}`
    return kind === 'ref' ? `Goes to reference ${n} in the references` : `Goes to slide ${n}: ${deck.slides[Number(n) - 1]?.title ?? ''}`
  })
  const problems = await fileProblems(deck, finished, pages)
  if (problems.length > 0)
    throw new ExportCheckError('The handout', problems)
  return { pdf: finished.pdf, pages }
}
