// Deck structure: slides.md as Slidev's parser reads it.
import type { Deck } from '../../node/deck/deck'
import { beforeAll, describe, expect, it } from 'vitest'
import { byId } from '../../data/ids'
import { articles, documents, lecture, objectives, outlines, sections, supportMeasures } from '../../data/lecture'
import { readDeck } from '../../node/deck/deck'

let deck: Deck

beforeAll(async () => {
  deck = await readDeck()
})

/** The values of `attribute` on every `<Component ...>` tag in a slide's Markdown. */
function usages(content: string, component: string, attribute: string): string[] {
  const tags = content.match(new RegExp(`<${component}\\b[^>]*>`, 'g')) ?? []
  return tags.map(tag => new RegExp(`\\b${attribute}="([^"]*)"`).exec(tag)?.[1] ?? '')
}

describe('slides.md', () => {
  it('parses without errors (readDeck refuses a deck with any)', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(20)
  })

  it('names the lecture and the lecturer in its headmatter and on the cover', () => {
    expect(deck.headmatter.title).toBe(lecture.title)
    expect(deck.headmatter.author).toBe(lecture.lecturer)
    expect(deck.headmatter.lang).toBe('en')
    expect(deck.slides[0]!.title).toBe(lecture.title)
    expect(deck.slides[0]!.content).toContain('<LectureCover')
  })

  it('gives every slide a title', () => {
    for (const slide of deck.slides)
      expect(slide.title?.trim(), `slide ${slide.no}`).toBeTruthy()
  })

  it('has the agenda second and the six sections in the lecture\'s order', () => {
    expect(deck.slides[1]!.content).toContain('<SectionAgenda')
    const dividers = deck.slides.filter(s => s.opens)
    expect(dividers.map(s => s.opens)).toEqual(sections.map(s => s.id))
    dividers.forEach((slide, index) => {
      const section = sections[index]!
      expect(slide.frontmatter.layout).toBe('section')
      expect(slide.frontmatter.routeAlias).toBe(section.id)
      expect(slide.title).toBe(section.title)
      expect(slide.content).toContain(`<div class="section-number">${section.number}</div>`)
    })
  })

  it('gives each section at least one content slide', () => {
    const starts = deck.slides.flatMap((s, i) => s.opens ? [i] : [])
    starts.forEach((start, k) => {
      const end = starts[k + 1] ?? deck.slides.length
      expect(end - start, `section ${k + 1}`).toBeGreaterThan(1)
    })
  })

  it('draws every article, objective list, outline and document from the data module', () => {
    const all = deck.slides.map(s => s.content).join('\n')
    expect(usages(all, 'TreatyArticle', 'id').sort()).toEqual(articles.map(a => a.id).sort())
    expect(usages(all, 'ObjectiveList', 'scope').sort()).toEqual(objectives.map(o => o.id).sort())
    expect(usages(all, 'OutlineList', 'id').sort()).toEqual(outlines.map(o => o.id).sort())
    expect(usages(all, 'SupportMeasure', 'id').sort()).toEqual(supportMeasures.map(m => m.id).sort())
    expect(usages(all, 'DocumentTimeline', 'class')).toHaveLength(1)
    for (const id of usages(all, 'DocumentDate', 'id'))
      expect(documents.map(d => d.id)).toContain(id)
  })

  it('does not paste article or objective texts into the Markdown', () => {
    const all = deck.slides.map(s => s.content).join('\n')
    for (const text of [...articles.map(a => a.text), ...byId(objectives, 'regional').items, ...byId(objectives, 'global').items])
      expect(all).not.toContain(text.slice(0, 40))
  })
})
