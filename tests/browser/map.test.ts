// The realignment map in the built site: drawn on its slide (move by move, every label legible and
// apart from the others), in the reader edition with the moves in full, and without any map library or
// map data in what the browser downloads.
import type { OpenDeck } from './harness'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OUTPUTS } from '../../data/deck'
import { moves, places } from '../../data/realignment'
import { EXPORTS_DIR, PROJECT_ROOT, readDeck } from '../../node/deck/deck'
import { readPdf } from '../../node/pdf/read'
import { openDeck } from './harness'
import { squash } from './site-kit'

let site: OpenDeck
let no: number

interface Box { text: string, left: number, top: number, right: number, bottom: number, size: number }

/** The map's texts as drawn: place names, move numbers, inset names, with their boxes on the page. */
async function mapTexts(): Promise<Box[]> {
  return site.page.locator(`.slidev-page-${no} svg.map text`).evaluateAll(nodes => nodes
    .filter(node => Number.parseFloat(getComputedStyle(node.closest('g.move') ?? node).opacity) > 0.5)
    .map((node) => {
      const r = node.getBoundingClientRect()
      return { text: node.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom, size: Number.parseFloat(getComputedStyle(node).fontSize) }
    }))
}

async function show(clicks: number): Promise<void> {
  await site.page.goto(`${site.server.url}#/${no}?clicks=${clicks}`)
  await site.page.waitForSelector(`.slidev-page-${no} svg.map`, { state: 'visible' })
  await site.page.evaluate(() => document.fonts.ready)
  await site.page.waitForTimeout(400)
}

beforeAll(async () => {
  const deck = await readDeck()
  no = deck.slides.find(slide => slide.content.includes('<RealignmentMap'))!.no
  site = await openDeck()
})

afterAll(async () => {
  await site?.close()
})

describe('the map slide', () => {
  it('shows no move before the first click and one more move at each click', async () => {
    for (const clicks of [0, 1, moves.length]) {
      await show(clicks)
      const numbers = new Set((await mapTexts()).map(t => t.text).filter(t => /^\d+$/.test(t)))
      expect([...numbers].sort(), `click ${clicks}`).toEqual(moves.slice(0, clicks).map((_, i) => String(i + 1)).sort())
    }
  })

  it('writes every place name at 16 px or more, inside the slide, none over another', async () => {
    await show(moves.length)
    const texts = await mapTexts()
    const slide = await site.page.locator(`.slidev-page-${no}`).boundingBox()
    const names = places.filter(p => p.id !== 'guam').map(p => p.name)
    for (const name of names.filter(n => n !== 'Sagami General Depot'))
      expect(texts.map(t => t.text), name).toContain(name)
    const problems: string[] = []
    for (const t of texts) {
      if (t.size < 16)
        problems.push(`"${t.text}" at ${t.size} px`)
      if (t.left < slide!.x || t.right > slide!.x + slide!.width || t.top < slide!.y || t.bottom > slide!.y + slide!.height)
        problems.push(`"${t.text}" outside the slide`)
    }
    // Glyph boxes include the line's leading: they may touch by a pixel or two, not overlap.
    const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 4
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
      if (overlap(a, b))
        problems.push(`"${a.text}" over "${b.text}"`)
    }))
    expect(problems).toEqual([])
  })

  it('lists every move on the slide and, for screen readers, in full', async () => {
    await show(moves.length)
    const slide = site.page.locator(`.slidev-page-${no}`)
    const shown = squash(await slide.locator('.moves').innerText())
    for (const move of moves)
      expect(shown).toContain(squash(move.label))
    // The drawing's accessible description: the moves in full (a hidden list, as the deck shows the short one).
    const description = squash(await slide.locator('svg.map').evaluate(svg => document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent ?? ''))
    for (const move of moves)
      expect(description).toContain(squash(move.text))
  })
})

describe('the map elsewhere', () => {
  it('is in the reader edition as the same drawing, with every move in full', async () => {
    await site.page.goto(`${site.server.url}reader/`)
    const map = site.page.locator('.realignment-map')
    expect(await map.locator('svg.map[role="img"] path').count()).toBeGreaterThan(4)
    // Its text is laid out when it comes near the view (content-visibility in app/edition/edition.css).
    const list = map.locator('.moves-in-full')
    await list.scrollIntoViewIfNeeded()
    await expect.poll(() => list.innerText()).not.toBe('')
    const full = squash(await list.innerText())
    for (const move of moves)
      expect(full).toContain(squash(move.text))
  })

  it('is in both PDFs that npm run build printed: the slide\'s page, and its block in the handout', async () => {
    const bare = (text: string) => text.replace(/\s+/g, '')
    for (const id of ['slides', 'handout'] as const) {
      const { pages } = await readPdf(new Uint8Array(await readFile(join(EXPORTS_DIR, OUTPUTS[id].file))))
      const page = pages.find(p => bare(p.text).includes(bare(moves[0]!.label)))
      expect(page, `${id}: the page with the map`).toBeDefined()
      for (const move of moves)
        expect(bare(page!.text), `${id}: ${move.id}`).toContain(bare(move.label))
      // The drawing's own words, not only the list beside it.
      expect(bare(page!.text), id).toContain('OkinawaIsland')
    }
  })

  it('ships no map library and no map data to the browser', async () => {
    const assets = join(PROJECT_ROOT, 'dist/assets')
    const scripts = (await readdir(assets)).filter(f => f.endsWith('.js'))
    const found: string[] = []
    for (const file of scripts) {
      const code = await readFile(join(assets, file), 'utf8')
      // TopoJSON's and GeoJSON's own words, and d3-geo's projection names.
      for (const marker of ['"Topology"', '"arcs"', 'GeometryCollection', 'FeatureCollection', 'geoMercator', 'clipExtent']) {
        if (code.includes(marker))
          found.push(`${file}: ${marker}`)
      }
    }
    expect(found).toEqual([])
    // The drawing itself is there, as path data.
    const all = (await Promise.all(scripts.map(f => readFile(join(assets, f), 'utf8')))).join('\n')
    expect(all).toContain('Okinawa Island')
  })
})
