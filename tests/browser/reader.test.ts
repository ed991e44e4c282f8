// The reader edition (dist/reader/): the whole lecture as plain HTML, read here with JavaScript off, on a
// phone's width and a desktop's, as a student would meet it; and the ways between it and the deck.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { Deck } from '../../node/deck/deck'
import type { OpenDeck } from './harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { byId } from '../../data/ids'
import { sections } from '../../data/lecture'
import { CITATION, CONTEXT_LABEL, noteBlocks } from '../../data/notes'
import { readDeck } from '../../node/deck/deck'
import { openDeck, showSlide } from './harness'
import { axeViolations, describeViolations, noteLines, outsideRequests, sourceLines, squash } from './site-kit'

let deck: Deck
let site: OpenDeck
let context: BrowserContext
let page: Page
let lecture: string
const requests: string[] = []

async function openEdition(width: number, hash = ''): Promise<void> {
  await page.setViewportSize({ width, height: 900 })
  await page.goto(`${site.server.url}reader/${hash}`)
  await page.evaluate(() => document.fonts.ready)
}

beforeAll(async () => {
  deck = await readDeck()
  site = await openDeck({ base: '/lecture/' })
  context = await site.browser.newContext({ javaScriptEnabled: false })
  page = await context.newPage()
  page.on('request', request => requests.push(request.url()))
  await openEdition(1280)
  lecture = squash(await page.locator('main').innerText())
})

afterAll(async () => {
  await context?.close()
  await site?.close()
})

describe('the reader edition, with JavaScript off', () => {
  it('has every heading, bullet, article and objective of the lecture, word for word', () => {
    const missing = sourceLines().map(squash).filter(line => !lecture.includes(line))
    expect(missing).toEqual([])
  })

  it('has every slide as a section with its title as heading, in order', async () => {
    const headings = await page.locator('article.slide > h3').allInnerTexts()
    // A divider's heading carries its section's number, as the lecture writes it: "2 Japan-US Security Treaty".
    expect(headings.map(squash)).toEqual(deck.slides.map(slide => squash(slide.opens ? `${byId(sections, slide.opens).number} ${slide.title}` : slide.title)))
    expect(await page.locator('h1').allInnerTexts()).toHaveLength(1)
  })

  it('has all of the editors\' context, labelled as theirs, and none of the presenter\'s cues', async () => {
    for (const slide of deck.slides) {
      const aside = page.locator(`#slide-${slide.no} .context`)
      const shown = await aside.count() ? squash(await aside.innerText()) : ''
      for (const block of noteBlocks(slide.note)) {
        const pieces = block.markdown.split(CITATION).filter((_, i) => i % 3 === 0).flatMap(noteLines).map(squash).filter(p => p.length > 3)
        for (const piece of pieces) {
          if (block.kind === 'context')
            expect(shown, `slide ${slide.no}`).toContain(piece)
          else
            expect(shown, `slide ${slide.no} shows a cue`).not.toContain(piece)
        }
      }
    }
    const labels = await page.locator('.context-label').allInnerTexts()
    expect(labels.length).toBeGreaterThan(15)
    expect(new Set(labels.map(squash))).toEqual(new Set([squash(CONTEXT_LABEL)]))
  })

  it('resolves every citation to a reference with its address', async () => {
    const cites = await page.locator('a.cite').evaluateAll(links => links.map(a => a.getAttribute('href') ?? ''))
    expect(cites.length).toBeGreaterThan(20)
    for (const href of new Set(cites)) {
      expect(href).toMatch(/^#ref-\d+$/)
      expect(await page.locator(`${href} a[href^="https://"]`).count(), href).toBe(1)
    }
  })

  it('opens at a slide from its address', async () => {
    await openEdition(390, '#slide-7')
    const top = await page.locator('#slide-7').evaluate(node => node.getBoundingClientRect().top)
    expect(Math.abs(top)).toBeLessThan(40)
  })

  it('reflows to a phone\'s width without sideways scrolling, text at 16 px or more', async () => {
    for (const width of [320, 390, 1280]) {
      await openEdition(width)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0)
      const smallest = await page.evaluate(() => {
        const sizes: number[] = []
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!
          if (node.textContent?.trim() && element.getClientRects().length > 0)
            sizes.push(Number.parseFloat(getComputedStyle(element).fontSize))
        }
        return Math.min(...sizes)
      })
      expect(smallest, `${width} px`).toBeGreaterThanOrEqual(16)
    }
  })

  it('finds no accessibility violation at 390 and 1280 px (axe-core, which needs JavaScript itself)', async () => {
    for (const width of [390, 1280]) {
      await site.page.setViewportSize({ width, height: 900 })
      await site.page.goto(`${site.server.url}reader/`)
      expect(describeViolations(await axeViolations(site.page)), `${width} px`).toEqual([])
    }
    await site.page.setViewportSize({ width: 980, height: 552 })
  })

  it('fetches the fonts of the references and the glossary (the CJK parts) only when they come into view', async () => {
    const fresh = await context.newPage()
    const fonts: string[] = []
    fresh.on('request', request => request.resourceType() === 'font' && fonts.push(new URL(request.url()).pathname.split('/').pop()!))
    await fresh.setViewportSize({ width: 390, height: 844 })
    await fresh.goto(`${site.server.url}reader/`)
    await fresh.evaluate(() => document.fonts.ready)
    expect(fonts.filter(file => file.startsWith('noto-sans'))).toEqual([])
    await fresh.goto(`${site.server.url}reader/#glossary`)
    await expect.poll(() => fonts.filter(file => file.startsWith('noto-sans')).length).toBeGreaterThan(0)
    await fresh.close()
  })

  it('sends no markup of the server renderer: no comments, no style scope attributes', async () => {
    const response = await page.request.get(`${site.server.url}reader/`)
    expect(await response.text()).not.toMatch(/<!--|data-v-/)
  })

  it('requests nothing from elsewhere', () => {
    expect(requests.length).toBeGreaterThan(1)
    expect(outsideRequests(requests, site.server.url)).toEqual([])
  })
})

describe('between the edition and the deck', () => {
  it('links each slide to the same slide in the deck', async () => {
    await openEdition(1280)
    const links = await page.locator('.to-deck a').evaluateAll(nodes => nodes.map(a => (a as HTMLAnchorElement).href))
    expect(links).toEqual(deck.slides.map(slide => `${site.server.url}#/${slide.no}`))
    await showSlide(site, 1)
    await site.page.goto(links[6]!)
    await site.page.waitForSelector('.slidev-page-7', { state: 'visible' })
  })

  it('is opened from the cover, the navigation bar and the old #/reader address', async () => {
    await showSlide(site, 1)
    await site.page.getByRole('link', { name: 'Reader edition, with context' }).focus()
    await site.page.keyboard.press('Enter')
    await site.page.waitForURL(/\/reader\/$/)
    await showSlide(site, 4)
    expect(await site.page.locator('a[href="reader/"][title^="Reader edition"]').count()).toBe(1)
    await site.page.goto(`${site.server.url}#/reader?slide=7`)
    await site.page.waitForURL(/\/reader\/#slide-7$/)
  })
})
