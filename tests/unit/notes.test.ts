import type { Component, Directive } from 'vue'
// Speaker notes: every slide has notes to speak from, and their [click] markers follow the reveals.
// A slide's clicks are counted by mounting the components its Markdown uses that have a click
// directive, with the props it passes, and counting the elements they give an active v-click; so a
// change to the data (a thirteenth objective) or to a prop (`reveal` dropped) shows up as a mismatch.
import type { Deck } from '../../node/deck/deck'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { lecture } from '../../data/lecture'
import { CITATION, contextBlocks, noteBlocks, noteProblems } from '../../data/notes'
import { sources as register } from '../../data/sources'
import { readDeck } from '../../node/deck/deck'

const CLICK_MARKER = /\[click(?::[^\]]*)?\]/g
const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g
const ATTRIBUTE = /([:\w-]+)(?:="([^"]*)")?/g
// Slidev's click directives, in a component's template or (not used here) straight in Markdown.
const CLICK_DIRECTIVE = /\bv-(?:click|clicks|after|click-hide)\b|<v-(?:click|clicks|after)\b/

function byName<T>(modules: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(modules).map(([path, module]) => [path.replace(/^.*\/|\.vue$/g, ''), module]))
}
const sources = byName(import.meta.glob<string>('../../components/*.vue', { query: '?raw', import: 'default', eager: true }))
// Loaded on demand: components that cannot reveal anything may need Slidev's runtime to load at all.
const loaders = byName(import.meta.glob<{ default: Component }>('../../components/*.vue'))

/** Whether a component, or a component it imports, uses a click directive. */
function mayReveal(name: string, seen = new Set<string>()): boolean {
  const source = sources[name]
  if (source === undefined)
    throw new Error(`<${name}> is not a component in components/`)
  if (CLICK_DIRECTIVE.test(source))
    return true
  seen.add(name)
  return [...source.matchAll(/from '\.\/(\w+)\.vue'/g)].some(([, child]) => !seen.has(child!) && mayReveal(child!, seen))
}

/** The props a component tag in Markdown passes: bare attributes are `true`, bound ones are parsed. */
function propsOf(attributes: string): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    if (!name)
      continue
    if (name.startsWith(':'))
      props[name.slice(1)] = JSON.parse(value ?? 'true')
    else
      props[name] = value ?? true
  }
  return props
}

/** How many clicks the components on a slide ask for, and which components they are. */
async function revealsOf(content: string): Promise<{ clicks: number, tags: string[] }> {
  // A reveal at a click number (`v-click="3"`, the map's moves on the map and in the list together)
  // counts once, however many elements share it; every other reveal is one click more.
  let relative = 0
  const at = new Set<number>()
  const tags: string[] = []
  const click: Directive<HTMLElement, unknown> = {
    mounted: (_el, binding) => {
      if (typeof binding.value === 'number')
        at.add(binding.value)
      else if (binding.value !== false && binding.value !== 'false')
        relative++
    },
  }
  const Link = defineComponent({ setup: (_, { slots }) => () => h('a', slots.default?.()) })
  for (const [, name, attributes] of content.matchAll(TAG)) {
    if (!mayReveal(name!))
      continue
    tags.push(name!)
    const component = (await loaders[name!]!()).default
    mount(component, { props: propsOf(attributes ?? ''), global: { components: { Link }, directives: { click } } }).unmount()
  }
  return { clicks: Math.max(relative, ...at), tags }
}

let deck: Deck

beforeAll(async () => {
  deck = await readDeck()
})

const known = new Set<string>(register.map(s => s.id))
const contexts = () => deck.slides.flatMap(slide => contextBlocks(slide.note ?? '').map(block => ({ no: slide.no, text: block.markdown })))

