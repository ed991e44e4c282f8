// The presenter view of the built deck (hash routing, served locally, no network): the current slide
// with its section budget, its notes, the next-slide preview and the timer; and a walk through the
// whole lecture with the → key, one click at a time, checking that each click reveals one more item,
// moves the notes' marker into view, and that every slide has as many clicks as its notes have [click] markers;
// and the notes as the lecturer reads them, wherever Slidev shows them: cues set apart without their
// label, citations numbered as in the reader edition.
import type { Deck } from '../../node/deck/deck'
import type { OpenDeck } from './harness'
import { parseTimeString } from '@slidev/parser/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lecturePlan } from '../../app/presenter/pacing'
import { byId } from '../../data/ids'
import { noteBlocks, referenceNumbers, replaceCitations } from '../../data/notes'
import { sources } from '../../data/sources'
import { readDeck } from '../../node/deck/deck'
import { CITE_CLASS, CUE_CLASS } from '../../node/deck/speaker-notes'
import { openDeck } from './harness'

const VIEWPORT = { width: 1400, height: 860 }
const MAIN = '.slidev-presenter .grid-section.main'
const NEXT = '.slidev-presenter .grid-section.next'
const NOTES = '.slidev-presenter .grid-section.note .slidev-note'

let deck: Deck
let browser: OpenDeck

const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, '\'').trim()
/** The opening of slide `no`'s notes as the presenter shows them: markers become icons, cues lose their label, citations become numbers. */
function noteOpening(no: number): string {
  const numbers = referenceNumbers(deck.slides.map(slide => slide.note))
  const shown = noteBlocks(deck.slides[no - 1]!.note).map(block => replaceCitations(block.markdown, numbers, (n, at) => `[${n}${at ? `, ${at}` : ''}]`))
  return squash(shown.join(' ')).slice(0, 30)
}
const cuesIn = (slides: Deck['slides']) => slides.reduce((sum, slide) => sum + noteBlocks(slide.note).filter(b => b.kind === 'cue').length, 0)
const markersOf = (no: number) => (deck.slides[no - 1]!.note?.match(/\[click\]/g) ?? []).length

/** The slide number and click that the presenter's URL (`#/presenter/<no or alias>?clicks=k`) shows. */
function position(url: string): { no: number, clicks: number } {
  const [path = '', query = ''] = new URL(url).hash.split('?')
  const target = path.replace('#/presenter/', '')
  const no = /^\d+$/.test(target)
    ? Number(target)
    : deck.slides.findIndex(s => s.frontmatter.routeAlias === target) + 1
  return { no, clicks: Number(new URLSearchParams(query).get('clicks') ?? 0) }
}

async function openPresenter(no: number): Promise<void> {
  await browser.page.goto(`${browser.server.url}#/presenter/${no}`)
  await browser.page.waitForSelector(`${MAIN} .slidev-page-${no}`, { state: 'visible' })
  await browser.page.evaluate(() => document.fonts.ready)
}

/** Clicks total of the current slide as the presenter's click bar reports it ("Clicks in this slide: total + 1"). */
async function clicksTotal(): Promise<number> {
  const title = await browser.page.locator(`${MAIN} [title^="Clicks in this slide"]`).getAttribute('title')
  return Number(/\d+/.exec(title ?? '')?.[0]) - 1
}

async function revealState(no: number): Promise<{ shown: number, current: number }> {
  return browser.page.evaluate(({ main, no }) => {
    // A drawing revealed together with its list item (the map's moves) is the same item once more.
    const targets = [...document.querySelectorAll(`${main} .slidev-page-${no} .slidev-vclick-target`)].filter(el => !el.closest('svg'))
    return {
      shown: targets.filter(el => !el.classList.contains('slidev-vclick-hidden')).length,
      current: targets.findIndex(el => el.classList.contains('slidev-vclick-current')) + 1,
    }
  }, { main: MAIN, no })
}

/** Whether the notes' marker of the current click is scrolled into the notes panel's view. */
async function markerInView(): Promise<boolean> {
  return browser.page.evaluate((notes) => {
    const panel = document.querySelector(notes)?.getBoundingClientRect()
    const marker = document.querySelector(`${notes} .slidev-note-click-mark-active`)?.getBoundingClientRect()
    return !!panel && !!marker && marker.top >= panel.top && marker.bottom <= panel.bottom
  }, NOTES)
}

beforeAll(async () => {
  deck = await readDeck()
  browser = await openDeck()
  await browser.page.setViewportSize(VIEWPORT)
})

