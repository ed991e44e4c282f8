// The realignment map: every move and place in data/realignment.ts has what the map needs (a source
// that resolves, a place that exists, a dot inside its frame), and the component lists every move.
import type { Directive } from 'vue'
import { mount } from '@vue/test-utils'
import { geometry } from 'virtual:realignment-map'
import { describe, expect, it } from 'vitest'
import RealignmentMap from '../../components/RealignmentMap.vue'
import { byId } from '../../data/ids'
import { moves, places } from '../../data/realignment'
import { sources } from '../../data/sources'
import { mapGeometry, wholeUnits } from '../../node/map/draw'

const click: Directive<Element, unknown> = {
  mounted: (el, binding) => el.setAttribute('data-click', String(binding.value)),
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the moves of the Roadmap', () => {
  it.each(moves)('$id cites at least one source of the register, each with its passage', (move) => {
    expect(move.sources.length).toBeGreaterThan(0)
    for (const ref of move.sources) {
      expect(() => byId(sources, ref.source)).not.toThrow()
      expect(ref.at.trim()).not.toBe('')
    }
  })

  it('says each move on the slide and in full, in the editors\' words', () => {
    for (const move of moves) {
      expect(move.label.trim(), move.id).not.toBe('')
      expect(move.text.length, move.id).toBeGreaterThanOrEqual(move.label.length / 2)
    }
  })

  it('names only places it has, and arrows that start and end at its places', () => {
    for (const move of moves) {
      for (const id of move.places)
        expect(() => byId(places, id)).not.toThrow()
      if (move.to)
        expect(move.places, move.id).toContain(move.to)
      if (move.from && move.from !== 'okinawa')
        expect(move.places, move.id).toContain(move.from)
    }
  })

  it('follows the order of the Roadmap\'s sections, and marks each place for one move only', () => {
    const sections = moves.map(move => move.section)
    expect(sections).toEqual([...sections].sort())
    const marked = moves.flatMap(move => [...move.places, ...(move.landmarks ?? [])])
    expect(new Set(marked).size).toBe(marked.length)
    expect([...marked].sort()).toEqual(places.map(p => p.id).sort())
  })

  it('rests every move on a section of the Roadmap\'s own text', () => {
    for (const move of moves) {
      const roadmap = move.sources.filter(ref => ref.source === 'scc-2006').map(ref => ref.at.split(', '))
      expect(roadmap.flat(), move.id).toContain(move.section)
    }
  })
})

describe('the map\'s drawing, made at build time', () => {
  it('puts every place inside the frame it is drawn in', () => {
    for (const place of places) {
      const drawn = geometry.places[place.id]!
      const frame = geometry.frames.find(f => f.id === drawn.frame)!
      expect(drawn.at.x, place.id).toBeGreaterThan(frame.x)
      expect(drawn.at.x, place.id).toBeLessThan(frame.x + frame.width)
      expect(drawn.at.y, place.id).toBeGreaterThan(frame.y)
      expect(drawn.at.y, place.id).toBeLessThan(frame.y + frame.height)
    }
  })

  it('draws a coastline in every frame, Japan and Guam among them', () => {
    expect(geometry.frames.map(f => f.id).sort()).toEqual(['guam', 'japan', 'kanto', 'okinawa'])
    for (const frame of geometry.frames)
      expect(frame.land, frame.id).toMatch(/^M[\d.]+,[\d.]+/)
  })

  it('draws the coasts in whole units, with no point twice in a row and no ring under three points', () => {
    for (const frame of geometry.frames) {
      expect(frame.land, frame.id).toMatch(/^(?:M-?\d+,-?\d+(?:L-?\d+,-?\d+)+Z?)+$/)
      for (const ring of frame.land.split('M').slice(1)) {
        const points = ring.replace('Z', '').split('L')
        expect(points.filter((p, i) => p === points[i - 1]), frame.id).toEqual([])
        expect(points.length, frame.id).toBeGreaterThanOrEqual(3)
      }
    }
    expect(wholeUnits('M0.2,0.3L0.4,0.1L5,5L5.2,5.1L0.4,9Z')).toBe('M0,0L5,5L0,9Z')
    expect(wholeUnits('M1,1L1.2,1.1L1.3,1ZM2,2L9,2L9,9Z')).toBe('M2,2L9,2L9,9Z')
  })

  // Drawing the coastlines afresh takes seconds on a busy machine: a limit for a hung test, not a timing goal.
  const DRAWING = { timeout: 30_000 }

  it('is, read from its cache in node_modules/.cache/, the drawing made afresh', DRAWING, () => {
    expect(geometry).toEqual(mapGeometry(places))
  })

  it('refuses a place that falls outside every frame', DRAWING, () => {
    expect(() => mapGeometry([{ id: 'guam', name: 'Honolulu', lat: 21.3, lon: -157.9 }])).toThrow(/no frame for Honolulu/)
  })
})

describe('realignmentMap', () => {
  const wrapper = mount(RealignmentMap, { props: { reveal: true }, global: { directives: { click } } })

  it('lists every move in full with its sources, as the map\'s text alternative', () => {
    const items = wrapper.findAll('.moves-in-full li')
    expect(items).toHaveLength(moves.length)
    moves.forEach((move, i) => {
      expect(squash(items[i]!.text())).toContain(move.text)
      for (const ref of move.sources)
        expect(items[i]!.text()).toContain(ref.at)
    })
    expect(wrapper.find('svg').attributes('role')).toBe('img')
    expect(wrapper.find('svg title').text()).toMatch(/moves/)
  })

  it('reveals each move on the map and in the list at the same click, one click a move', () => {
    const onMap = wrapper.findAll('svg g.move').map(g => g.attributes('data-click'))
    const inList = wrapper.findAll('.moves li').map(li => li.attributes('data-click'))
    expect(onMap).toEqual(moves.map((_, i) => String(i + 1)))
    expect(inList).toEqual(onMap)
  })

  it('labels the map as the editors\' and names every source it draws on', () => {
    const note = squash(wrapper.find('.sources').text())
    expect(note).toContain('Added by the deck’s editors, not the lecturer’s words')
    for (const ref of moves.flatMap(m => m.sources)) {
      const short = byId(sources, ref.source).short!
      expect(short, ref.source).toBeTruthy()
      // "Defense of Japan 2006, 2007" names both white papers.
      expect(note).toContain(short.split(' ').pop()!)
    }
  })

  it('draws Kadena as the point the land returns lie south of: its name, but no number', () => {
    const kadena = wrapper.findAll('svg g.place').find(g => g.text().includes('Kadena'))!
    expect(kadena).toBeDefined()
    expect(kadena.findAll('text').map(t => t.text())).toEqual(['Kadena'])
    const returns = moves.findIndex(m => m.id === 'land-returns') + 1
    expect(wrapper.findAll('svg g.move')[returns - 1]!.findAll('text').map(t => t.text())).toEqual([String(returns), 'Camp Zukeran', String(returns), 'Makiminato', 'Kadena'])
  })

  it('writes every place name and move number on the map at 16 px or more', () => {
    const texts = wrapper.findAll('svg text')
    expect(texts.length).toBeGreaterThan(places.length)
    for (const text of texts)
      expect(Number.parseFloat((text.element as SVGTextElement).style.fontSize), text.text()).toBeGreaterThanOrEqual(16)
  })
})
