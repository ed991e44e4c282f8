// Search over the slides and the editors' context, in the deck (the `/` dialog), a hit in the context
// opening the reader edition there;
// never over the presenter's cues. The phrases are chosen at test time from the parsed notes and the
// rendered slides, so the test holds when the notes change.
import type { Deck } from '../../node/deck/deck'
import type { OpenDeck } from './harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../node/deck/deck'
import { openDeck, showSlide } from './harness'
import { noteKindLines, outsideRequests, squash } from './site-kit'

let deck: Deck
let site: OpenDeck
let noteOnly: { no: number, phrase: string }
let slideOnly: { no: number, phrase: string }
let cueOnly: { no: number, phrase: string }

const WORD = /^[a-z]{4,}$/i

/** Runs of `size` plain words (letters only) from `text`, in order. */
function phrases(text: string, size: number): string[] {
  const words = squash(text).split(' ')
  const runs: string[] = []
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size)
    if (run.every(word => WORD.test(word)))
      runs.push(run.join(' '))
  }
  return runs
}

beforeAll(async () => {
  deck = await readDeck()
  site = await openDeck({ base: '/lecture/' })
  const slideTexts: string[] = []
  for (const slide of deck.slides) {
    await showSlide(site, slide.no)
    slideTexts.push(squash(await site.page.locator(`.slidev-page-${slide.no} .slidev-layout`).innerText()).toLowerCase())
  }
  const noteTexts = deck.slides.map(slide => noteKindLines(slide.note ?? '', 'context').join(' ').toLowerCase())
  const cueTexts = deck.slides.map(slide => noteKindLines(slide.note ?? '', 'cue').join(' ').toLowerCase())
  // The search matches a place that holds every word of the query: count places the same way.
  const placesWith = (phrase: string, texts: string[]): number =>
    texts.filter(text => phrase.toLowerCase().split(' ').every(word => text.includes(word))).length

  const fromNotes = deck.slides.flatMap(slide => noteKindLines(slide.note ?? '', 'context')
    .flatMap(line => phrases(line, 3))
    .map(phrase => ({ no: slide.no, phrase })))
  noteOnly = fromNotes.find(({ phrase }) => placesWith(phrase, slideTexts) === 0 && placesWith(phrase, noteTexts) === 1)!
  const fromSlides = slideTexts.flatMap((text, index) => phrases(text, 2).map(phrase => ({ no: index + 1, phrase })))
  slideOnly = fromSlides.find(({ phrase }) => placesWith(phrase, slideTexts) === 1 && placesWith(phrase, noteTexts) === 0)!
  const fromCues = deck.slides.flatMap(slide => noteKindLines(slide.note ?? '', 'cue').flatMap(line => phrases(line, 2)).map(phrase => ({ no: slide.no, phrase })))
  cueOnly = fromCues.find(({ phrase }) => placesWith(phrase, cueTexts) >= 1 && placesWith(phrase, slideTexts) === 0 && placesWith(phrase, noteTexts) === 0)!
})

afterAll(async () => {
  await site?.close()
})

