import type { Buffer } from 'node:buffer'
// Browser-side measurements in headless Chromium. A small script in the page watches every animation
// frame for the slide it is told to expect; once that slide is visible, has text and the fonts have
// loaded, it notes the time right after that frame was painted. Times are the page's own clock
// (performance.now(), 0 = navigation start), so Playwright's round trips do not count. The pages open
// in a full Chromium, as a user's (the PDFs print in the headless shell: node/browser.ts).
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { SlideText } from './baseline'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-chromium'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../node/browser'

export const VIEWPORT = { width: 980, height: 552 }

interface PaintWatch {
  target: number
  keyAt: number | null
  paintedAt: number | null
  pending: boolean
}

declare global {
  interface Window {
    __benchPaint?: PaintWatch
  }
}

// Runs in the page before any of its scripts.
function watchPaint(): void {
  const state: PaintWatch = { target: 1, keyAt: 0, paintedAt: null, pending: false }
  window.__benchPaint = state
  addEventListener('keydown', (event) => {
    state.keyAt = event.timeStamp
  }, true)
  const tick = (): void => {
    if (state.paintedAt === null && !state.pending) {
      const slide = document.querySelector<HTMLElement>(`.slidev-page-${state.target}`)
      if (slide && slide.checkVisibility() && slide.textContent?.trim() && document.fonts.status === 'loaded') {
        state.pending = true
        // A task queued from the frame callback runs after that frame has been painted.
        setTimeout(() => {
          state.paintedAt = performance.now()
          state.pending = false
        })
      }
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
}

/** A fresh context (empty cache) that refuses every request off this machine, counting them. */
export async function newContext(browser: Browser): Promise<{ context: BrowserContext, page: Page, external: string[] }> {
  // The site's service worker registers after the first paint and fetches its own list, which the
  // routes below would not see: each measurement is a first visit without it.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' })
  const external: string[] = []
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url())
    if (hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]')
      return route.continue()
    external.push(route.request().url())
    return route.abort()
  })
  // tsx compiles functions with calls to an `__name` helper that the page does not have.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  await context.addInitScript(watchPaint)
  const page = await context.newPage()
  return { context, page, external }
}

async function paintedAt(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(() => window.__benchPaint?.paintedAt ?? null, null, { timeout: timeoutMs, polling: 20 })
  return (await handle.jsonValue()) as number
}

/** Opens `url` and waits until the first slide is painted; the page's time of that paint. */
export async function openFirstSlide(page: Page, url: string, timeoutMs = 60_000): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs })
  return paintedAt(page, timeoutMs)
}

export interface FirstSlideLoad {
  paintMs: number
  /** Gzip bytes of every response whose request started before the first slide was painted. */
  gzipBytes: number
  /** The part of gzipBytes that is font files. */
  fontGzipBytes: number
  rawBytes: number
  requests: { url: string, gzipBytes: number, startMs: number }[]
  /** Fonts and images requested before the paint that nothing on the first slide uses. */
  unused: string[]
  external: string[]
}

const FONT = /\.(?:woff2?|ttf|otf)(?:\?|$)/
const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg|ico)(?:\?|$)/

