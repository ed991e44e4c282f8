// WCAG 2.2 AA as axe-core checks it in real Chromium (every rule axe runs by default, best practices
// included): every slide at its final click state, Slidev's own controls while on screen, the search
// dialog (the reader edition is checked in reader.test.ts). Drawings are disabled in the headmatter, so no drawing layer lies over
// the slides.
import type { Deck } from '../../node/deck/deck'
import type { OpenDeck } from './harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../node/deck/deck'
import { openDeck, showSlide } from './harness'
import { axeViolations, describeViolations } from './site-kit'

let deck: Deck
let site: OpenDeck
const perSlide: Array<{ no: number, violations: string[] }> = []

beforeAll(async () => {
  deck = await readDeck()
  site = await openDeck({ base: '/lecture/' })
  for (const slide of deck.slides) {
    const no = slide.no
    await showSlide(site, no)
    perSlide.push({ no, violations: describeViolations(await axeViolations(site.page)) })
  }
})

afterAll(async () => {
  await site?.close()
})

describe('accessibility (axe-core)', () => {
  it('keeps drawings off, so that no drawing layer covers the slides', async () => {
    expect(deck.headmatter.drawings).toEqual({ enabled: false })
    await showSlide(site, 2)
    // Slidev's DrawingLayer is a full-size absolute <svg> in the slide content, loaded as its own chunk.
    expect(await site.page.locator('#slide-content svg.absolute.w-full.h-full').count()).toBe(0)
    expect(site.requests.filter(url => url.includes('DrawingLayer'))).toEqual([])
  })

  it('declares the page language', async () => {
    expect(await site.page.getAttribute('html', 'lang')).toBe('en')
  })

  it('finds no violation on any slide at its final click state', () => {
    expect(perSlide).toHaveLength(deck.slides.length)
    expect(perSlide.filter(slide => slide.violations.length)).toEqual([])
  })

  it('finds no violation with Slidev\'s navigation bar on screen', async () => {
    await showSlide(site, 5)
    await site.page.locator('button[title="Go to next slide"]').focus()
    // The bar fades in; on a busy machine that takes longer than the transition says.
    await expect.poll(() => site.page.locator('nav:has(button[title="Go to next slide"])').evaluate(nav => getComputedStyle(nav.parentElement!).opacity)).toBe('1')
    expect(describeViolations(await axeViolations(site.page))).toEqual([])
  })

  it('finds no violation in the search dialog with results', async () => {
    await showSlide(site, 2)
    await site.page.keyboard.press('/')
    const dialog = site.page.getByRole('dialog', { name: 'Search the lecture' })
    await dialog.waitFor()
    await site.page.keyboard.type('treaty')
    await dialog.locator('.search-hit').first().waitFor()
    expect(describeViolations(await axeViolations(site.page))).toEqual([])
    await site.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('finds no violation in Slidev\'s go-to dialog and overview', async () => {
    await showSlide(site, 3)
    await site.page.keyboard.press('g')
    await site.page.locator('#slidev-goto-dialog input').waitFor()
    expect(describeViolations(await axeViolations(site.page))).toEqual([])
    await site.page.keyboard.press('Escape')
    await site.page.locator('body').click({ position: { x: 5, y: 5 } })
    await site.page.keyboard.press('o')
    await site.page.waitForTimeout(600)
    expect(describeViolations(await axeViolations(site.page))).toEqual([])
  })
})