describe('search', () => {
  it('has a phrase to look for on a slide, one only in the context, and one only in a presenter cue', () => {
    expect(noteOnly, 'a phrase found only in one slide\'s context').toBeDefined()
    expect(slideOnly, 'a phrase found only on one slide').toBeDefined()
    expect(cueOnly, 'a phrase found only in presenter cues').toBeDefined()
  })

  it('never finds what only a presenter cue says', async () => {
    await showSlide(site, 1)
    await site.page.keyboard.press('/')
    const dialog = site.page.getByRole('dialog', { name: 'Search the lecture' })
    await dialog.waitFor()
    await site.page.keyboard.type(noteOnly.phrase)
    await expect.poll(() => dialog.locator('.search-hit').count()).toBe(1)
    await dialog.getByRole('searchbox').fill(cueOnly.phrase)
    await expect.poll(() => dialog.getByText('Nothing found').count(), { message: `"${cueOnly.phrase}" (slide ${cueOnly.no})` }).toBe(1)
    expect(await dialog.locator('.search-hit').count()).toBe(0)
    await site.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('in the deck, finds a phrase only the context contains and opens it in the reader edition', async () => {
    await showSlide(site, 1)
    await site.page.keyboard.press('/')
    const dialog = site.page.getByRole('dialog', { name: 'Search the lecture' })
    await dialog.waitFor()
    await expect.poll(() => site.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search')
    await site.page.keyboard.type(noteOnly.phrase)
    const hits = dialog.locator('.search-hit')
    await expect.poll(() => hits.count()).toBe(1)
    expect(await hits.first().innerText()).toContain(`Slide ${noteOnly.no} · in the editors’ context`)
    await site.page.keyboard.press('Enter')
    await site.page.waitForURL(new RegExp(`/reader/#slide-${noteOnly.no}$`))
    const context = await site.page.locator(`#slide-${noteOnly.no} .context`).innerText()
    expect(squash(context).toLowerCase()).toContain(noteOnly.phrase.toLowerCase())
  })

  it('in the deck, finds text on a slide and opens that slide, by keyboard alone', async () => {
    await showSlide(site, 1)
    await site.page.keyboard.press('/')
    const dialog = site.page.getByRole('dialog', { name: 'Search the lecture' })
    await dialog.waitFor()
    await site.page.keyboard.type(slideOnly.phrase)
    const hit = dialog.locator('.search-hit', { hasText: `Slide ${slideOnly.no} · on the slide` })
    await expect.poll(() => hit.count()).toBe(1)
    await site.page.keyboard.press('ArrowDown')
    expect(await hit.getAttribute('class')).toContain('selected')
    await site.page.keyboard.press('Enter')
    await site.page.waitForSelector(`.slidev-page-${slideOnly.no}`, { state: 'visible' })
    await dialog.waitFor({ state: 'detached' })
    expect(new URL(site.page.url()).hash).toMatch(new RegExp(`^#/${slideOnly.no}(\\?|$)`))
  })

  it('opens the hit shown as selected, not the first, when Enter is pressed', async () => {
    await showSlide(site, 1)
    await site.page.keyboard.press('/')
    const dialog = site.page.getByRole('dialog', { name: 'Search the lecture' })
    await dialog.waitFor()
    await site.page.keyboard.type('Article V')
    const hits = dialog.locator('.search-hit')
    await expect.poll(() => hits.count()).toBeGreaterThan(1)
    expect(await hits.first().getAttribute('class')).toContain('selected')
    await site.page.keyboard.press('ArrowDown')
    const second = hits.nth(1)
    expect(await second.getAttribute('class')).toContain('selected')
    expect(await hits.first().getAttribute('class')).not.toContain('selected')
    // A hit on a slide opens the slide; one in the context, the reader edition there.
    const [, no, place] = /Slide (\d+) · (on the slide|in the editors’ context)/.exec(await second.innerText())!
    await site.page.keyboard.press('Enter')
    await site.page.waitForURL(place === 'on the slide' ? new RegExp(`#/${no}(\\?|$)`) : new RegExp(`/reader/#slide-${no}$`))
  })

  it('renders no slide to search: the index is loaded as text', async () => {
    await showSlide(site, 1)
    // Slide elements put into the page outside Slidev's own slide show (which renders, and preloads,
    // the deck's slides) from the `/` key to the first hit.
    await site.page.evaluate(() => {
      const added = { count: 0 }
      Object.assign(window, { __slidesAddedBySearch: added })
      new MutationObserver((records) => {
        for (const node of records.flatMap(record => [...record.addedNodes])) {
          if (node instanceof Element && !node.closest('#slideshow') && (node.matches('[data-slidev-no], .slidev-layout') || node.querySelector('[data-slidev-no], .slidev-layout')))
            added.count++
        }
      }).observe(document.body, { childList: true, subtree: true })
    })
    await site.page.keyboard.press('/')
    const dialog = site.page.getByRole('dialog', { name: 'Search the lecture' })
    await dialog.waitFor()
    await site.page.keyboard.type(slideOnly.phrase)
    await expect.poll(() => dialog.locator('.search-hit').count()).toBeGreaterThan(0)
    expect(await site.page.evaluate(() => (window as unknown as { __slidesAddedBySearch: { count: number } }).__slidesAddedBySearch.count)).toBe(0)
    await site.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('closes with Escape without moving', async () => {
    await showSlide(site, 4)
    await site.page.keyboard.press('/')
    const dialog = site.page.getByRole('dialog', { name: 'Search the lecture' })
    await dialog.waitFor()
    await site.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(new URL(site.page.url()).hash).toMatch(/^#\/4/)
  })

  it('requests nothing from elsewhere and logs no problems', () => {
    expect(outsideRequests(site.requests, site.server.url)).toEqual([])
    expect(site.problems).toEqual([])
  })
})
