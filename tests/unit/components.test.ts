// Component rendering: each component shows what the data module says, mounted without Slidev.
import type { Directive } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import DocumentDate from '../../components/DocumentDate.vue'
import DocumentSources from '../../components/DocumentSources.vue'
import DocumentTimeline from '../../components/DocumentTimeline.vue'
import LectureCover from '../../components/LectureCover.vue'
import ObjectiveList from '../../components/ObjectiveList.vue'
import OutlineList from '../../components/OutlineList.vue'
import SectionAgenda from '../../components/SectionAgenda.vue'
import SupportMeasure from '../../components/SupportMeasure.vue'
import TreatyArticle from '../../components/TreatyArticle.vue'
import { footerFor } from '../../data/deck'
import { formatLongDate, splitNumber } from '../../data/format'
import { byId } from '../../data/ids'
import { articles, documents, lecture, objectives, outlines, sections, supportMeasures } from '../../data/lecture'
import { sources } from '../../data/sources'

// Slidev's globals, stood in for: <Link> becomes a plain anchor, v-click records its value.
const Link = defineComponent({
  props: { to: { type: [String, Number], required: true } },
  setup: (props, { slots }) => () => h('a', { href: `#/${props.to}` }, slots.default?.()),
})
const click: Directive<HTMLElement, unknown> = {
  mounted: (el, binding) => el.setAttribute('data-click', String(binding.value)),
}
const global = { components: { Link }, directives: { click } }

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('treatyArticle', () => {
  it.each(articles)('shows Article $number, its treaty, date and full text', (article) => {
    const wrapper = mount(TreatyArticle, { props: { id: article.id }, global })
    const treaty = byId(documents, article.treaty)
    expect(wrapper.find('.article-number').text()).toBe(`Article ${article.number}:`)
    expect(wrapper.find('cite').text()).toBe(treaty.title)
    expect(wrapper.find('time').attributes('datetime')).toBe(treaty.date)
    expect(wrapper.find('time').text()).toBe('January 19, 1960')
    expect(squash(wrapper.find('blockquote').text())).toBe(`Article ${article.number}: ${article.text}`)
  })

  it('refuses an unknown article', () => {
    expect(() => mount(TreatyArticle, { props: { id: 'article-9' as never }, global })).toThrow(/Unknown treaty article/)
  })
})

describe('objectiveList', () => {
  it.each(['regional', 'global'] as const)('shows every %s objective, numbered, in order', (scope) => {
    const wrapper = mount(ObjectiveList, { props: { scope }, global })
    const items = wrapper.findAll('li')
    expect(items.map(li => li.find('.text').text())).toEqual(byId(objectives, scope).items)
    expect(items.map(li => li.find('.number').text())).toEqual(byId(objectives, scope).items.map((_, i) => String(i + 1)))
    expect(wrapper.find('ol').attributes('aria-label')).toBe(byId(objectives, scope).heading)
  })

  it('puts the twelve regional objectives in two columns and the six global ones in one', () => {
    const regional = mount(ObjectiveList, { props: { scope: 'regional' }, global })
    expect(regional.find('ol').classes()).toContain('columns-2')
    expect(mount(ObjectiveList, { props: { scope: 'global' }, global }).find('ol').classes()).toContain('columns-1')
  })

  it('reveals item by item only when asked', () => {
    const still = mount(ObjectiveList, { props: { scope: 'global' }, global })
    expect(still.findAll('li').map(li => li.attributes('data-click'))).toEqual(Array.from({ length: 6 }).fill('false'))
    const revealed = mount(ObjectiveList, { props: { scope: 'global', reveal: true }, global })
    expect(revealed.findAll('li').map(li => li.attributes('data-click'))).toEqual(Array.from({ length: 6 }).fill('true'))
  })
})

