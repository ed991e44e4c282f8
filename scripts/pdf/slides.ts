// The slides PDF (`npm run export`): one page per slide at its final click state, with document
// information, an outline of the six sections, working links between slides, and a check of the result.
// The command line is scripts/export.ts.
import type { Browser } from 'playwright-chromium'
import type { Deck } from '../../app/node/deck'
import type { Inspector } from './inspect'
import type { OutlineEntry } from './outline'
import type { BrowserOptions, SlidevServer } from './runtime'
import { resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { DEFAULT_ENTRY, PROJECT_ROOT, readDeck } from '../../app/node/deck'
import { OUTPUTS } from '../../data/deck'
import { sections } from '../../data/lecture'
import { serveStatic } from '../serve'
import { accessibilityProblems, completeAccessibility } from './accessibility'
import { openInspector, pageProblems, slideNumberProblems, SLIDEV_ERROR_TEXTS } from './inspect'
import { rewriteSlideLinks, SLIDE_ANCHOR_PREFIX, slideForHref } from './links'
import { applyDocumentInfo, documentInfo } from './metadata'
import { buildOutline, writeOutline } from './outline'
import { checkOutput, elapsedSince, ExportCheckError, launchChromium, locateChromium, startSlidev, writeAtomically } from './runtime'
import { ensureSite } from './site'

export interface ExportSlidesOptions extends BrowserOptions {
  /** The deck (default: slides.md of this project). */
  entry?: string
  /** Where the PDF goes (default: exports/ and the file name in data/deck.ts). */
  output?: string
  /** How long the print view may take to render, in ms. */
  timeout?: number
  log?: (line: string) => void
}

interface RenderOptions extends Pick<ExportSlidesOptions, 'entry' | 'timeout'> {
  deck?: Deck
  /** Slidev, already starting. */
  server?: Promise<SlidevServer>
}

export interface ExportResult {
  path: string
  pages: number
  bytes: number
  /** Wall time of the export, in ms. */
  ms: number
}

export interface RenderedSlides {
  deck: Deck
  pdf: Uint8Array
  outline: OutlineEntry[]
}

export const EXPORTS_DIR = resolve(PROJECT_ROOT, 'exports')

/** What Playwright says when the page reloaded while it waited. */
const RELOADED = /context was destroyed|navigation/i

/** Footer strip of a slide (slide-bottom.vue): not counted when judging whether a page is blank. */
const FOOTER_SHARE = 28 / 552

interface Printed {
  pdf: Uint8Array
  /** The `href` of every link to another slide, as the slides hold them. */
  internalLinks: string[]
}

async function printDeck(browser: Browser, deck: Deck, url: string, timeout: number): Promise<Printed> {
  const context = await browser.newContext({ viewport: deck.canvas, colorScheme: 'light' })
  const messages: string[] = []
  try {
    const page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error')
        messages.push(message.text())
    })
    page.on('pageerror', error => messages.push(error.message))
    const printView = deck.routerMode === 'hash' ? `${url}?print=true#/print` : `${url}print?print=true`
    await page.goto(printView, { waitUntil: 'load', timeout })
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    const expected = deck.slides.length
    const deadline = Date.now() + timeout
    // Vite may reload the page once while it optimizes dependencies; wait across that.
    for (;;) {
      try {
        // A slide has settled when it shows its layout, or Slidev's error box (judged after printing).
        await page.waitForFunction(
          ({ n, errors }) => {
            const slides = [...document.querySelectorAll('.print-slide-container')]
            return slides.length === n && slides.every(slide => slide.querySelector('.slidev-layout')
              || errors.some(text => slide.textContent?.includes(text)))
          },
          { n: expected, errors: SLIDEV_ERROR_TEXTS },
          { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
        )
        break
      }
      catch (error) {
        if (Date.now() < deadline && RELOADED.test(String(error)))
          continue
        const shown = await page.locator('.print-slide-container .slidev-layout').count().catch(() => 0)
        throw new ExportCheckError('The slides export', [
          `Slidev's print view had rendered ${shown} of ${expected} slides after ${Math.round(timeout / 1000)} s`,
          ...messages.slice(0, 5).map(m => `browser console: ${m}`),
        ])
      }
    }
    await page.evaluate(() => document.fonts.ready)
    // Every slide breaks the page after it; after the last one that would add a blank page.
    await page.addStyleTag({ content: '.print-slide-container:last-child { break-after: auto !important; }' })
    // Chromium keeps a `#fragment` link in the PDF only when an element on the page has that id: point
    // each link to a marker at the top of the slide it names (the PDF's links are rewritten after).
    const internalLinks = await page.evaluate(() => [...document.querySelectorAll('#print-content a[href^="#"]')].map(a => a.getAttribute('href') ?? ''))
    const targets = internalLinks.map(href => slideForHref(href, deck.slides) ?? null)
    await page.evaluate(({ targets, prefix }) => {
      const slides = [...document.querySelectorAll<HTMLElement>('.print-slide-container')]
      const anchors = [...document.querySelectorAll<HTMLAnchorElement>('#print-content a[href^="#"]')]
      anchors.forEach((anchor, i) => {
        const no = targets[i]
        const slide = no ? slides[no - 1] : undefined
        if (!no || !slide)
          return
        const id = `${prefix}${no}`
        if (!document.getElementById(id)) {
          const marker = document.createElement('span')
          marker.id = id
          marker.style.cssText = 'position:absolute;top:0;left:0;width:1px;height:1px'
          slide.prepend(marker)
        }
        anchor.setAttribute('href', `#${id}`)
      })
    }, { targets, prefix: SLIDE_ANCHOR_PREFIX })
    const pdf = await page.pdf({
      width: `${deck.canvas.width}px`,
      height: `${deck.canvas.height}px`,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      // The structure tree from the page: headings, lists, quotations, links (see accessibility.ts).
      tagged: true,
    })
    return { pdf, internalLinks }
  }
  finally {
    await context.close()
  }
}

