// `npm run build -- --site-url <address>`: the cover and the last slide show a QR code to the reader
// edition at that address, with the address written out; the code is decoded here from a screenshot
// (jsQR), as a phone's camera would read it. Without --site-url (the build in dist/) there is none.
import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../../node/serve'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import jsQR from 'jsqr'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../../node/browser'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { serveStatic } from '../../node/serve'
import { CANVAS } from './harness'

const SITE_URL = 'https://lectures.example.org/japan-us-alliance'
const EDITION = `${SITE_URL}/reader/`
const deck = await readDeck()
const tmp = mkdtempSync(join(tmpdir(), 'lecture-qr-'))
const out = join(tmp, 'site')
let browser: Browser
let page: Page
let servers: StaticServer[] = []

beforeAll(async () => {
  // The site alone: the PDFs are not needed here (no browser for the build).
  await promisify(execFile)(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--out', out, '--exports', join(tmp, 'exports'), '--site-url', SITE_URL], {
    cwd: ROOT,
    env: { ...process.env, CHROMIUM_PATH: join(tmp, 'no-such-browser') },
  })
  servers = [await serveStatic(out), await serveStatic(resolve(ROOT, 'dist'))]
  browser = await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
  page = await browser.newPage({ viewport: CANVAS })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map(server => server.close()))
  rmSync(tmp, { recursive: true, force: true })
})

async function show(server: StaticServer, no: number): Promise<void> {
  await page.goto(`${server.url}#/${no}?clicks=999`)
  await page.waitForSelector(`.slidev-page-${no}`, { state: 'visible' })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(300)
}

/** What a camera would read: the slide as a screenshot, its pixels handed to jsQR. */
async function decodeScreenshot(): Promise<string | null> {
  const png = (await page.screenshot()).toString('base64')
  const pixels = await page.evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { data: rgba, width, height } = context.getImageData(0, 0, image.width, image.height)
    return { rgba: Array.from(rgba), width, height }
  }, png)
  return jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data ?? null
}

describe('the QR code to the published site', () => {
  for (const no of [1, deck.slides.length]) {
    it(`on slide ${no}, decodes from a screenshot to the reader edition's address, written out beside it`, async () => {
      await show(servers[0]!, no)
      expect(await decodeScreenshot()).toBe(EDITION)
      const aside = page.locator(`.slidev-page-${no} .site-qr`)
      await expect.poll(() => aside.textContent()).toContain(EDITION)
      expect(await aside.locator('a').getAttribute('href')).toBe(EDITION)
      expect(await aside.locator('svg').getAttribute('aria-label')).toContain(EDITION)
      // The written address wraps only after a "/" or a ".", never inside a word.
      const breaksAfter = await aside.locator('a').evaluate((link) => {
        const after: string[] = []
        let previous: { char: string, top: number } | undefined
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange()
            range.setStart(node, i)
            range.setEnd(node, i + 1)
            const top = range.getBoundingClientRect().top
            if (previous && top > previous.top + 2)
              after.push(previous.char)
            previous = { char: node.textContent![i]!, top }
          }
        }
        return after
      })
      expect(breaksAfter.length).toBeGreaterThan(0)
      expect(breaksAfter.filter(char => char !== '/' && char !== '.')).toEqual([])
    })
  }

  it('is on no other slide', async () => {
    for (const no of [2, deck.slides.length - 1]) {
      await show(servers[0]!, no)
      expect(await page.locator(`.slidev-page-${no} .site-qr`).count(), `slide ${no}`).toBe(0)
      expect(await decodeScreenshot(), `slide ${no}`).toBeNull()
    }
  })

  it('is drawn at build time: the client carries the SVG, not a QR library', () => {
    const scripts = readdirSync(join(out, 'assets')).filter(name => name.endsWith('.js')).map(name => readFileSync(join(out, 'assets', name), 'utf8')).join('\n')
    expect(scripts).toContain(EDITION)
    expect(scripts).not.toContain('to be stored in a QR Code')
  })

  it('is not there without --site-url', async () => {
    await show(servers[1]!, 1)
    expect(await page.locator('.site-qr').count()).toBe(0)
    expect(await decodeScreenshot()).toBeNull()
  })
})

describe('--site-url', () => {
  it('refuses an address that is not http(s), with one line, before building', async () => {
    const result = await promisify(execFile)(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--out', join(tmp, 'never'), '--site-url', 'ftp://example.org/'], { cwd: ROOT }).catch((error: { code: number, stderr: string }) => error)
    expect('code' in result && result.code).toBe(1)
    expect((result as { stderr: string }).stderr.trim()).toMatch(/^--site-url "ftp:\/\/example\.org\/" must start with https:\/\//)
  })
})