describe('documentTimeline', () => {
  it('shows every document with its year, strand, title and date, in date order', () => {
    const wrapper = mount(DocumentTimeline, { global })
    const entries = wrapper.findAll('.entry')
    expect(entries).toHaveLength(documents.length)
    const sorted = [...documents].sort((a, b) => a.date.localeCompare(b.date))
    entries.forEach((entry, index) => {
      const doc = sorted[index]!
      expect(entry.find('.year').text()).toBe(doc.date.slice(0, 4))
      expect(entry.find('.strand').text()).toBe(doc.strand)
      expect(entry.find('.title').text()).toBe(doc.title)
      expect(entry.find('time').text()).toBe(formatLongDate(doc.date))
      expect(entry.find('time').attributes('datetime')).toBe(doc.date)
    })
  })

  it('places each document on the axis by its date', () => {
    const wrapper = mount(DocumentTimeline, { props: { from: 1950, to: 2010 }, global })
    const left = wrapper.findAll('.dot').map(dot => Number.parseFloat((dot.element as HTMLElement).style.left))
    expect(left).toHaveLength(5)
    expect(left).toEqual([...left].sort((a, b) => a - b))
    // 1 January 1960 is at one sixth of 1950-2010; the treaty of 19 January 1960 just after it.
    expect(left[1]).toBeGreaterThan(100 / 6)
    expect(left[1]).toBeLessThan(100 / 6 + 0.2)
    expect(wrapper.findAll('.marker').map(m => m.text())).toEqual(['1951', '1960', '1997', '2005', '2006'])
  })

  it('sets the years of 2005 and 2006 either side of their dots, so that they do not overlap', () => {
    const markers = mount(DocumentTimeline, { global }).findAll('.marker')
    expect(markers.map(m => m.classes().filter(c => c !== 'marker'))).toEqual([[], [], [], ['before'], ['after']])
  })

  it('marks the decade labels as axis labels, which may be set smaller than text', () => {
    const decades = mount(DocumentTimeline, { global }).findAll('.decade')
    expect(decades.map(d => d.text())).toEqual(['1950', '1960', '1970', '1980', '1990', '2000', '2010'])
    expect(decades.every(d => d.classes('type-label'))).toBe(true)
  })
})

describe('outlineList', () => {
  it('renders the nested outline of Situations in Areas Surrounding Japan', () => {
    const wrapper = mount(OutlineList, { props: { id: 'surrounding-outline' }, global })
    const top = wrapper.findAll('ul.depth-0 > li')
    expect(top).toHaveLength(2)
    expect(wrapper.findAll('ul.depth-1 > li')).toHaveLength(3)
    expect(wrapper.findAll('ul.depth-2 > li').map(li => li.text())).toEqual(
      byId(outlines, 'surrounding-outline').items[1]!.children![0]!.children!.map(item => item.text),
    )
  })

  it('shows a line the source numbers with its number as the marker, not a bullet as well', () => {
    const wrapper = mount(OutlineList, { props: { id: 'surrounding-outline' }, global })
    const top = wrapper.findAll('ul.depth-0 > li')
    expect(top.map(li => li.classes('numbered'))).toEqual([true, true])
    expect(top.map(li => li.find('.number').text())).toEqual(['1.', '2.'])
    // The line reads as in the source, number included.
    expect(squash(top[0]!.text())).toBe(byId(outlines, 'surrounding-outline').items[0]!.text)
    expect(wrapper.findAll('ul.depth-1 > li').some(li => li.classes('numbered'))).toBe(false)
  })

  it('sets a short outline large, filling the slide, and a long one at the normal size', () => {
    const large = mount(OutlineList, { props: { id: 'challenges', size: 'large' }, global }).find('ul')
    expect(large.classes()).toEqual(expect.arrayContaining(['size-large', 'fills-slide']))
    expect(large.classes('few')).toBe(false)
    expect(mount(OutlineList, { props: { id: 'background', size: 'large' }, global }).find('ul').classes('few')).toBe(true)
    const normal = mount(OutlineList, { props: { id: 'surrounding-outline' }, global }).find('ul')
    expect(normal.classes()).toContain('size-normal')
    expect(normal.classes('fills-slide')).toBe(false)
  })

  it('shows the five challenges', () => {
    const wrapper = mount(OutlineList, { props: { id: 'challenges', reveal: true }, global })
    const items = wrapper.findAll('li')
    expect(items.map(li => li.text())).toEqual(byId(outlines, 'challenges').items.map(c => c.text))
    expect(items.every(li => li.attributes('data-click') === 'true')).toBe(true)
  })

  it('reveals top-level items only, so sub-items arrive with their parent', () => {
    const wrapper = mount(OutlineList, { props: { id: 'scc-headings', reveal: true }, global })
    expect(wrapper.findAll('ul.depth-0 > li').map(li => li.attributes('data-click'))).toEqual(['true', 'true', 'true'])
    expect(wrapper.findAll('ul.depth-1 > li').map(li => li.attributes('data-click'))).toEqual(['false', 'false', 'false'])
  })
})

