// Looks at a PDF the way a reader would: Chromium renders every page with pdf.js (shipped in
// pdfjs-dist, so no system tool and no network), and reports how much of each page is inked and what
// text it carries. The exports check themselves with it; the tests use it too.
import type { Browser } from 'playwright-chromium'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export interface PageReport {
  /** Page size in PDF points. */
  width: number
  height: number
  /** Share of pixels (0..1) that differ from the page's background, above the bottom strip left out. */
  ink: number
  /** The page's text, as a reader's search would find it. */
  text: string
}

export interface InspectOptions {
  /** Rendering scale (1 = 72 dpi). */
  scale?: number
  /** Share of the page height at the bottom (footer) that does not count as ink. */
  ignoreBottom?: number
}

const ORIGIN = 'http://pdf-inspect.localhost'

// Runs in the page: renders each page to a canvas and measures it.
const PAGE_SCRIPT = `
import * as pdfjs from '/pdf.mjs'
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs'
// One worker, started now, serves every document.
const worker = new pdfjs.PDFWorker()
await worker.promise
window.inspectPdf = async ({ scale, ignoreBottom }) => {
  const doc = await pdfjs.getDocument({ url: '/doc.pdf?' + Date.now(), isEvalSupported: false, worker }).promise
  const reports = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const base = page.getViewport({ scale: 1 })
    const viewport = page.getViewport({ scale })
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(viewport.width)
    canvas.height = Math.ceil(viewport.height)
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    await page.render({ canvasContext: ctx, canvas, viewport }).promise
    // A 2 px frame is left out: the page edge can show a sliver of the print view's black backdrop.
    const rows = Math.max(1, Math.floor(canvas.height * (1 - ignoreBottom)) - 4)
    const { data } = ctx.getImageData(2, 2, Math.max(1, canvas.width - 4), rows)
    const counts = new Map()
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] >> 3) << 10 | (data[i + 1] >> 3) << 5 | (data[i + 2] >> 3)
      counts.set(key, (counts.get(key) || 0) + 1)
    }
    let bg = 0, most = -1
    for (const [key, count] of counts) if (count > most) { most = count; bg = key }
    const br = (bg >> 10 & 31) << 3, bgG = (bg >> 5 & 31) << 3, bb = (bg & 31) << 3
    let inked = 0
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - br) > 40 || Math.abs(data[i + 1] - bgG) > 40 || Math.abs(data[i + 2] - bb) > 40)
        inked++
    }
    const content = await page.getTextContent()
    const text = content.items.map(item => ('str' in item ? item.str : '') + (item.hasEOL ? '\\n' : '')).join('')
    reports.push({ width: base.width, height: base.height, ink: inked / (data.length / 4), text })
    page.cleanup()
  }
  await doc.destroy()
  return reports
}
window.inspectReady = true
`

function pdfjsFile(name: string): Buffer {
  const require = createRequire(import.meta.url)
  return readFileSync(join(dirname(require.resolve('pdfjs-dist/package.json')), 'build', name))
}

export interface Inspector {
  inspect: (pdf: Uint8Array, options?: InspectOptions) => Promise<PageReport[]>
  close: () => Promise<void>
}

/**
 * Opens a page with pdf.js loaded, ready to inspect PDFs. Opening it while the export is still
 * printing saves loading pdf.js afterwards.
 */
export async function openInspector(browser: Browser): Promise<Inspector> {
  const context = await browser.newContext()
  let current: Uint8Array = new Uint8Array()
  const files: Record<string, { type: string, body: () => Buffer | string }> = {
    '/': { type: 'text/html', body: () => `<!doctype html><meta charset="utf-8"><title>inspect</title><script type="module" src="/inspect.mjs"></script>` },
    '/inspect.mjs': { type: 'text/javascript', body: () => PAGE_SCRIPT },
    '/pdf.mjs': { type: 'text/javascript', body: () => pdfjsFile('pdf.min.mjs') },
    '/pdf.worker.mjs': { type: 'text/javascript', body: () => pdfjsFile('pdf.worker.min.mjs') },
    '/doc.pdf': { type: 'application/pdf', body: () => Buffer.from(current) },
  }
  try {
    const page = await context.newPage()
    await page.route(`${ORIGIN}/**`, async (route) => {
      const file = files[new URL(route.request().url()).pathname]
      if (file)
        await route.fulfill({ status: 200, contentType: file.type, body: file.body() })
      else
        await route.fulfill({ status: 404, body: 'not found' })
    })
    await page.goto(`${ORIGIN}/`)
    await page.waitForFunction(() => (window as unknown as { inspectReady?: boolean }).inspectReady === true)
    return {
      inspect: async (pdf, options = {}) => {
        current = pdf
        return page.evaluate(
          opts => (window as unknown as { inspectPdf: (o: Required<InspectOptions>) => Promise<PageReport[]> }).inspectPdf(opts),
          { scale: options.scale ?? 0.25, ignoreBottom: options.ignoreBottom ?? 0 },
        )
      },
      close: () => context.close(),
    }
  }
  catch (error) {
    await context.close()
    throw error
  }
}

/** Renders every page of `pdf` in `browser` and reports on it. */
export async function inspectPdf(browser: Browser, pdf: Uint8Array, options: InspectOptions = {}): Promise<PageReport[]> {
  const inspector = await openInspector(browser)
  try {
    return await inspector.inspect(pdf, options)
  }
  finally {
    await inspector.close()
  }
}

/** Slidev's error box, as the slide shows it when a slide failed to compile or load. */
export const SLIDEV_ERROR_TEXTS = [
  'An error occurred on this slide',
  'Failed to fetch this slide',
]

/** Slidev's placeholder while a slide's code is still loading. */
export const SLIDEV_LOADING_TEXT = 'Loading slide...'

/** Less ink than this (share of pixels) counts as a blank page. */
export const BLANK_INK = 0.001

/** What is wrong with a PDF, judged from its page reports; empty when nothing is. */
export function pageProblems(reports: PageReport[], expectedPages: number, label: (page: number) => string): string[] {
  const problems: string[] = []
  if (reports.length !== expectedPages)
    problems.push(`the PDF has ${reports.length} pages, but ${expectedPages} were expected`)
  reports.forEach((report, index) => {
    if (report.ink < BLANK_INK)
      problems.push(`${label(index)} is blank (${(report.ink * 100).toFixed(2)}% of it inked)`)
    const error = SLIDEV_ERROR_TEXTS.find(text => report.text.includes(text))
    if (error)
      problems.push(`${label(index)} shows Slidev's error box ("${error} ...")`)
    if (report.text.includes(SLIDEV_LOADING_TEXT))
      problems.push(`${label(index)} was printed before its slide had loaded ("${SLIDEV_LOADING_TEXT}")`)
  })
  return problems
}

const PAGE_NUMBER = /(\d+) \/ (\d+)/g

/**
 * Pages whose footer shows another number than their own (upstream #2643 prints "1" on every page in
 * some set-ups). The footer reads "N / total"; pages without one are not judged here.
 */
export function slideNumberProblems(reports: PageReport[], total: number): string[] {
  const problems: string[] = []
  reports.forEach((report, index) => {
    for (const match of report.text.matchAll(PAGE_NUMBER)) {
      if (Number(match[2]) === total && Number(match[1]) !== index + 1)
        problems.push(`page ${index + 1} is numbered "${match[0]}"`)
    }
  })
  return problems
}
