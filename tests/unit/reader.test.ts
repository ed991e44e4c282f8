// The reader view's contents and addresses (app/reader/reader.ts), and the static site's build
// setup (app/downloads/downloads.ts, setup/vite-plugins.ts), without a browser.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, it } from 'vitest'
import { DOWNLOADS, plannedDownloads } from '../../app/downloads/downloads'
import { readDeck } from '../../app/node/deck'
import { readerContents, readerLocation, slideAnchor, slideFromQuery } from '../../app/reader/reader'
import { sections } from '../../data/lecture'
import { unnestMenuButton } from '../../setup/vite-plugins'

let titles: string[]
let frontmatters: Array<Record<string, unknown>>

beforeAll(async () => {
  const deck = await readDeck()
  titles = deck.slides.map(slide => slide.title ?? '')
  frontmatters = deck.slides.map(slide => slide.frontmatter)
})

describe('reader contents', () => {
  it('groups the deck\'s slides by section, in order, after the opening slides', () => {
    const groups = readerContents(titles, frontmatters)
    expect(groups.map(g => g.heading)).toEqual(['Opening', ...sections.map(s => `${s.number} · ${s.title}`)])
    expect(groups.flatMap(g => g.slides.map(s => s.no))).toEqual(titles.map((_, i) => i + 1))
    expect(groups.flatMap(g => g.slides.map(s => s.title))).toEqual(titles)
    expect(new Set(groups.map(g => g.id)).size).toBe(groups.length)
  })

  it('starts each section group with that section\'s divider slide', () => {
    for (const group of readerContents(titles, frontmatters).filter(g => g.section)) {
      const first = group.slides[0]!
      expect(frontmatters[first.no - 1]?.routeAlias).toBe(group.section!.id)
    }
  })

  it('reads a slide number from the reader\'s address and rejects others', () => {
    expect(slideFromQuery('7', 21)).toBe(7)
    expect(slideFromQuery(['3', '4'], 21)).toBe(3)
    expect(slideFromQuery('0', 21)).toBeNull()
    expect(slideFromQuery('22', 21)).toBeNull()
    expect(slideFromQuery('2.5', 21)).toBeNull()
    expect(slideFromQuery(undefined, 21)).toBeNull()
    expect(readerLocation(7)).toEqual({ path: '/reader', query: { slide: '7' } })
    expect(readerLocation()).toEqual({ path: '/reader', query: {} })
    expect(slideAnchor(7)).toBe('reader-slide-7')
  })
})

describe('static site build', () => {
  it('offers the downloads the build says it will print, and refuses a name it does not know', () => {
    expect(plannedDownloads(undefined)).toEqual([])
    expect(plannedDownloads('')).toEqual([])
    expect(plannedDownloads('handout, slides').map(d => d.file)).toEqual(['japan-us-alliance-slides.pdf', 'japan-us-alliance-handout.pdf'])
    expect(plannedDownloads('handout').map(d => d.file)).toEqual(['japan-us-alliance-handout.pdf'])
    expect(() => plannedDownloads('slides,poster')).toThrow(/"poster"/)
    expect(DOWNLOADS.map(d => d.file)).toEqual(['japan-us-alliance-slides.pdf', 'japan-us-alliance-handout.pdf'])
  })

  it('unnests the installed Slidev\'s menu button (fails when Slidev changes the file)', () => {
    const path = createRequire(import.meta.url).resolve('@slidev/client/internals/MenuButton.vue')
    const source = readFileSync(path, 'utf8')
    const fixed = unnestMenuButton(source)
    expect(source.match(/<button/g)).toHaveLength(1)
    expect(fixed).not.toContain('<button')
    expect(fixed).toContain('<div :class="{ disabled }" @click="value = !value">')
  })
})