/**
 * Renders the deck to a finished, checked slides PDF in memory. Throws ExportCheckError when a page is
 * blank, shows Slidev's error box, carries a wrong slide number, or the page count is off.
 */
export async function renderSlides(browser: Browser, options: RenderOptions = {}): Promise<RenderedSlides> {
  const deck = options.deck ?? await readDeck(options.entry)
  // pdf.js loads for the check while Slidev starts.
  const [server, inspector] = await Promise.all([options.server ?? startSlidev(deck.entry), openInspector(browser)])
  try {
    return await finishSlides(deck, await printDeck(browser, deck, server.url, options.timeout ?? 120_000), server.url, inspector)
  }
  finally {
    await Promise.all([server.close(), inspector.close()])
  }
}

async function finishSlides(deck: Deck, printed: Printed, deckUrl: string, inspector: Inspector): Promise<RenderedSlides> {
  const doc = await PDFDocument.load(printed.pdf)
  const pageOf = (slide: number): number => slide - 1
  const links = rewriteSlideLinks(doc, deck.slides, deckUrl, pageOf)
  const outline = buildOutline(deck.slides, sections)
  writeOutline(doc, outline, slide => ({ page: pageOf(slide) }))
  const info = documentInfo('slides')
  applyDocumentInfo(doc, info)
  completeAccessibility(doc, info, ({ uri, page }) => uri
    ? `Opens ${uri}`
    : `Goes to slide ${(page ?? 0) + 1}: ${deck.slides[page ?? 0]?.title ?? ''}`)
  const tagging = accessibilityProblems(doc, { role: 'H1', count: deck.slides.length })
  const pdf = await doc.save()

  const reports = await inspector.inspect(pdf, { ignoreBottom: FOOTER_SHARE })
  const problems = [
    ...tagging,
    ...pageProblems(reports, deck.slides.length, page => `page ${page + 1} (slide "${deck.slides[page]?.title ?? '?'}")`),
    ...slideNumberProblems(reports, deck.slides.length),
    ...links.unresolved.map(link => `page ${link.page + 1} links to "${link.href}", which names no slide`),
  ]
  if (links.rewired.length < printed.internalLinks.length)
    problems.push(`the slides hold ${printed.internalLinks.length} links to other slides, the PDF only ${links.rewired.length}`)
  if (problems.length > 0)
    throw new ExportCheckError('The slides export', problems)
  return { deck, pdf, outline }
}

/**
 * `npm run export`: writes the checked slides PDF and says where. The project's deck is printed from
 * the built site (built first when dist/ is missing or stale); another deck (`entry`) through Slidev's
 * own server, since it has no build.
 */
export async function exportSlides(options: ExportSlidesOptions = {}): Promise<ExportResult> {
  const start = performance.now()
  const deck = await readDeck(options.entry)
  const path = resolve(options.output ?? resolve(EXPORTS_DIR, OUTPUTS.slides.file))
  // A wrong --output is found now, not after a minute of exporting.
  await checkOutput(path)
  const found = await locateChromium(options)
  const ours = deck.entry === DEFAULT_ENTRY
  const dist = ours ? await ensureSite({ log: options.log, findBrowser: async () => found }) : undefined
  // The server starts while Chromium starts.
  const server = dist ? serveStatic(dist) : startSlidev(deck.entry)
  const browser = await launchChromium(found).catch(async (error: unknown) => {
    await server.then(s => s.close(), () => {})
    throw error
  })
  try {
    const { pdf } = await renderSlides(browser, { ...options, deck, server })
    await writeAtomically(path, pdf)
    const result = { path, pages: deck.slides.length, bytes: pdf.byteLength, ms: elapsedSince(start) }
    options.log?.(`Slides PDF: ${path} (${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KiB, ${(result.ms / 1000).toFixed(1)} s)`)
    return result
  }
  finally {
    await browser.close()
  }
}
