// The speaker notes under `npm run dev`, where Slidev's dev server hands them to the presenter view and
// the overview as JSON (/__slidev/slides/<no>.json) and sends an edited note over HMR: cues set apart,
// citations numbered as in the reader edition, and the Markdown itself, which the notes editor saves
// back to slides.md, left as written; and no offline worker (node/offline/). Slidev's own dev server, on
// 127.0.0.1, stopped by the test.
import type { Browser } from 'playwright-chromium'
import type { ViteDevServer } from 'vite'
import type { Deck, DeckSlide } from '../../node/deck/deck'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { referenceNumbers } from '../../data/notes'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../../node/browser'
import { DEFAULT_ENTRY, readDeck } from '../../node/deck/deck'
import { CITE_CLASS, CUE_CLASS } from '../../node/deck/speaker-notes'

let deck: Deck
let slide: DeckSlide
let server: ViteDevServer
let url: string
let browser: Browser | undefined
let cite: string

beforeAll(async () => {
  deck = await readDeck()
  slide = deck.slides.find(s => s.title === 'Article V')!
  cite = `[${referenceNumbers(deck.slides.map(s => s.note)).get('treaty-1960')}, Article V]`
  server = await createServer(await resolveOptions({ entry: DEFAULT_ENTRY }, 'dev'), {
    server: { port: 0, host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'error',
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string')
    throw new Error('The Slidev dev server did not report its port.')
  url = `http://127.0.0.1:${address.port}/`
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('speaker notes under npm run dev', () => {
  it('serves a slide\'s JSON with the notes shown as cues and numbers, and their Markdown as written', async () => {
    const response = await fetch(`${url}__slidev/slides/${slide.no}.json`, { signal: AbortSignal.timeout(30_000) })
    expect(response.status).toBe(200)
    const info = await response.json() as { note: string, noteHTML: string }
    expect(info.note).toBe(slide.note)
    expect(info.noteHTML).toMatch(new RegExp(`^<p class="${CUE_CLASS}">Read the article aloud`))
    expect(info.noteHTML).not.toMatch(/Cue:|\[@/)
    expect(info.noteHTML).toContain(`${cite}</span>`)
  })

  it('gives the slide\'s data module (the notes page, the print of the notes) the same notes', async () => {
    const data = await server.transformRequest(`${DEFAULT_ENTRY}__slidev_${slide.no}.frontmatter`)
    expect(data?.code).toContain(`"noteHTML":"<p class=\\"${CUE_CLASS}\\">Read the article aloud`)
    expect(data?.code).not.toMatch(/"noteHTML":"[^"]*(?:Cue:|\[@)/)
  })

  it('shows a note edited in slides.md, as Slidev sends it over HMR, with its cue and citation in the presenter view', async () => {
    browser = await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } })
    const notes = page.locator('.slidev-presenter .grid-section.note .slidev-note')
    await page.goto(`${url}#/presenter/${slide.no}`)
    await notes.locator(`.${CUE_CLASS}`).waitFor({ timeout: 120_000 })
    // Slidev's message for an edited note: the Markdown, and Slidev's HTML of it.
    const note = 'Cue: Read it slowly.\n\nIt applies "in the territories under the administration of Japan" [@treaty-1960, Article V].'
    server.hot.send('slidev:update-note', {
      no: slide.no,
      note,
      noteHTML: '<p>Cue: Read it slowly.</p>\n<p>It applies "in the territories under the administration of Japan" [@treaty-1960, Article V].</p>\n',
    })
    await expect.poll(() => notes.locator(`.${CUE_CLASS}`).innerText(), { timeout: 30_000 }).toBe('Read it slowly.')
    expect(await notes.locator(`.${CITE_CLASS}`).innerText()).toBe(cite)
    expect(await notes.innerText()).not.toMatch(/Cue:|\[@/)
  })
})

describe('the offline worker under npm run dev', () => {
  it('is not registered: the lecturer always gets the code as it is now', async () => {
    const html = await (await fetch(url, { signal: AbortSignal.timeout(30_000) })).text()
    expect(html).not.toContain('serviceWorker')
    browser ??= await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
    const page = await browser.newPage()
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForSelector('.slidev-page-1', { state: 'visible', timeout: 120_000 })
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
  })
})