afterAll(async () => {
  await browser?.close()
})

describe('presenter view of the built deck', () => {
  it('shows the current slide, its notes, the next slide and the countdown timer', async () => {
    await openPresenter(1)
    const page = browser.page
    expect(squash(await page.locator(NOTES).innerText())).toContain(noteOpening(1))
    await expect.poll(() => page.locator(`${NEXT} .slidev-page-2`).isVisible()).toBe(true)
    expect(squash(await page.locator(`${NEXT} .slidev-page-2 h1`).innerText())).toBe(deck.slides[1]!.title)

    // The countdown starts from the headmatter's duration, shown h:mm:ss.
    const seconds = parseTimeString(deck.headmatter.duration as string).seconds
    const clock = `${Math.floor(seconds / 3600)}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
    expect(squash(await page.locator('.slidev-presenter .grid-section.bottom').innerText()).replace(/ /g, '')).toContain(clock)
  })

  it('shows the notes of the slide it moves to', async () => {
    await openPresenter(7)
    expect(squash(await browser.page.locator(NOTES).innerText())).toContain(noteOpening(7))
  })

  it('shows the notes of Article V as the lecturer reads them: the cue set apart, the treaty cited by the reader edition\'s number', async () => {
    const page = browser.page
    const no = deck.slides.find(slide => slide.title === 'Article V')!.no
    // The reader edition's citation of the treaty on this slide, and the reference it leads to.
    await page.goto(`${browser.server.url}reader/`)
    const editionCite = squash(await page.locator(`#slide-${no} .context a.cite`).first().innerText())
    const ref = /^\[(\d+), Article V\]$/.exec(editionCite)?.[1]
    expect(ref, editionCite).toBeDefined()
    // The references are laid out only near the view (content-visibility): read the entry as a reader reaches it.
    await page.locator(`#ref-${ref}`).scrollIntoViewIfNeeded()
    await expect.poll(async () => squash(await page.locator(`#ref-${ref}`).innerText())).toContain(byId(sources, 'treaty-1960').title)

    await openPresenter(no)
    const notes = page.locator(NOTES)
    const text = squash(await notes.innerText())
    expect(text).not.toContain('Cue:')
    expect(text).not.toContain('[@')
    const cue = notes.locator(`.${CUE_CLASS}`)
    expect(await cue.count()).toBe(1)
    expect(squash(await cue.innerText())).toMatch(/^Read the article aloud; ask where an attack must take place/)
    // Set apart: a bar and a tint that the context paragraph has not.
    const looks = await notes.evaluate((root, cls) => [root.querySelector(`.${cls}`)!, root.querySelector(`p:not(.${cls})`)!].map((p) => {
      const style = getComputedStyle(p)
      return { bar: style.borderLeftWidth, background: style.backgroundColor }
    }), CUE_CLASS)
    expect(Number.parseFloat(looks[0]!.bar)).toBeGreaterThan(0)
    expect(looks[0]).not.toEqual(looks[1])
    expect(squash(await notes.locator(`.${CITE_CLASS}`).innerText())).toBe(editionCite)
  })

  it('shows no note markup in the print of the notes, the overview or the notes page: every cue a cue', async () => {
    const page = browser.page
    const cues = cuesIn(deck.slides)
    const check = async (where: string) => {
      const text = squash((await page.locator('.slidev-note').allInnerTexts()).join(' '))
      expect(text, where).not.toMatch(/Cue:|\[@/)
      expect(await page.locator(`.slidev-note .${CITE_CLASS}`).count(), where).toBeGreaterThan(0)
    }
    await page.goto(`${browser.server.url}#/presenter/print`)
    await expect.poll(() => page.locator(`.slidev-note .${CUE_CLASS}`).count()).toBe(cues)
    await check('print of the notes')
    await page.goto(`${browser.server.url}#/overview`)
    await expect.poll(() => page.locator(`.slidev-note .${CUE_CLASS}`).count()).toBe(cues)
    await check('overview')
    // The notes page follows the presenter: on slide 1, whose notes open with a cue.
    await openPresenter(1)
    await page.goto(`${browser.server.url}#/notes`)
    await expect.poll(() => page.locator(`.slidev-note .${CUE_CLASS}`).count()).toBe(cuesIn(deck.slides.slice(0, 1)))
    expect(squash(await page.locator('.slidev-note').innerText())).not.toMatch(/Cue:|\[@/)
  })

  it('labels the presenter\'s copy of a slide with its section budget, and only that copy', async () => {
    const page = browser.page
    const treaty = lecturePlan().find(w => w.section.id === 'treaty')!
    const no = deck.slides.findIndex(s => s.opens === 'treaty') + 1
    await openPresenter(no)
    const label = squash(await page.locator(`${MAIN} .slidev-page-${no} .section-budget`).innerText())
    expect(label).toContain(`§${treaty.section.number} · ${treaty.section.minutes} min`)
    expect(label).toContain(`minutes ${treaty.start}–${treaty.end} of ${treaty.total}`)
    expect(await page.locator(`${NEXT} .section-budget`).count()).toBe(0)
    // Readable on the laptop's screen, though the slide it sits on is drawn small (it was about 7 px).
    const onScreen = await page.locator(`${MAIN} .slidev-page-${no} .section-budget strong`).evaluate((strong) => {
      const box = strong.getBoundingClientRect()
      const scale = box.width / (strong as HTMLElement).offsetWidth
      return Number.parseFloat(getComputedStyle(strong).fontSize) * scale
    })
    expect(onScreen).toBeGreaterThanOrEqual(13)

    // Only the hash changes: the app swaps routes in the same page, so wait for the presenter to go.
    await page.goto(`${browser.server.url}#/${no}`)
    await page.waitForSelector('.slidev-presenter', { state: 'detached' })
    await page.waitForSelector(`.slidev-page-${no}`, { state: 'visible' })
    expect(await page.locator('.section-budget').count()).toBe(0)
  })

  it('walks the lecture click by click: one more item per click, the notes follow, clicks equal [click] markers', async () => {
    const page = browser.page
    await openPresenter(1)
    const totals: Record<number, number> = {}
    let here = position(page.url())
    for (let step = 0; step < 400; step++) {
      await expect.poll(clicksTotal).toBeGreaterThanOrEqual(0)
      totals[here.no] ??= await clicksTotal()
      if (here.no === deck.slides.length && here.clicks === totals[here.no])
        break
      const before = here
      const url = page.url()
      await page.keyboard.press('ArrowRight')
      await page.waitForFunction(old => location.href !== old, url)
      here = position(page.url())

      if (here.no === before.no) {
        // A click on the same slide: exactly one more item shown, and it is the current one.
        expect(here.clicks, `slide ${here.no}`).toBe(before.clicks + 1)
        await expect.poll(() => revealState(here.no), { message: `slide ${here.no} click ${here.clicks}` })
          .toEqual({ shown: here.clicks, current: here.clicks })
        const active = page.locator(`${NOTES} .slidev-note-click-mark-active`)
        await expect.poll(() => active.getAttribute('data-clicks'), { message: `notes of slide ${here.no}` }).toBe(String(here.clicks))
        await expect.poll(markerInView, { message: `notes of slide ${here.no} scrolled to click ${here.clicks}` }).toBe(true)
      }
      else {
        // Past the last click: on to the next slide, with nothing of it revealed yet.
        expect(before.clicks, `left slide ${before.no} before its last click`).toBe(totals[before.no])
        expect(here).toEqual({ no: before.no + 1, clicks: 0 })
        await page.waitForSelector(`${MAIN} .slidev-page-${here.no}`, { state: 'visible' })
        expect(squash(await page.locator(NOTES).innerText())).toContain(noteOpening(here.no))
        expect((await revealState(here.no)).shown).toBe(0)
      }
    }
    expect(here.no).toBe(deck.slides.length)
    await expect.poll(() => page.locator(NEXT).innerText()).toContain('End of the presentation')

    const expected = Object.fromEntries(deck.slides.map((_, i) => [i + 1, markersOf(i + 1)]))
    expect(totals).toEqual(expected)
    expect(Object.values(totals).reduce((a, b) => a + b, 0)).toBeGreaterThan(0)
  })

  it('shows every revealed item in the overview, as the PDF export prints it: at the last click', async () => {
    const page = browser.page
    await page.goto(`${browser.server.url}#/overview`)
    await page.waitForSelector('.slidev-page-21', { state: 'attached' })
    await expect.poll(() => page.locator('.slidev-vclick-target:not(svg *)').count()).toBe(deck.slides.reduce((sum, _, i) => sum + markersOf(i + 1), 0))
    expect(await page.locator('.slidev-vclick-hidden').count()).toBe(0)
  })

  it('needs nothing from the network', () => {
    const origin = new URL(browser.server.url).origin
    expect(browser.requests.filter(url => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
  })

  it('logs no console errors or warnings', () => {
    expect(browser.problems).toEqual([])
  })
})
