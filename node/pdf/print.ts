// One Chromium print of one page of the site (`#/print` for the slides, `handout/` for the handout):
// Chromium writes the tags, the outline (from the headings), the links and the fonts itself. Before it
// prints, the page is checked where that is cheap, in the page: every slide laid out, no Slidev error
// box, nothing blank, the slide numbers, link targets, fonts loaded.
import type { Browser, Page } from 'playwright-chromium'
import { SLIDEV_ERROR_TEXTS, SLIDEV_LOADING_TEXT } from '../../app/slidev/errors'
import { pdfLib } from '../cjs'
import { ExportCheckError } from '../errors'

export interface PrintJob {
  /** "The slides export", "The handout": how messages name it. */
  what: string
  url: string
  viewport: { width: number, height: number }
  /** Slides the page shows (each in Slidev's `.print-slide-container`). */
  slides: number
  /** How a problem names slide `no`: `page 3 (slide "Agenda")` when each page is a slide. */
  onePagePerSlide: boolean
  /** Resolves when the page has settled; throws a timeout or a reload. */
  settled: (page: Page, timeout: number) => Promise<void>
  /** Changes to the page before it is checked and printed; returns problems it found. */
  prepare?: (page: Page) => Promise<string[]>
  pdf: Parameters<Page['pdf']>[0]
  timeout: number
}

/** What Playwright says when the page reloaded while it waited (Vite optimizing, on Slidev's server). */
const RELOADED = /context was destroyed|navigation/i

/** Problems with the slides on the page, found in the page (runs there: no outside names). */
function slideProblems({ expected, errors, loading, perPage }: { expected: number, errors: string[], loading: string, perPage: boolean }): string[] {
  const problems: string[] = []
  const slides = [...document.querySelectorAll<HTMLElement>('.print-slide-container')]
  if (slides.length !== expected)
    problems.push(`the page shows ${slides.length} slides, but ${expected} were expected`)
  slides.forEach((slide, index) => {
    const no = index + 1
    const title = slide.querySelector('h1, h2')?.textContent?.trim() ?? ''
    const label = perPage ? `page ${no} (slide "${title || no}")` : `slide ${no}`
    const text = slide.textContent ?? ''
    const error = errors.find(e => text.includes(e))
    const layout = slide.querySelector('.slidev-layout')
    if (error)
      problems.push(`${label} shows Slidev's error box ("${error} ...")`)
    else if (text.includes(loading))
      problems.push(`${label} was printed before its slide had loaded ("${loading}")`)
    else if (!layout?.textContent?.trim() && !layout?.querySelector('img, svg, canvas, video, object'))
      problems.push(`${label} is blank (no text or picture on it)`)
    const number = slide.querySelector('.lecture-footer .page')?.textContent?.replace(/\s+/g, ' ').trim()
    if (number && number !== `${no} / ${expected}`)
      problems.push(`${label} is numbered "${number}"`)
  })
  for (const link of document.querySelectorAll('a[href^="#"]')) {
    const href = link.getAttribute('href')!
    if (!document.getElementById(decodeURIComponent(href.slice(1)))) {
      const index = slides.findIndex(slide => slide.contains(link))
      problems.push(`${index < 0 ? 'the page' : perPage ? `page ${index + 1}` : `slide ${index + 1}`} links to "${href}", which names no slide`)
    }
  }
  for (const face of document.fonts) {
    if (face.status !== 'loaded' && face.status !== 'unloaded')
      problems.push(`the font ${face.family} ${face.weight} ${face.style} is ${face.status}`)
  }
  return problems
}

/** Prints `job.url` once, after checking it; throws ExportCheckError with every problem found. */
export async function printPage(browser: Browser, job: PrintJob): Promise<Uint8Array> {
  // No service worker (node/offline/): its install would fetch the site while the page is meant to settle,
  // and a print must come from the files served now, not from a copy stored by an earlier visit.
  const context = await browser.newContext({ viewport: job.viewport, colorScheme: 'light', serviceWorkers: 'block' })
  const messages: string[] = []
  try {
    const page = await context.newPage()
    page.on('console', message => message.type() === 'error' && messages.push(message.text()))
    page.on('pageerror', error => messages.push(error.message))
    await page.goto(job.url, { waitUntil: 'load', timeout: job.timeout })
    // What finishes the file loads while the page settles (the commands in site.ts start the reader).
    pdfLib()
    const deadline = Date.now() + job.timeout
    for (;;) {
      try {
        await job.settled(page, Math.max(1, deadline - Date.now()))
        break
      }
      catch (error) {
        if (Date.now() < deadline && RELOADED.test(String(error)))
          continue
        const shown = await page.locator('.print-slide-container .slidev-layout').count().catch(() => 0)
        throw new ExportCheckError(job.what, [
          `the page had rendered ${shown} of ${job.slides} slides after ${Math.round(job.timeout / 1000)} s`,
          ...messages.slice(0, 5).map(m => `browser console: ${m}`),
        ])
      }
    }
    await page.evaluate(() => document.fonts.ready)
    const problems = [
      ...await job.prepare?.(page) ?? [],
      ...await page.evaluate(slideProblems, { expected: job.slides, errors: SLIDEV_ERROR_TEXTS, loading: SLIDEV_LOADING_TEXT, perPage: job.onePagePerSlide }),
    ]
    if (problems.length > 0)
      throw new ExportCheckError(job.what, problems)
    return await page.pdf({ printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 }, ...job.pdf, tagged: true, outline: true })
  }
  finally {
    await context.close()
  }
}
