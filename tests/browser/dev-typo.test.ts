// A typo while presenting from `npm run dev`: the audience's window (the projector) keeps the last good
// render of the slide and never shows an error; the presenter view says what is wrong, in one line
// that names the slide and the line; fixing the file brings everything back without a reload. The
// deck is a copy of this one in a temporary folder (its own slides.md, the rest linked), served by
// Slidev's dev server on 127.0.0.1 and stopped by the test.
import type { Browser, Page } from 'playwright-chromium'
import type { DevServer } from './dev-server'
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../../node/browser'
import { DEFAULT_ENTRY, PROJECT_ROOT } from '../../node/deck/deck'
import { startDevServer } from './dev-server'

/** Everything of the project but its deck and what builds and tests write. */
const LINKED = readdirSync(PROJECT_ROOT).filter(name => !['slides.md', 'dist', 'exports', 'test-results', '.bench', '.git'].includes(name) && !name.startsWith('.dist-'))
const good = readFileSync(DEFAULT_ENTRY, 'utf8')
const ARTICLE_V = good.split('\n').findIndex(line => line.includes('<TreatyArticle id="article-5" />')) + 1

let root: string
let entry: string
let server: DevServer
let browser: Browser
let audience: Page
let presenter: Page
const audienceErrors: string[] = []
/** What the audience's page logged (Vite's HMR lines among them), for a failure's message. */
const audienceConsole: string[] = []

function edit(text: string): void {
  writeFileSync(entry, text)
}

/** Waits for `wait`; when it fails, the error carries what the dev server printed, to tell why. */
async function withServerOutput(wait: Promise<unknown>): Promise<void> {
  try {
    await wait
  }
  catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nThe dev server printed:\n${server.output().split('\n').filter(line => /lecture:deck-check|✗|✓|error/i.test(line)).slice(-40).join('\n')}\nThe audience's console said:\n${audienceConsole.slice(-20).join('\n')}`, { cause: error })
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lecture-dev-'))
  for (const name of LINKED)
    symlinkSync(join(PROJECT_ROOT, name), join(root, name))
  entry = join(root, 'slides.md')
  writeFileSync(entry, good)
  // Its deck check says what it does with each save (printed when a wait fails).
  server = await startDevServer({ root, env: { DEBUG: 'lecture:deck-check' } })
  browser = await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
  audience = await browser.newPage({ viewport: { width: 980, height: 552 } })
  audience.on('pageerror', error => audienceErrors.push(error.message))
  audience.on('console', message => audienceConsole.push(`${new Date().toISOString()} ${message.type()} ${message.text()}`))
  presenter = await browser.newPage({ viewport: { width: 1400, height: 860 } })
  await audience.goto(`${server.base}/#/7`)
  await presenter.goto(`${server.base}/#/presenter/7`)
  await audience.locator('.slidev-page-7 blockquote').waitFor({ timeout: 120_000 })
  await presenter.locator('.slidev-presenter').waitFor({ timeout: 120_000 })
  // Survives only if the page is never reloaded.
  await audience.evaluate(() => (window as unknown as { marked: boolean }).marked = true)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (root)
    rmSync(root, { recursive: true, force: true })
})

const problems = () => presenter.locator('.deck-problems')

async function expectAudienceUnharmed(): Promise<void> {
  await expect.poll(() => audience.locator('.slidev-page-7 blockquote').count()).toBe(1)
  expect(await audience.locator('.slidev-page-7 h1').innerText()).toBe('Article V')
  expect(await audience.locator('vite-error-overlay, .deck-problems').count()).toBe(0)
  expect(await audience.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(true)
}

describe('a typo under npm run dev', () => {
  it('keeps the audience on the last good slide and tells the presenter what is wrong, with the slide and the line', async () => {
    edit(good.replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-V" />'))
    await problems().waitFor({ timeout: 60_000 })
    expect(await problems().innerText()).toContain(`Unknown treaty article "article-V" in <TreatyArticle> on slide 7 (Article V), slides.md line ${ARTICLE_V}; known: article-5, article-6`)
    await presenter.screenshot({ path: join(PROJECT_ROOT, 'test-results', 'dev-typo-presenter.png') })
    await audience.waitForTimeout(1500)
    await expectAudienceUnharmed()
  })

  it('holds back a mistyped citation and a misspelt component as well', async () => {
    edit(good.replace('[@embassy-2020]', '[@embasy-2020]').replace('<TreatyArticle id="article-5" />', '<TreatyArtcle id="article-5" />'))
    await expect.poll(() => problems().innerText(), { timeout: 60_000 }).toContain('Citation [@embasy-2020] names no source')
    expect(await problems().innerText()).toContain('Unknown component <TreatyArtcle> on slide 7 (Article V)')
    await audience.waitForTimeout(1500)
    await expectAudienceUnharmed()
  })

  it('brings back the fixed deck without a reload, and takes the next good edit', async () => {
    edit(good)
    await problems().waitFor({ state: 'detached', timeout: 60_000 })
    await expectAudienceUnharmed()
    edit(good.replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-6" />'))
    await withServerOutput(expect.poll(() => audience.locator('.slidev-page-7 blockquote').innerText(), { timeout: 60_000 }).toContain('Article VI'))
    expect(await audience.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(true)
    expect(audienceErrors).toEqual([])
  })

  it('shows the last of two quick saves, never the one before it', async () => {
    // Two saves a moment apart (an editor's autosave, a second Ctrl+S): the older text must not come
    // back on the projector. The race this guards (node/vite/deck-check.ts) shows at 100 to 150 ms.
    for (const [n, ms] of [0, 50, 100, 100, 150, 150, 200, 300].entries()) {
      const saved = (mark: string): string => good.replace('<TreatyArticle id="article-5" />', `<TreatyArticle id="article-5" />\n\n${mark} ${n}.`)
      edit(saved('First save'))
      await new Promise(done => setTimeout(done, ms))
      edit(saved('Second save'))
      await withServerOutput(expect.poll(() => audience.locator('.slidev-page-7').innerText(), { timeout: 15_000, message: `saves ${ms} ms apart` }).toContain(`Second save ${n}.`))
    }
    expect(await audience.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(true)
    expect(audienceErrors).toEqual([])
  })

  it('checks a save that came too soon after the one before for the file watcher to report it', async () => {
    // Vite's watcher drops a change within 50 ms of the one before, while Slidev is still reading the
    // first save: the second, a typo, is written as soon as the dev server says it read the first.
    const printed = server.output().length
    edit(good.replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-5" />\n\nEarly save.'))
    await expect.poll(() => server.output().slice(printed).includes('Early save.'), { interval: 1, timeout: 10_000 }).toBe(true)
    edit(good.replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-V" />'))
    await withServerOutput(expect.poll(() => problems().count(), { timeout: 15_000 }).toBe(1))
    expect(await problems().innerText()).toContain('Unknown treaty article "article-V"')
    await withServerOutput(expect.poll(() => audience.locator('.slidev-page-7').innerText(), { timeout: 15_000 }).toContain('Early save.'))
    await audience.waitForTimeout(1500)
    await expectAudienceUnharmed()
    expect(audienceErrors).toEqual([])
    edit(good)
    await problems().waitFor({ state: 'detached', timeout: 60_000 })
  })
})