/** Loads the first slide in a fresh context, keeping the bodies of all responses. */
export async function firstSlideLoad(browser: Browser, url: string): Promise<FirstSlideLoad> {
  const { context, page, external } = await newContext(browser)
  const bodies = new Map<string, Promise<Buffer | null>>()
  page.on('response', (response) => {
    bodies.set(response.url(), response.body().catch(() => null))
  })
  try {
    const paintMs = await openFirstSlide(page, url)
    const facts = await page.evaluate(({ paint, font, image }) => {
      const fontPattern = new RegExp(font)
      const imagePattern = new RegExp(image)
      const started = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter(entry => entry.startTime <= paint)
        .map(entry => ({ url: entry.name, startMs: entry.startTime }))
      const slide = document.querySelector('.slidev-page-1')!
      // What the first slide draws with: font family/weight/style per text run, and image URLs.
      const runs: { family: string, weight: number, style: string, text: string }[] = []
      const images = new Set<string>()
      for (const icon of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]'))
        images.add(icon.href)
      for (const element of [slide, ...slide.querySelectorAll('*')]) {
        const style = getComputedStyle(element)
        const own = [...element.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent ?? '').join('').trim()
        if (own)
          runs.push({ family: style.fontFamily, weight: Number(style.fontWeight), style: style.fontStyle, text: own })
        if (element instanceof HTMLImageElement)
          images.add(element.currentSrc || element.src)
        for (const match of style.backgroundImage.matchAll(/url\("?([^")]+)"?\)/g))
          images.add(new URL(match[1]!, location.href).href)
      }
      const inRange = (text: string, range: string): boolean => range.split(',').some((part) => {
        const [from, to] = part.trim().toUpperCase().replace('U+', '').split('-')
        const low = Number.parseInt(from!.replaceAll('?', '0'), 16)
        const high = to ? Number.parseInt(to, 16) : Number.parseInt(from!.replaceAll('?', 'F'), 16)
        return [...text].some(c => c.codePointAt(0)! >= low && c.codePointAt(0)! <= high)
      })
      const unusedFaces: string[] = []
      for (const face of document.fonts) {
        if (face.status !== 'loaded')
          continue
        const family = face.family.replace(/^["']|["']$/g, '')
        const [min, max] = face.weight.split(' ').map(Number)
        const used = runs.some(run => run.family.split(',')[0]!.trim().replace(/^["']|["']$/g, '') === family
          && run.weight >= min! && run.weight <= (max ?? min!)
          && (run.style === face.style || face.style === 'normal')
          && inRange(run.text, face.unicodeRange))
        if (!used)
          unusedFaces.push(`${family} ${face.weight} ${face.style} ${face.unicodeRange.slice(0, 24)}`)
      }
      const fontsLoaded = started.filter(r => fontPattern.test(r.url)).length
      const unusedImages = started.filter(r => imagePattern.test(r.url) && !images.has(r.url)).map(r => r.url)
      return { started, unusedFaces, fontsLoaded, unusedImages }
    }, { paint: paintMs, font: FONT.source, image: IMAGE.source })

    const requests: FirstSlideLoad['requests'] = []
    let gzipBytes = 0
    let fontGzipBytes = 0
    let rawBytes = 0
    const documentUrl = page.url().split('#')[0]!
    const entries = [{ url: documentUrl, startMs: 0 }, ...facts.started]
    for (const [index, entry] of entries.entries()) {
      const pending = bodies.get(entry.url) ?? (index === 0 ? bodies.get(url) : undefined)
      const body = pending ? await pending : null
      if (!body)
        continue
      const gz = gzipSync(body).length
      gzipBytes += gz
      if (FONT.test(entry.url))
        fontGzipBytes += gz
      rawBytes += body.length
      requests.push({ url: entry.url, gzipBytes: gz, startMs: Math.round(entry.startMs) })
    }
    const unused = [
      ...facts.unusedFaces.map(f => `font face ${f}`),
      ...facts.unusedImages.map(u => `image ${u}`),
    ]
    return { paintMs, gzipBytes, fontGzipBytes, rawBytes, requests, unused, external }
  }
  finally {
    await context.close()
  }
}

/** Time to the first slide in a fresh context (no response bodies kept, so nothing slows the page). */
export async function timeToFirstSlide(browser: Browser, url: string): Promise<number> {
  const { context, page } = await newContext(browser)
  try {
    return await openFirstSlide(page, url)
  }
  finally {
    await context.close()
  }
}

/**
 * Presses the right arrow from slide 1 to the last slide; for every slide, the time from the key
 * press that brought it to its paint. Waits first as a lecturer would (Slidev preloads every slide
 * three seconds after the start).
 */
export async function navigationTimes(browser: Browser, url: string, total: number): Promise<number[]> {
  const { context, page } = await newContext(browser)
  try {
    await openFirstSlide(page, url)
    await page.waitForTimeout(3500)
    await page.waitForLoadState('networkidle')
    const times: number[] = []
    for (let no = 2; no <= total; no++) {
      await page.evaluate((target) => {
        Object.assign(window.__benchPaint!, { target, keyAt: null, paintedAt: null, pending: false })
      }, no)
      let painted: number | null = null
      // A slide with clicks takes more than one press; the time counts from the press that moves on.
      for (let press = 0; press < 30 && painted === null; press++) {
        await page.keyboard.press('ArrowRight')
        painted = await paintedAt(page, 2000).catch(() => null)
      }
      if (painted === null)
        throw new Error(`slide ${no} was not painted after 30 presses of the right arrow`)
      const keyAt = await page.evaluate(() => window.__benchPaint!.keyAt)
      times.push(painted - (keyAt ?? painted))
      await page.waitForTimeout(50)
    }
    return times
  }
  finally {
    await context.close()
  }
}

/** Each slide's title and text lines as the built deck shows them with every click revealed. */
export async function slideTexts(browser: Browser, slideUrl: (no: number) => string, total: number): Promise<SlideText[]> {
  const { context, page } = await newContext(browser)
  try {
    const slides: SlideText[] = []
    for (let no = 1; no <= total; no++) {
      await page.goto(slideUrl(no))
      const slide = page.locator(`.slidev-page-${no}`)
      await slide.waitFor({ state: 'visible' })
      slides.push(await slide.evaluate((element) => {
        const title = element.querySelector('h1')?.textContent?.trim() ?? ''
        // innerText, not textContent: it breaks lines where the slide shows them.
        // eslint-disable-next-line unicorn/prefer-dom-node-text-content
        const lines = (element as HTMLElement).innerText.split('\n').map(l => l.trim()).filter(l => l && l !== title)
        return { title, lines }
      }))
    }
    return slides
  }
  finally {
    await context.close()
  }
}

export interface EditionLoad {
  /** From navigation start to the first contentful paint, in ms. */
  paintMs: number
  /** What crossed the wire before that paint (the page and the fonts it preloads), compressed as served. */
  bytes: number
}

/** The reader edition's first paint and the bytes that came before it. */
export async function editionLoad(browser: Browser, url: string): Promise<EditionLoad> {
  const { context, page } = await newContext(browser)
  try {
    await page.goto(url, { waitUntil: 'load' })
    return await page.evaluate(async () => {
      // Chromium may record the paint entry after the load event: wait for it (5 s at most).
      await new Promise<void>((done) => {
        new PerformanceObserver(list => list.getEntriesByName('first-contentful-paint').length > 0 && done())
          .observe({ type: 'paint', buffered: true })
        setTimeout(done, 5000)
      })
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[]
      const bytes = entries.filter(entry => entry.startTime <= paint).reduce((sum, entry) => sum + entry.transferSize, 0)
      return { paintMs: paint, bytes }
    })
  }
  finally {
    await context.close()
  }
}
