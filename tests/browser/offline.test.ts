// The built site on a phone after the hall: opened once (over 127.0.0.1, a secure context as a published
// https site is, so the browser runs its service worker), then with the network off and the server
// stopped, as when the laptop has gone. The deck, the reader edition and the handout page open from what
// the worker stored; the handout page stays the handout online too; the hall's channel is never answered
// from the phone's store.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { Deck } from '../../node/deck/deck'
import type { StaticServer } from '../../node/serve'
import { resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HALL_PATHS } from '../../app/hall/protocol'
import { DOWNLOADS_FOLDER, EDITION_FOLDER, HANDOUT_FOLDER, OUTPUTS } from '../../data/deck'
import { lecture } from '../../data/lecture'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../../node/browser'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { serveStatic } from '../../node/serve'
import { squash } from './site-kit'

const PHONE = { width: 390, height: 844 }

let deck: Deck
let server: StaticServer
let browser: Browser
let context: BrowserContext
let page: Page
const pageErrors: string[] = []

/** Whether the page could fetch `path` (relative to the site), and with what status. */
async function tryFetch(path: string): Promise<number | 'failed'> {
  return page.evaluate(async url => fetch(url).then(response => response.status, () => 'failed' as const), `${server.url}${path}`)
}

beforeAll(async () => {
  deck = await readDeck()
  server = await serveStatic(resolve(ROOT, 'dist'), { base: '/lecture/' })
  browser = await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
  context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  page = await context.newPage()
  page.on('pageerror', error => pageErrors.push(error.message))
  await page.goto(server.url)
  await page.waitForSelector('.slidev-page-1', { state: 'visible' })
  // The worker registers once the page has loaded; then it stores the first visit's files and takes the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise(done => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }))
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the site opened once, online', () => {
  it('has one worker for the whole site, at its root', async () => {
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map(r => r.scope))).toEqual([server.url])
  })

  it('shows the handout at handout/, not the deck, through the worker', async () => {
    const response = await page.goto(`${server.url}${HANDOUT_FOLDER}/`)
    expect(response?.fromServiceWorker()).toBe(true)
    await page.waitForSelector('main.handout.ready')
    expect(await page.title()).toBe(`${lecture.title}: handout`)
  })

  it('leaves the hall\'s channel to the network', async () => {
    // The static server has no hall: the deck's page it sends for an address without an extension
    // comes from the server itself, with its own status.
    expect(await tryFetch(HALL_PATHS.events)).toBe(200)
  })
})

describe('the same phone with the network gone and the server stopped', () => {
  beforeAll(async () => {
    await context.setOffline(true)
    await server.close()
  })

  it('opens the deck at its first slide', async () => {
    await page.goto(server.url)
    await page.waitForSelector('.slidev-page-1', { state: 'visible' })
    expect(squash(await page.locator('.slidev-page-1 h1').innerText())).toBe(deck.slides[0]!.title)
  })

  it('goes on to a later slide, its code stored with the rest', async () => {
    const no = Math.min(7, deck.slides.length)
    await page.goto(`${server.url}#/${no}`)
    await page.waitForSelector(`.slidev-page-${no}`, { state: 'visible' })
    expect(squash(await page.locator(`.slidev-page-${no} h1`).innerText())).toBe(deck.slides[no - 1]!.title)
  })

  it('opens the reader edition, in its own fonts', async () => {
    await page.goto(`${server.url}${EDITION_FOLDER}/`)
    expect(squash(await page.locator('h1').innerText())).toContain(lecture.title)
    expect(await page.evaluate(async () => {
      await document.fonts.ready
      return document.fonts.check('16px "Source Sans 3"') && document.fonts.check('600 16px "Source Serif 4"')
    })).toBe(true)
  })

  it('opens the handout page', async () => {
    await page.goto(`${server.url}${HANDOUT_FOLDER}/`)
    await page.waitForSelector('main.handout.ready')
  })

  it('does not answer the hall\'s channel from its store, nor a download', async () => {
    expect(await tryFetch('index.html')).toBe(200)
    expect(await tryFetch(HALL_PATHS.events)).toBe('failed')
    expect(await tryFetch(`${DOWNLOADS_FOLDER}/${OUTPUTS.slides.file}`)).toBe('failed')
  })

  it('ran without a page error', () => {
    expect(pageErrors).toEqual([])
  })
})

// Over the hall's plain http a phone keeps no offline copy: its page offers the reader edition as one
// file, which must open from the phone's storage with no network at all and every glyph in its own fonts.
describe('the reader edition as one file, opened from storage', () => {
  it('is offered on the site and shows the lecture, every font its own, fetching nothing', async () => {
    const file = resolve(ROOT, 'dist', DOWNLOADS_FOLDER, OUTPUTS.reader.file)
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, deviceScaleFactor: 2, offline: true })
    const fetched: string[] = []
    await phone.route('**/*', (route) => {
      const url = route.request().url()
      if (url.startsWith('file:') && url.endsWith(OUTPUTS.reader.file))
        return route.continue()
      fetched.push(url)
      return route.abort()
    })
    try {
      const reader = await phone.newPage()
      await reader.goto(`file://${file}`)
      expect(squash(await reader.locator('h1').first().innerText())).toContain(lecture.title)
      // The faces the page's text asked for: each loaded from the file, the Japanese among them (in the
      // glossary, laid out when it comes into view: app/edition/edition.css).
      await reader.locator('#glossary').scrollIntoViewIfNeeded()
      await expect.poll(() => reader.evaluate(() => [...document.fonts].some(face => face.family.includes('Noto Sans JP') && face.status !== 'unloaded'))).toBe(true)
      const faces = await reader.evaluate(async () => {
        await document.fonts.ready
        return [...document.fonts].filter(face => face.status !== 'unloaded').map(face => `${face.family} ${face.weight} ${face.status}`)
      })
      expect(faces.filter(face => !face.endsWith(' loaded'))).toEqual([])
      expect(faces.some(face => face.startsWith('"Noto Sans JP"') || face.startsWith('Noto Sans JP'))).toBe(true)
      expect(fetched).toEqual([])
      await reader.screenshot({ path: 'test-results/reader-file-phone.png' })
    }
    finally {
      await phone.close()
    }
  })
})
