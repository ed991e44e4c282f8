// Following live: `npm run dev -- --remote <password>` (Slidev's own remote mode). The test starts the
// dev server bound to 127.0.0.1 (it talks to nothing else), opens the presenter view and, at phone
// size, the audience's page; the presenter advances, and the audience's page follows to the slide and
// the click. At that size nothing of the app's own (search button, reader link) covers the slide.
// The server is stopped by the test, with its whole process group. The audience's address is printed
// without the password, and neither the audience's page nor its address shows the password.
import type { Browser, Locator, Page } from 'playwright-chromium'
import type { DevServer } from './dev-server'
import { resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser, launchArgs, VIEWING_BROWSERS } from '../../node/browser'
import { PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { startDevServer } from './dev-server'

const PASSWORD = 'hall-2009'
const PHONE = { width: 390, height: 844 }
let server: DevServer
let base: string
let browser: Browser
let presenter: Page
let audience: Page

beforeAll(async () => {
  server = await startDevServer({ args: ['--remote', PASSWORD] })
  base = server.base
  browser = await chromium.launch({ executablePath: (await findBrowser(process.env, VIEWING_BROWSERS)).path, args: launchArgs() })
  presenter = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
  // Slidev lets a viewer on localhost or 127.0.0.1 send its own slide back to the presenter; a phone in
  // the hall reaches the laptop by its LAN address and only follows. The test's phone is on 127.0.0.1,
  // so it is set to follow only, as Slidev's own sync setting does, or its echo of a slide it has just
  // left would now and then move the presenter back.
  await phone.addInitScript(() => localStorage.setItem('slidev-sync-directions', JSON.stringify({ viewerSend: false, viewerReceive: true, presenterSend: true, presenterReceive: true })))
  audience = await phone.newPage()
  for (const page of [presenter, audience]) {
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
        throw new Error(`request outside the dev server: ${request.url()}`)
    })
  }
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Revealed items of the agenda (slide 2) in `within`. */
function shownAgendaItems(within: Page | Locator): Promise<number> {
  return within.locator('.slidev-page-2 .section-agenda > li:not(.slidev-vclick-hidden)').count()
}

describe('following the presenter live (--remote)', () => {
  it('prints the audience\'s address, without the password', async () => {
    await expect.poll(() => server.output(), { timeout: 15_000 }).toContain('Audience (phones on the hall\'s network):')
    const lines = server.output().split('\n').filter(line => line.includes('Audience'))
    expect(lines).toEqual([`  Audience (phones on the hall's network): ${base}/`])
  })

  it('guards the presenter view with the password', async () => {
    const page = await browser.newPage()
    page.on('dialog', dialog => dialog.dismiss())
    await page.goto(`${base}/#/presenter/1`)
    await page.waitForTimeout(1500)
    expect(await page.locator('.slidev-presenter').count()).toBe(0)
    await page.close()
  })

  it('the audience\'s phone follows the presenter\'s slide and click', async () => {
    await presenter.goto(`${base}/#/presenter/1?password=${PASSWORD}`)
    await presenter.waitForSelector('.slidev-presenter .slidev-page-1', { timeout: 60_000 })
    await audience.goto(`${base}/#/1`)
    await audience.waitForSelector('.slidev-page-1', { state: 'visible', timeout: 60_000 })

    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => audience.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/^#\/2\b/)
    await audience.waitForSelector('.slidev-page-2 .section-agenda', { state: 'visible' })
    expect(await shownAgendaItems(audience)).toBe(0)
    // The dev server compiles a slide when it is first shown: a key pressed before the presenter's copy
    // has rendered and its transition ended would be lost.
    await presenter.waitForSelector('.slidev-presenter .slidev-page-2 .section-agenda', { state: 'visible' })
    await presenter.waitForTimeout(1000)

    // The presenter's own address shows that it took the key (under load the dev server's presenter
    // view now and then drops the first key on a freshly compiled slide; it is pressed again only
    // then, so no click is skipped); the audience's page must then follow.
    for (const [key, shown] of [['ArrowRight', 1], ['ArrowRight', 2], ['ArrowLeft', 1]] as const) {
      for (let attempt = 0; attempt < 3 && !(await presenter.evaluate(() => location.hash)).includes(`clicks=${shown}`); attempt++) {
        await presenter.keyboard.press(key)
        await presenter.waitForFunction(n => location.hash.includes(`clicks=${n}`), shown, { timeout: 3000 }).catch(() => undefined)
      }
      expect(await presenter.evaluate(() => location.hash)).toContain(`clicks=${shown}`)
      await expect.poll(() => shownAgendaItems(audience), { timeout: 15_000 }).toBe(shown)
      await presenter.waitForTimeout(500)
    }
    expect(await audience.locator('body').innerText()).not.toContain(PASSWORD)
    expect(audience.url()).not.toContain(PASSWORD)
    await audience.screenshot({ path: resolve(ROOT, 'test-results', 'remote-audience-390x844.png') })
  })

  it('at phone size, nothing of the app\'s own covers the slide', async () => {
    const slide = await audience.locator('#slide-content').boundingBox()
    expect(slide).not.toBeNull()
    expect(slide!.width).toBeLessThanOrEqual(PHONE.width + 0.5)
    // The app's own controls, wherever they show: the search button, the reader link, the navigation
    // bar (what the slide itself holds, such as the cover's study links, is the slide).
    const controls = await audience.evaluate(() => [...document.querySelectorAll<HTMLElement>('button[title^="Search"], a[title^="Reader edition"], .slidev-nav, #slide-container nav')]
      .filter(element => !element.closest('#slide-content'))
      .map((element) => {
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0
        return { what: element.title || element.className || element.tagName, visible, x: box.x, y: box.y, w: box.width, h: box.height }
      }))
    expect(controls.length).toBeGreaterThan(0)
    const covering = controls.filter(c => c.visible
      && c.x < slide!.x + slide!.width && c.x + c.w > slide!.x
      && c.y < slide!.y + slide!.height && c.y + c.h > slide!.y)
    expect(covering).toEqual([])
  })
})
