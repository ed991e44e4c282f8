// Every slide of the built deck in headless Chromium: renders, no errors, nothing overflows, type large
// enough to read from the back of the hall, and the lecture's text is all there, word for word.
import type { Deck } from '../../node/deck/deck'
import type { OpenDeck } from './harness'
import type { LayoutProblem, TypeSizes } from './layout'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../node/deck/deck'
import { openDeck, showSlide } from './harness'
import { findLayoutProblems, measureTypeSizes } from './layout'
import { sourceLines } from './site-kit'

interface RenderedSlide {
  no: number
  title: string
  text: string
  heading: string
  footer: string
  layout: LayoutProblem[]
  type: TypeSizes
  errorBox: boolean
  /** The heading's line height over its type size. */
  headingLeading: number
}

// Type floors in canvas px (980 x 552): body text, any text, and axis labels or source lines
// (class type-label). The footer and the cover's study links (buttons of the site) are left out.
const FLOOR = { median: 18, smallest: 14, label: 12 }

let deck: Deck
let browser: OpenDeck
const rendered: RenderedSlide[] = []

// Whitespace collapsed, and Markdown's typographic apostrophes back to the source's straight ones.
const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, '\'').trim()

beforeAll(async () => {
  deck = await readDeck()
  browser = await openDeck()
  for (const slide of deck.slides) {
    const no = slide.no
    await showSlide(browser, no)
    const page = browser.page
    const selector = `.slidev-page-${no}`
    rendered.push({
      no,
      title: slide.title ?? '',
      text: squash(await page.locator(selector).innerText()),
      heading: squash(await page.locator(`${selector} h1`).first().innerText().catch(() => '')),
      footer: squash(await page.locator(`${selector} .lecture-footer`).innerText().catch(() => '')),
      layout: await page.evaluate(findLayoutProblems, no),
      type: await page.evaluate(measureTypeSizes, no),
      errorBox: await page.locator(selector).getByText(/An error occurred on this slide|Failed to fetch this slide/).count() > 0,
      headingLeading: await page.locator(`${selector} h1`).first().evaluate((h) => {
        const style = getComputedStyle(h)
        return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)
      }).catch(() => 0),
    })
  }
})

afterAll(async () => {
  await browser?.close()
})

describe('the built deck', () => {
  it('renders every slide with its title as its heading', () => {
    expect(rendered).toHaveLength(deck.slides.length)
    for (const slide of rendered) {
      expect(slide.errorBox, `slide ${slide.no} shows Slidev's error box`).toBe(false)
      expect(slide.heading, `slide ${slide.no}`).toBe(slide.title)
    }
  })

  it('sets every slide\'s title single-spaced when it wraps (the theme double-spaced the dividers\')', () => {
    expect(rendered.filter(slide => !(slide.headingLeading > 0 && slide.headingLeading <= 1.3)).map(slide => `${slide.no}: ${slide.headingLeading.toFixed(2)}`)).toEqual([])
  })

  it('logs no console errors or warnings', () => {
    expect(browser.problems).toEqual([])
  })

  it('has nothing outside a slide, clipped, or under the footer', () => {
    const problems = rendered.flatMap(slide => slide.layout.map(p => `slide ${slide.no}: ${p.problem}: ${p.element}`))
    expect(problems).toEqual([])
  })

  it('shows the section and the right number in the footer of every slide but the cover', () => {
    const dividers = deck.slides.filter(s => s.opens)
    expect(rendered[0]!.footer).toBe('')
    for (const slide of rendered.slice(1)) {
      expect(slide.footer, `slide ${slide.no}`).toMatch(new RegExp(` ${slide.no} / ${rendered.length}$`))
      const section = dividers.filter(d => d.no <= slide.no).at(-1)
      if (section)
        expect(slide.footer, `slide ${slide.no}`).toContain(section.title)
    }
  })

  it('sets type that carries: median, smallest and label sizes above their floors', () => {
    // The table to report: smallest and median size of each slide.
    // eslint-disable-next-line no-console
    console.log(['slide  smallest  median  label  title', ...rendered.map(({ no, title, type }) =>
      `${String(no).padStart(5)}  ${type.smallest.toFixed(1).padStart(8)}  ${type.median.toFixed(1).padStart(6)}  ${(type.smallestLabel ? type.smallestLabel.toFixed(1) : '-').padStart(5)}  ${title}`)].join('\n'))
    const small = rendered.flatMap(({ no, type }) => [
      ...type.median < FLOOR.median ? [`slide ${no}: median ${type.median} px`] : [],
      ...type.smallest < FLOOR.smallest ? [`slide ${no}: ${type.smallest} px "${type.smallestText}"`] : [],
      ...type.smallestLabel && type.smallestLabel < FLOOR.label ? [`slide ${no}: label at ${type.smallestLabel} px`] : [],
    ])
    expect(small).toEqual([])
  })

  it('sets the timeline\'s date lines at 16 canvas px or more', async () => {
    const no = deck.slides.find(slide => slide.content.includes('<DocumentTimeline'))!.no
    await showSlide(browser, no)
    const sizes = await browser.page.locator(`.slidev-page-${no} .document-timeline .meta`)
      .evaluateAll(lines => lines.map(line => Number.parseFloat(getComputedStyle(line).fontSize)))
    expect(sizes.length).toBeGreaterThan(0)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16)
  })

  it('measures small type and leaves the footer and labels out (the check itself)', async () => {
    await showSlide(browser, 4)
    const before = await browser.page.evaluate(measureTypeSizes, 4)
    const after = await browser.page.evaluate(() => {
      const layout = document.querySelector('.slidev-page-4 .slidev-layout')!
      const small = document.createElement('p')
      small.textContent = 'Small print'
      small.style.fontSize = '11px'
      const label = document.createElement('span')
      label.className = 'type-label'
      label.textContent = '1950'
      label.style.fontSize = '10px'
      layout.append(small, label)
      return true
    }).then(() => browser.page.evaluate(measureTypeSizes, 4))
    expect(before.smallest).toBeGreaterThan(11)
    expect(after).toMatchObject({ smallest: 11, smallestText: 'Small print', smallestLabel: 10 })
  })

  it('catches an overflowing element and text under the footer (the check itself)', async () => {
    await showSlide(browser, 4)
    const problems = await browser.page.evaluate(() => {
      const layout = document.querySelector('.slidev-page-4 .slidev-layout')!
      const wide = document.createElement('p')
      wide.textContent = 'A line far too wide for the slide'
      wide.style.cssText = 'width: 3000px; white-space: nowrap'
      const low = document.createElement('p')
      low.textContent = 'Text pushed under the footer'
      low.style.cssText = 'position: absolute; bottom: 4px; left: 200px; margin: 0'
      layout.append(wide, low)
      return true
    }).then(() => browser.page.evaluate(findLayoutProblems, 4))
    expect(problems.map(p => p.problem)).toEqual(expect.arrayContaining(['extends outside the slide', 'text runs into the footer']))
  })

  it('contains every heading, bullet, article and objective of the lecture, word for word', () => {
    const lines = sourceLines().map(squash)
    expect(lines.length).toBeGreaterThan(60)
    const deckText = rendered.map(slide => slide.text).join(' ')
    const missing = lines.filter(line => !deckText.includes(line))
    expect(missing).toEqual([])
  })
})