describe('speaker notes', () => {
  it('are written for every slide', () => {
    for (const slide of deck.slides)
      expect(noteBlocks(slide.note ?? '').length, `slide ${slide.no} (${slide.title}) has no notes`).toBeGreaterThan(0)
  })

  it('use plain [click] markers only, each starting a paragraph', () => {
    for (const slide of deck.slides) {
      const note = slide.note ?? ''
      for (const [marker] of note.matchAll(CLICK_MARKER))
        expect(marker, `slide ${slide.no}`).toBe('[click]')
      const starts = note.match(/(?:^|\n\n)\[click\]/g) ?? []
      expect(starts.length, `slide ${slide.no}: a [click] in mid-paragraph`).toBe((note.match(CLICK_MARKER) ?? []).length)
    }
  })

  it('have one [click] marker for each click the slide\'s components reveal', async () => {
    const mismatches: string[] = []
    for (const slide of deck.slides) {
      expect(slide.content, `slide ${slide.no}: reveals belong to component props`).not.toMatch(CLICK_DIRECTIVE)
      const expected = typeof slide.frontmatter.clicks === 'number' ? slide.frontmatter.clicks : (await revealsOf(slide.content)).clicks
      const markers = (slide.note?.match(CLICK_MARKER) ?? []).length
      if (markers !== expected)
        mismatches.push(`slide ${slide.no} (${slide.title}): ${expected} clicks, ${markers} markers`)
    }
    expect(mismatches).toEqual([])
  })

  it('reveal the long lists and the map: agenda, timeline, outlines, objectives, challenges, the realignment', async () => {
    const reveals = await Promise.all(deck.slides.map(s => revealsOf(s.content)))
    expect(reveals.filter(r => r.clicks > 0).map(r => r.tags.at(-1))).toEqual(['SectionAgenda', 'DocumentTimeline', 'OutlineList', 'OutlineList', 'OutlineList', 'ObjectiveList', 'ObjectiveList', 'OutlineList', 'RealignmentMap'])
    expect(reveals.reduce((sum, r) => sum + r.clicks, 0)).toBe(6 + 5 + 3 + 2 + 3 + 12 + 6 + 5 + 8)
  })

  it('never re-type the section budgets, which live in data/lecture.ts', () => {
    for (const slide of deck.slides)
      expect(slide.note ?? '', `slide ${slide.no}`).not.toMatch(/\b\d+\s*(?:min|minutes)\b/i)
  })
})

describe('context for students in the notes', () => {
  it('cites only sources in the register, and cites every year, date or number it states', () => {
    const problems = deck.slides.flatMap(slide => noteProblems(slide.note ?? '', known).map(p => `slide ${slide.no}: ${p}`))
    expect(problems).toEqual([])
  })

  it('cites sources for most of what it says', () => {
    const all = contexts()
    expect(all.length).toBeGreaterThan(15)
    expect(all.filter(c => noteBlocks(c.text)[0]!.citations.length > 0).length / all.length).toBeGreaterThan(0.8)
  })

  it('holds no presenter cue: the timer, the yellow label, jumping, clicking, questions', () => {
    const cue = /\b(?:timer|yellow label|presenter|jump(?:ing)?|questions|read (?:it|the \w+) aloud|next slide)\b/i
    expect(contexts().filter(c => cue.test(c.text)).map(c => `slide ${c.no}: ${c.text.slice(0, 60)}`)).toEqual([])
  })

  // A deadline or target that stood on the day of the lecture ("by 2014", "until 15 January 2010")
  // is what the alliance looked like then, not a later event; any other later year is.
  const DEADLINE = /\b(?:by|until) (?:\d{1,2} [A-Z][a-z]+ )?(?:1[89]|20)\d\d\b/g
  const laterYears = (text: string, lectureYear: number) => [...text.replace(CITATION, '').replace(DEADLINE, '').matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].filter(([year]) => Number(year) > lectureYear)

  it('tells anything later than the lecture only as "After the lecture"', () => {
    const lectureYear = Number(lecture.date.slice(0, 4))
    const later = contexts().filter(c => laterYears(c.text, lectureYear).length > 0)
    for (const c of later)
      expect(c.text, `slide ${c.no}`).toMatch(/^After the lecture\b/)
  })

  it('tells a later year apart from a deadline that stood at the time', () => {
    expect(laterYears('to move to Guam by 2014 [@guam-2009-mofa-ja]', 2009)).toHaveLength(0)
    expect(laterYears('extended until 15 January 2010', 2009)).toHaveLength(0)
    expect(laterYears('the mission ended on 15 January 2010', 2009)).toHaveLength(1)
    expect(laterYears('a protocol of 2013', 2009)).toHaveLength(1)
  })

  it('never calls itself the lecturer\'s, and never puts words in his mouth', () => {
    for (const c of contexts())
      expect(c.text, `slide ${c.no}`).not.toMatch(/\b(?:Akiyama|the lecturer (?:says|said|argues))\b/i)
  })

  it('writes dates day first, without a comma', () => {
    for (const c of contexts())
      expect(c.text, `slide ${c.no}`).not.toMatch(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}\b/)
  })

  it('writes apostrophes curly, as the register and the labels do (the lecturer\'s own lines keep his)', () => {
    for (const slide of deck.slides) {
      for (const block of noteBlocks(slide.note))
        expect(block.markdown.replace(CITATION, ''), `slide ${slide.no}`).not.toMatch(/[a-z]'[\s),.:;a-z]/i)
    }
  })
})

describe('propsOf', () => {
  it('reads Markdown attributes as Vue would pass them', () => {
    expect(propsOf(' id="challenges" reveal ')).toEqual({ id: 'challenges', reveal: true })
    expect(propsOf(' scope="global" :reveal="false"')).toEqual({ scope: 'global', reveal: false })
    expect(propsOf(' :from="1945"')).toEqual({ from: 1945 })
  })
})
