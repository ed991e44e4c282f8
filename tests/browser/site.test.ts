// The built site as a student gets it from a static host, here under the base path /lecture/: every
// slide opens from its own address and survives a reload, nothing is fetched from anywhere else, the
// console stays quiet, the keyboard works and shows where it is, and the PDFs are offered when built.
import type { Deck } from '../../node/deck/deck'
import type { OpenDeck } from './harness'
import { existsSync, statSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOWNLOADS } from '../../app/downloads/downloads'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { openDeck, showSlide } from './harness'
import { outsideRequests, squash } from './site-kit'

const BASE = '/lecture/'

let deck: Deck
let site: OpenDeck
const shown: Array<{ no: number, heading: string }> = []

beforeAll(async () => {
  deck = await readDeck()
  site = await openDeck({ base: BASE })
  for (const slide of deck.slides) {
    const no = slide.no
    await showSlide(site, no)
    shown.push({ no, heading: squash((await site.page.locator(`.slidev-page-${no} h1`).allInnerTexts()).join(' | ')) })
  }
})

afterAll(async () => {
  await site?.close()
})

describe('the static site under a base path', () => {
  it('is served under the base path', () => {
    expect(site.server.url).toMatch(new RegExp(`${BASE}$`))
  })

  it('shows every slide from its own address, with one heading naming it', () => {
    expect(shown).toHaveLength(deck.slides.length)
    for (const slide of deck.slides)
      expect(shown[slide.no - 1]?.heading, `slide ${slide.no}`).toBe(slide.title)
  })

  it('keeps the slide when the page is reloaded (deep link)', async () => {
    const no = Math.min(7, deck.slides.length)
    await site.page.goto(`${site.server.url}#/${no}`)
    await site.page.waitForSelector(`.slidev-page-${no}`, { state: 'visible' })
    await site.page.reload()
    await site.page.waitForSelector(`.slidev-page-${no}`, { state: 'visible' })
    expect(new URL(site.page.url()).hash).toBe(`#/${no}`)
    expect(new URL(site.page.url()).pathname).toBe(BASE)
  })

  it('opens section dividers by their route alias', async () => {
    const divider = deck.slides.find(slide => typeof slide.frontmatter.routeAlias === 'string')
    expect(divider, 'a slide with a routeAlias').toBeDefined()
    await site.page.goto(`${site.server.url}#/${divider!.frontmatter.routeAlias}`)
    await site.page.waitForSelector(`.slidev-page-${divider!.no}`, { state: 'visible' })
  })

  it('requests nothing from any other host or path', () => {
    expect(site.requests.length).toBeGreaterThan(0)
    expect(outsideRequests(site.requests, site.server.url)).toEqual([])
  })

  it('logs no console errors or warnings', () => {
    expect(site.problems).toEqual([])
  })
})

describe('keyboard', () => {
  it('moves between slides with the arrow keys', async () => {
    await showSlide(site, 2)
    await site.page.keyboard.press('ArrowDown')
    await site.page.waitForSelector('.slidev-page-3', { state: 'visible' })
    await site.page.keyboard.press('ArrowUp')
    await site.page.waitForSelector('.slidev-page-2', { state: 'visible' })
    expect(new URL(site.page.url()).hash).toMatch(/^#\/2/)
  })

  it('shows the navigation bar and a visible outline when the keyboard reaches it', async () => {
    await showSlide(site, 2)
    const next = site.page.locator('button[title="Go to next slide"]')
    await next.focus()
    await site.page.keyboard.press('Shift+Tab')
    await site.page.keyboard.press('Tab')
    await site.page.waitForTimeout(400)
    const focused = await site.page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      let opacity = 1
      for (let node: HTMLElement | null = element; node; node = node.parentElement)
        opacity *= Number(getComputedStyle(node).opacity)
      return { title: element.title, outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), opacity }
    })
    expect(focused.title).toBe('Go to next slide')
    expect(focused.outline).not.toBe('none')
    expect(focused.width).toBeGreaterThanOrEqual(2)
    expect(focused.opacity).toBe(1)
  })

  it('reaches the reader edition and the search from the navigation bar', async () => {
    await showSlide(site, 4)
    await expect.poll(() => site.page.locator('a[href="reader/"]').count()).toBeGreaterThan(0)
    await expect.poll(() => site.page.getByRole('button', { name: 'Search the slides and the editors’ context' }).count()).toBe(1)
  })
})

/** What each kind of download must be served as. */
const MEDIA_TYPES: Record<string, RegExp> = {
  '.pdf': /^application\/pdf$/,
  '.pptx': /^application\/vnd\.openxmlformats-officedocument\.presentationml\.presentation$/,
  '.html': /^text\/html\b/,
}

describe('downloads', () => {
  it('carries each file exported before the build, links to those it carries and to no other', async () => {
    await showSlide(site, 1)
    const builtAt = statSync(resolve(ROOT, 'dist', 'index.html')).mtimeMs
    for (const download of DOWNLOADS) {
      const exported = resolve(ROOT, 'exports', download.file)
      const carried = resolve(ROOT, 'dist', 'downloads', download.file)
      if (existsSync(exported) && statSync(exported).mtimeMs < builtAt)
        expect(existsSync(carried), `${download.file} was exported before the build`).toBe(true)
      const links = site.page.locator(`.slidev-page-1 a[href="downloads/${download.file}"]`)
      expect(await links.count(), download.file).toBe(existsSync(carried) ? 1 : 0)
      if (existsSync(carried)) {
        const response = await site.page.request.get(`${site.server.url}downloads/${download.file}`)
        expect(response.headers()['content-type'], download.file).toMatch(MEDIA_TYPES[extname(download.file)]!)
        expect((await response.body()).length).toBe(statSync(carried).size)
      }
    }
  })
})

describe('the cover\'s links, the students\' doors into the site', () => {
  const SIZES = [[1024, 768], [1280, 720], [1280, 800], [1366, 768], [1440, 900], [1536, 864], [1920, 1080]] as const

  it('stay under the pointer at every common laptop size (Slidev\'s navigation bar comes up in the bottom left corner)', async () => {
    const covered: string[] = []
    for (const [width, height] of SIZES) {
      const page = await site.browser.newPage({ viewport: { width, height } })
      await page.goto(`${site.server.url}#/1`)
      const links = page.locator('.study-links a, .study-links button')
      await links.first().waitFor()
      for (let i = 0; i < await links.count(); i++) {
        const box = (await links.nth(i).boundingBox())!
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
        await page.mouse.move(x, y)
        // The navigation bar fades in over 0.3 s.
        await page.waitForTimeout(350)
        const hit = await page.evaluate(([x, y, i]) => document.querySelectorAll('.study-links a, .study-links button')[i]!.contains(document.elementFromPoint(x, y)), [x, y, i] as const)
        if (!hit)
          covered.push(`${width} x ${height}: ${await links.nth(i).innerText()}`)
      }
      await page.close()
    }
    expect(covered).toEqual([])
  })

  it('open the reader edition with a click', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(`${site.server.url}#/1`)
    await page.getByRole('link', { name: 'Reader edition, with context' }).click()
    await page.waitForURL(/\/reader\/$/)
    expect(await page.locator('h1').first().innerText()).toContain('The Development of The Japan-US Alliance')
    await page.close()
  })
})
