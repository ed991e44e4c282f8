// Speaker notes: every slide has notes to speak from, and their [click] markers follow the reveals.
// A slide's clicks are counted by mounting the components its Markdown uses that have a click
// directive, with the props it passes, and counting the elements they give an active v-click; so a
// change to the data (a thirteenth objective) or to a prop (`reveal` dropped) shows up as a mismatch.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { Component, Directive } from 'vue'
import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { documents } from '../../data/lecture'
import { loadDeck } from '../deck'

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
  let clicks = 0
  const tags: string[] = []
  const click: Directive<HTMLElement, unknown> = {
    mounted: (_el, binding) => {
      if (binding.value !== false && binding.value !== 'false')
        clicks++
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
  return { clicks, tags }
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

let deck: LoadedSlidevData

beforeAll(async () => {
  deck = await loadDeck()
})

describe('speaker notes', () => {
  it('are written for every slide, long enough to speak from', () => {
    for (const slide of deck.slides) {
      const note = slide.note?.trim() ?? ''
      expect(words(note), `slide ${slide.index + 1} (${slide.title}) notes`).toBeGreaterThanOrEqual(50)
    }
  })

  it('use plain [click] markers only, each starting a paragraph', () => {
    for (const slide of deck.slides) {
      const note = slide.note ?? ''
      for (const [marker] of note.matchAll(CLICK_MARKER))
        expect(marker, `slide ${slide.index + 1}`).toBe('[click]')
      const starts = note.match(/(?:^|\n\n)\[click\]/g) ?? []
      expect(starts.length, `slide ${slide.index + 1}: a [click] in mid-paragraph`).toBe((note.match(CLICK_MARKER) ?? []).length)
    }
  })

  it('have one [click] marker for each click the slide\'s components reveal', async () => {
    const mismatches: string[] = []
    for (const slide of deck.slides) {
      expect(slide.content, `slide ${slide.index + 1}: reveals belong to component props`).not.toMatch(CLICK_DIRECTIVE)
      const expected = typeof slide.frontmatter.clicks === 'number' ? slide.frontmatter.clicks : (await revealsOf(slide.content)).clicks
      const markers = (slide.note?.match(CLICK_MARKER) ?? []).length
      if (markers !== expected)
        mismatches.push(`slide ${slide.index + 1} (${slide.title}): ${expected} clicks, ${markers} markers`)
    }
    expect(mismatches).toEqual([])
  })

  it('reveal the long lists: agenda, timeline, outlines, objectives and challenges', async () => {
    const reveals = await Promise.all(deck.slides.map(s => revealsOf(s.content)))
    expect(reveals.filter(r => r.clicks > 0).map(r => r.tags.at(-1))).toEqual(['SectionAgenda', 'DocumentTimeline', 'OutlineList', 'OutlineList', 'OutlineList', 'ObjectiveList', 'ObjectiveList', 'OutlineList'])
    expect(reveals.reduce((sum, r) => sum + r.clicks, 0)).toBe(6 + 5 + 3 + 2 + 3 + 12 + 6 + 5)
  })

  it('on the sources slide, name each document\'s publisher and date of signature or issue', () => {
    const slide = deck.slides.find(s => s.content.includes('<DocumentSources'))
    const note = slide?.note ?? ''
    const dayFirst = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    for (const doc of documents) {
      expect(note, doc.id).toContain(doc.source.publisher)
      expect(note, doc.id).toContain(dayFirst.format(new Date(`${doc.date}T00:00:00Z`)))
    }
  })

  it('give the well-established dates of the two treaties and the Guidelines', () => {
    const all = deck.slides.map(s => s.note ?? '').join('\n')
    for (const fact of [
      'San Francisco on 8 September 1951',
      '28 April 1952',
      'Washington on 19 January 1960',
      '23 June 1960',
      'New York on 23 September 1997',
      'Guidelines of 1978',
    ])
      expect(all).toContain(fact)
  })

  it('never re-type the section budgets, which live in data/lecture.ts', () => {
    for (const slide of deck.slides)
      expect(slide.note ?? '', `slide ${slide.index + 1}`).not.toMatch(/\b\d+\s*(?:min|minutes)\b/i)
  })
})

describe('propsOf', () => {
  it('reads Markdown attributes as Vue would pass them', () => {
    expect(propsOf(' id="challenges" reveal ')).toEqual({ id: 'challenges', reveal: true })
    expect(propsOf(' scope="global" :reveal="false"')).toEqual({ scope: 'global', reveal: false })
    expect(propsOf(' :from="1945"')).toEqual({ from: 1945 })
  })
})
