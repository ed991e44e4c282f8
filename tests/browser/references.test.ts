// The references in the built site, with JavaScript off: the three files in downloads/ that the reader
// edition links to (the bytes the writer makes from the register), a COinS span on every entry of the
// edition's list for Zotero's browser connector, and the list in GB/T 7714-2015 behind a summary.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { OpenDeck } from './harness'
import { Buffer } from 'node:buffer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COINS_CLASS } from '../../app/edition/references'
import { referenceFileTexts } from '../../node/references/files'
import { openDeck } from './harness'
import { squash } from './site-kit'

let site: OpenDeck
let context: BrowserContext
let page: Page

beforeAll(async () => {
  site = await openDeck({ base: '/lecture/' })
  context = await site.browser.newContext({ javaScriptEnabled: false })
  page = await context.newPage()
  await page.goto(`${site.server.url}reader/#references`)
})

afterAll(async () => {
  await context?.close()
  await site?.close()
})

describe('the references in the built site', () => {
  it('links the three files from the reader edition, and serves what the writer makes from the register', async () => {
    const links = page.locator('#references .reference-formats a[download]')
    const hrefs = await links.evaluateAll(anchors => anchors.map(a => (a as HTMLAnchorElement).href))
    const expected = referenceFileTexts()
    expect(hrefs.map(href => href.split('/').slice(-2).join('/'))).toEqual(expected.map(({ file }) => `downloads/${file.file}`))
    for (const [index, href] of hrefs.entries()) {
      const response = await page.request.get(href)
      expect(response.status(), href).toBe(200)
      expect(Buffer.from(await response.body()).toString('utf8'), href).toBe(expected[index]!.text)
    }
  })

  it('gives every entry of the edition\'s list a COinS span with its title and address', async () => {
    const entries = await page.locator('#references > ol.references > li').evaluateAll((items, coins) => items.map(li => ({
      title: li.querySelector('cite')?.textContent ?? '',
      url: li.querySelector('a')?.getAttribute('href') ?? '',
      coins: li.querySelector(`span.${coins}`)?.getAttribute('title') ?? '',
    })), COINS_CLASS)
    expect(entries.length).toBeGreaterThan(20)
    for (const entry of entries) {
      const read = new Map(entry.coins.split('&').map(pair => pair.split('=').map(decodeURIComponent) as [string, string]))
      expect(read.get('rft.title'), entry.title).toBe(entry.title)
      expect(read.get('rft.identifier'), entry.title).toBe(entry.url)
    }
  })

  it('shows the list in GB/T 7714-2015 when its summary is opened, numbered as the edition\'s', async () => {
    const own = await page.locator('#references > ol.references > li .ref-n').allInnerTexts()
    const gbt = page.locator('#references details.gbt')
    expect(await gbt.locator('li').first().isVisible()).toBe(false)
    await gbt.locator('summary').click()
    expect(await gbt.locator('li').first().isVisible()).toBe(true)
    expect((await gbt.locator('li .ref-n').allInnerTexts()).map(squash)).toEqual(own.map(squash))
    expect(squash(await gbt.locator('li').first().innerText())).toMatch(/\[[A-Z]{1,2}\/OL\]\. .*https:\/\/\S+\.$/)
  })
})
