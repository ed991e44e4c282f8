// The A4 handout (`npm run handout`): the site's handout page (`handout/?per-page=N`, app/handout/)
// printed once by Chromium, as a student's browser prints it. The page lays itself out and reports what
// does not fit; here it is checked, printed, given its document information (finish.ts) and checked
// again from the file. The command line is scripts/handout.ts.
import type { Browser } from 'playwright-chromium'
import type { Deck } from '../../app/node/deck'
import type { BrowserOptions } from './runtime'
import type { ExportResult } from './slides'
import { resolve } from 'node:path'
import { DEFAULT_PER_PAGE, isPerPage, MM, PER_PAGE_CHOICES } from '../../app/handout/layout'
import { readDeck } from '../../app/node/deck'
import { HANDOUT_FOLDER, OUTPUTS } from '../../data/deck'
import { lecture } from '../../data/lecture'
import { UsageError } from '../args'
import { serveStatic } from '../serve'
import { documentInfo, finishPdf } from './finish'
import { printPage } from './print'
import { readPdf, taggingProblems } from './read'
import { checkOutput, elapsedSince, ExportCheckError, launchChromium, locateChromium, writeAtomically } from './runtime'
import { ensureSite } from './site'
import { EXPORTS_DIR } from './slides'

export interface ExportHandoutOptions extends BrowserOptions {
  /** Slides per page (1-4), default 2. */
  perPage?: number
  /** Where the PDF goes (default: exports/japan-us-alliance-handout.pdf). */
  output?: string
  timeout?: number
  log?: (line: string) => void
}

export interface Handout {
  pdf: Uint8Array
  pages: number
  /** How many slides each page after the cover shows. */
  sheets: number[]
}

/** A4 portrait in PDF points, give or take Chromium's rounding. */
const A4 = { width: 595.28, height: 841.89 }
const SLIDE_LABEL = /Slide (\d+) of \d+/g
const SLIDE_HEADING = /^Slide \d+ of \d+: /
const ANCHOR = /^(slide|ref)-(\d+)$/

export function checkPerPage(perPage: number): void {
  if (!isPerPage(perPage))
    throw new UsageError(`Slides per page must be one of ${PER_PAGE_CHOICES.join(', ')}, not ${perPage}.`)
}

/** What the printed file must hold: the page's sheets, A4, every slide once in order, its headings and figures. */
async function fileProblems(deck: Deck, pdf: Uint8Array, pages: number): Promise<string[]> {
  const facts = await readPdf(pdf)
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
  let sheets: number[] = []
  const printed = await printPage(browser, {
    what: 'The handout',
    url: `${url}${HANDOUT_FOLDER}/?per-page=${perPage}`,
    viewport: { width: Math.ceil(210 * MM), height: Math.ceil(297 * MM) },
    slides: deck.slides.length,
    onePagePerSlide: false,
    settled: (page, wait) => page.waitForSelector('main.handout.ready', { timeout: wait }).then(() => {}),
    prepare: async (page) => {
      sheets = await page.$$eval('.sheet', found => found.slice(1, -1).map(sheet => sheet.querySelectorAll('.block').length))
      return page.$$eval('.handout-problems li', items => items.map(item => item.textContent?.trim() ?? ''))
    },
    pdf: { preferCSSPageSize: true },
    timeout,
  })
  const pdf = await finishPdf(printed, documentInfo('handout'), ({ uri, name }) => {
    const [, kind, n] = ANCHOR.exec(name ?? '') ?? []
    return uri ? `Opens ${uri}` : kind === 'ref' ? `Goes to reference ${n} on the last page` : `Goes to slide ${n}: ${deck.slides[Number(n) - 1]?.title ?? ''}`
  })
  const pages = sheets.length + 2
  const problems = await fileProblems(deck, pdf, pages)
  if (problems.length > 0)
    throw new ExportCheckError('The handout', problems)
  return { pdf, pages, sheets }
}

/** `npm run handout`: prints the handout from the built site (built first when missing or stale). */
export async function exportHandout(options: ExportHandoutOptions = {}): Promise<ExportResult> {
  const start = performance.now()
  const perPage = options.perPage ?? DEFAULT_PER_PAGE
  checkPerPage(perPage)
  const deck = await readDeck()
  const path = resolve(options.output ?? resolve(EXPORTS_DIR, OUTPUTS.handout.file))
  await checkOutput(path)
  const found = await locateChromium(options)
  const dist = await ensureSite({ log: options.log, findBrowser: async () => found })
  const serving = serveStatic(dist)
  const browser = await launchChromium(found).catch(async (error: unknown) => {
    await serving.then(s => s.close(), () => {})
    throw error
  })
  try {
    const { pdf, pages, sheets } = await printHandout(browser, deck, (await serving).url, perPage, options.timeout)
    await writeAtomically(path, pdf)
    const result = { path, pages, bytes: pdf.byteLength, ms: elapsedSince(start) }
    const fewer = sheets.filter(n => n < perPage).length
    options.log?.(`Handout PDF: ${path} (${pages} pages, up to ${perPage} slide${perPage > 1 ? 's' : ''} a page${fewer > 0 ? `, fewer on ${fewer} where notes are long` : ''}, ${(result.bytes / 1024).toFixed(0)} KiB, ${(result.ms / 1000).toFixed(1)} s)`)
    return result
  }
  finally {
    await Promise.all([browser.close(), serving.then(s => s.close(), () => {})])
  }
}
