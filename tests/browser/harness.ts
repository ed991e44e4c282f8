// Opens the built deck (dist/) in headless Chromium for the browser tests.
import type { Browser, ConsoleMessage, Page } from 'playwright-chromium'
import type { StaticServer } from '../../node/serve'
import { resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../../node/browser'
import { PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { serveStatic } from '../../node/serve'

/** The deck's canvas, in CSS pixels: a viewport of this size shows a slide at scale 1. */
export const CANVAS = { width: 980, height: 552 }

export interface OpenDeck {
  browser: Browser
  server: StaticServer
  page: Page
  /** Console errors and warnings, and uncaught page errors, since the page was opened. */
  problems: string[]
  /** Every URL the page requested. */
  requests: string[]
  close: () => Promise<void>
}

export async function openDeck(options: { base?: string } = {}): Promise<OpenDeck> {
  const server = await serveStatic(resolve(ROOT, 'dist'), { base: options.base })
  const browser = await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
  const page = await browser.newPage({ viewport: CANVAS })
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', error => problems.push(`pageerror: ${error.message}`))
  page.on('request', request => requests.push(request.url()))
  return {
    browser,
    server,
    page,
    problems,
    requests,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

/** Shows slide `no` (1-based) with every click revealed, and waits until it has rendered. */
export async function showSlide(deck: OpenDeck, no: number): Promise<void> {
  await deck.page.goto(`${deck.server.url}#/${no}?clicks=999`)
  await deck.page.waitForSelector(`.slidev-page-${no}`, { state: 'visible' })
  await deck.page.evaluate(() => document.fonts.ready)
  // Let the slide transition settle.
  await deck.page.waitForTimeout(150)
}