describe('splitNumber', () => {
  it('takes the number off a numbered line and leaves other lines alone', () => {
    expect(splitNumber('2. Responses to Situations')).toEqual({ number: '2.', text: 'Responses to Situations' })
    expect(splitNumber('Search and Rescue')).toEqual({ text: 'Search and Rescue' })
    expect(splitNumber('1951 treaty')).toEqual({ text: '1951 treaty' })
  })
})

describe('supportMeasure', () => {
  it.each(supportMeasures)('shows $heading with its paragraphs', (measure) => {
    const wrapper = mount(SupportMeasure, { props: { id: measure.id }, global })
    expect(wrapper.find('h2').text()).toBe(measure.heading)
    expect(wrapper.findAll('p').map(p => squash(p.text()))).toEqual(measure.paragraphs)
  })
})

describe('sectionAgenda', () => {
  it('links each of the six sections to its divider slide by route alias', () => {
    const wrapper = mount(SectionAgenda, { global })
    const links = wrapper.findAll('a')
    expect(links.map(a => a.attributes('href'))).toEqual(sections.map(s => `#/${s.id}`))
    expect(links.map(a => a.find('.title').text())).toEqual(sections.map(s => s.title))
  })
})

describe('cover, date and sources', () => {
  it('shows the institution, the date as printed and the lecturer', () => {
    const text = mount(LectureCover, { global }).text()
    expect(text).toContain(lecture.institution)
    expect(text).toContain('15 October 2009')
    expect(text).toContain(lecture.lecturer)
  })

  it('gives where and when the Guidelines were issued', () => {
    expect(squash(mount(DocumentDate, { props: { id: 'guidelines-1997' }, global }).text())).toBe('New York, September 23, 1997')
    expect(squash(mount(DocumentDate, { props: { id: 'treaty-1960' }, global }).text())).toBe('January 19, 1960')
  })

  it('links every document to its official text', () => {
    const links = mount(DocumentSources, { global }).findAll('a')
    expect(links.map(a => a.attributes('href'))).toEqual(documents.map(d => byId(sources, d.source).url))
  })
})

describe('footer', () => {
  const deck = [{}, {}, { routeAlias: 'development' }, {}, { routeAlias: 'treaty' }, {}]

  it('names the section a slide belongs to and its number', () => {
    expect(footerFor(deck, 2)).toEqual({ section: lecture.title, page: 2, total: 6 })
    expect(footerFor(deck, 4)).toEqual({ section: '1 · Development of Japan-US Alliance', page: 4, total: 6 })
    expect(footerFor(deck, 6)).toEqual({ section: '2 · Japan-US Security Treaty', page: 6, total: 6 })
  })

  it('has nothing to say outside the deck, and takes only a section\'s id for a divider', () => {
    expect(footerFor(deck, 0)).toBeNull()
    expect(footerFor(deck, 7)).toBeNull()
    expect(footerFor([{ routeAlias: 'epilogue' }], 1)).toEqual({ section: lecture.title, page: 1, total: 1 })
  })
})
