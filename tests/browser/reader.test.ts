// The reader view: the whole lecture on one page, each slide followed by the editors' context (labelled
// as theirs, never the presenter's cues), citations that lead to the references, contents by section,
// reachable from the deck, and deep links to a slide on the page that survive a reload.
import type { Deck } from '../../app/node/deck'
import type { OpenDeck } from './harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../app/node/deck'
import { sections } from '../../data/lecture'
import { CITATION, CONTEXT_LABEL, noteBlocks } from '../../data/notes'
import { openDeck, showSlide } from './harness'
import { noteLines, openReader, outsideRequests, squash } from './site-kit'

let deck: Deck
let site: OpenDeck
let articles: Array<{ label: string, heading: string, slideText: string, notes: string }>

beforeAll(async () => {
  deck = await readDeck()
  site = await openDeck({ base: '/lecture/' })
  await site.page.setViewportSize({ width: 1280, height: 900 })
  await openReader(site.page, site.server.url)
  articles = await site.page.locator('article.reader-slide').evaluateAll(nodes => nodes.map(node => ({
    label: node.getAttribute('aria-label') ?? '',
    heading: (node.querySelector('.slidev-layout h1') as HTMLElement | null)?.innerText ?? '',
    slideText: (node.querySelector('.slidev-layout') as HTMLElement | null)?.innerText ?? '',
    notes: (node.querySelector('.reader-notes-text') as HTMLElement | null)?.innerText ?? '',
  })))
})

afterAll(async () => {
  await site?.close()
})

describe('the reader view', () => {
  it('shows every slide, in order, rendered with its title as heading', () => {
    expect(articles).toHaveLength(deck.slides.length)
    for (const slide of deck.slides) {
      const article = articles[slide.no - 1]!
      expect(article.label).toBe(`Slide ${slide.no}: ${slide.title}`)
      expect(squash(article.heading)).toBe(slide.title)
      expect(article.slideText.length, `slide ${slide.no} rendered`).toBeGreaterThan(0)
    }
  })

  it('follows each slide with all of its context, and none of the presenter\'s cues', () => {
    let shown = 0
    for (const slide of deck.slides) {
      const notes = squash(articles[slide.no - 1]!.notes)
      for (const block of noteBlocks(slide.note ?? '')) {
        // The text between citations, which the page shows as numbers.
        const pieces = block.markdown.split(CITATION).filter((_, i) => i % 3 === 0).flatMap(noteLines).map(squash).filter(p => p.length > 3)
        for (const piece of pieces) {
          if (block.kind === 'context')
            expect(notes, `slide ${slide.no}`).toContain(piece)
          else
            expect(notes, `slide ${slide.no} shows a presenter cue`).not.toContain(piece)
        }
        shown += block.kind === 'context' ? 1 : 0
      }
    }
    expect(shown).toBeGreaterThan(15)
  })

  it('labels the context as the editors\', and calls nothing the lecturer\'s notes', async () => {
    const labels = await site.page.locator('.reader-notes-label').allInnerTexts()
    expect(labels.length).toBe(articles.filter(a => a.notes).length)
    for (const label of labels)
      expect(squash(label).toLowerCase()).toBe(squash(CONTEXT_LABEL).toLowerCase())
    const page = squash(await site.page.locator('body').innerText())
    expect(page).not.toMatch(/lecturer's notes|speaker notes/i)
    expect(page).not.toMatch(/\b(?:timer|yellow label)\b/i)
  })

  it('links every citation to a reference that names the source and its address', async () => {
    const cites = await site.page.locator('.reader-notes-text a.cite').evaluateAll(nodes => nodes.map(a => a.getAttribute('href') ?? ''))
    expect(cites.length).toBeGreaterThan(20)
    const numbers = [...new Set(cites.map(href => Number(/^#\/reader\?ref=(\d+)$/.exec(href)?.[1])))]
    expect(numbers.every(Number.isInteger)).toBe(true)
    for (const n of numbers)
      await expect.poll(() => site.page.locator(`#reader-ref-${n} a[href^="https://"]`).count(), { message: `reference ${n}` }).toBe(1)
    await site.page.locator('.reader-notes-text a.cite').first().click()
    await expect.poll(() => site.page.evaluate(() => document.activeElement?.id)).toBe(`reader-ref-${numbers[0]}`)
  })

  it('shows every slide at its final click state', async () => {
    const hidden = await site.page.locator('article.reader-slide .slidev-vclick-hidden').count()
    expect(hidden).toBe(0)
  })

  it('has contents by section that link to every slide', async () => {
    const toc = site.page.getByRole('navigation', { name: 'Contents' })
    for (const section of sections)
      await expect.poll(() => toc.getByText(`${section.number} · ${section.title}`, { exact: true }).count()).toBe(1)
    const links = await toc.locator('a').evaluateAll(nodes => nodes.map(a => a.getAttribute('href')))
    expect(links).toEqual(deck.slides.map(slide => `#/reader?slide=${slide.no}`))
  })

  it('opens at a slide from its address, also after a reload', async () => {
    const no = deck.slides.length - 2
    await openReader(site.page, site.server.url, `?slide=${no}`)
    await site.page.reload()
    await site.page.waitForSelector('main[aria-busy="false"]')
    const article = site.page.locator(`#reader-slide-${no}`)
    await expect.poll(() => article.evaluate(node => document.activeElement === node)).toBe(true)
    const top = await article.evaluate(node => node.getBoundingClientRect().top)
    expect(Math.abs(top)).toBeLessThan(40)
  })

  it('moves to a slide from the contents with the keyboard', async () => {
    await openReader(site.page, site.server.url)
    const target = deck.slides[5]!
    const link = site.page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: target.title }).first()
    await link.focus()
    await site.page.keyboard.press('Enter')
    await expect.poll(() => site.page.evaluate(() => document.activeElement?.id)).toBe(`reader-slide-${target.no}`)
    expect(new URL(site.page.url()).hash).toBe(`#/reader?slide=${target.no}`)
  })

  it('is reachable from the deck', async () => {
    await showSlide(site, 1)
    await site.page.getByRole('link', { name: 'Reader view with context' }).click()
    await site.page.waitForSelector('main[aria-busy="false"]')
    expect(new URL(site.page.url()).hash).toBe('#/reader')
  })

  it('fits the window without sideways scrolling, on a phone too', async () => {
    for (const width of [1280, 400]) {
      await site.page.setViewportSize({ width, height: 900 })
      await openReader(site.page, site.server.url)
      const overflow = await site.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `${width} px wide`).toBeLessThanOrEqual(0)
      const frames = await site.page.locator('.reader-slide-frame').evaluateAll(nodes => nodes.map(node => node.getBoundingClientRect().right))
      expect(Math.max(...frames), `${width} px wide`).toBeLessThanOrEqual(width)
    }
    await site.page.setViewportSize({ width: 1280, height: 900 })
  })

  it('requests nothing from elsewhere and logs no problems', () => {
    expect(outsideRequests(site.requests, site.server.url)).toEqual([])
    expect(site.problems).toEqual([])
  })
})
