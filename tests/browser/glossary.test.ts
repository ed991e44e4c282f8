// The glossary in the built reader edition, with JavaScript off: a tap on a term in a slide leads to its
// entry, and each entry gives its Japanese and Chinese marked with their language, or says none was read.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { OpenDeck } from './harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { glossary, GLOSSARY_PAGE } from '../../data/glossary'
import { openDeck, showSlide } from './harness'
import { axeViolations, describeViolations, outsideRequests } from './site-kit'

let site: OpenDeck
let context: BrowserContext
let page: Page

beforeAll(async () => {
  site = await openDeck({ base: '/lecture/' })
  context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, hasTouch: true })
  page = await context.newPage()
  await page.goto(`${site.server.url}reader/`)
})

afterAll(async () => {
  await context?.close()
  await site?.close()
})

describe('the reader edition\'s glossary', () => {
  it('has an entry for every term, each with its Japanese and Chinese in their language or "not read"', async () => {
    expect(await page.locator('#glossary dt').count()).toBe(glossary.length)
    for (const term of glossary.filter(t => t.ja || t.zh)) {
      const entry = page.locator(`#term-${term.id} + dd`)
      // Read as a reader reads it, on screen: off it, the glossary is not laid out (app/edition/edition.css).
      await entry.scrollIntoViewIfNeeded()
      if (term.ja)
        await expect.poll(() => entry.locator('.rendered[lang="ja"]').innerText(), { message: term.id }).toBe(term.ja.text)
      if (term.zh)
        await expect.poll(() => entry.locator('.rendered[lang="zh-Hans"]').innerText(), { message: term.id }).toBe(term.zh.text)
    }
    expect(await page.locator('#term-extended-deterrence + dd .not-read').count()).toBe(2)
  })

  it('leads from a tap on a term in a slide to its entry', async () => {
    const term = page.locator('#slide-4 a.term', { hasText: 'Self Defense Forces' })
    await term.tap()
    await page.waitForURL(/#term-sdf$/)
    expect(await page.locator('#term-sdf').isVisible()).toBe(true)
    const box = await page.locator('#term-sdf').boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeLessThan(844)
  })

  it('is a page of its own in the site, reached from the cover and the edition, with nothing from other hosts and no accessibility violation', async () => {
    const requests: string[] = []
    const own = await site.browser.newContext()
    try {
      const glossaryPage = await own.newPage()
      glossaryPage.on('request', request => requests.push(request.url()))
      await glossaryPage.goto(`${site.server.url}reader/${GLOSSARY_PAGE}`)
      expect(await glossaryPage.locator('#glossary dt').count()).toBe(glossary.length)
      expect(await glossaryPage.locator('h1').count()).toBe(1)
      expect(outsideRequests(requests, site.server.url)).toEqual([])
      expect(describeViolations(await axeViolations(glossaryPage))).toEqual([])
      expect(await page.locator(`header a[href="${GLOSSARY_PAGE}"]`).count()).toBe(1)
      await showSlide(site, 1)
      expect(await site.page.locator(`.study-links a[href="reader/${GLOSSARY_PAGE}"]`).count()).toBe(1)
    }
    finally {
      await own.close()
    }
  })
})
