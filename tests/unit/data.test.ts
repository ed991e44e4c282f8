// Data integrity: the lecture's facts are complete, well-formed and written once.
import { describe, expect, it } from 'vitest'
import { formatDate, formatLongDate } from '../../data/format'
import { byId } from '../../data/ids'
import { articles, documents, lecture, objectives, outlines, sections, supportMeasures } from '../../data/lecture'
import { sources } from '../../data/sources'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
}

/** Every string anywhere inside a value, with the path that leads to it. */
function strings(value: unknown, path = 'data'): Array<[string, string]> {
  if (typeof value === 'string')
    return [[path, value]]
  if (Array.isArray(value))
    return value.flatMap((item, index) => strings(item, `${path}[${index}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`))
  return []
}

describe('lecture data', () => {
  it('has the counts the lecture has', () => {
    expect(sections).toHaveLength(6)
    expect(articles).toHaveLength(2)
    expect(documents).toHaveLength(5)
    expect(byId(objectives, 'regional').items).toHaveLength(12)
    expect(byId(objectives, 'global').items).toHaveLength(6)
    expect(byId(outlines, 'challenges').items).toHaveLength(5)
    expect(byId(outlines, 'guidelines-areas').items).toHaveLength(3)
    expect(supportMeasures).toHaveLength(2)
  })

  it('numbers the sections 1 to 6 in order and plans 90 minutes', () => {
    expect(sections.map(s => s.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(sections.reduce((sum, s) => sum + s.minutes, 0)).toBe(90)
  })

  it('lists the five documents in date order, 1951 to 2006', () => {
    const dates = documents.map(d => d.date)
    expect(dates).toEqual([...dates].sort())
    expect(dates.map(d => d.slice(0, 4))).toEqual(['1951', '1960', '1997', '2005', '2006'])
  })

  it('writes every date as a real ISO date', () => {
    for (const date of [lecture.date, ...documents.map(d => d.date)]) {
      expect(date).toMatch(ISO_DATE)
      expect(isRealDate(date), date).toBe(true)
    }
  })

  it('formats dates the way the lecture prints them', () => {
    expect(formatDate(lecture.date)).toBe('15 October 2009')
    expect(documents.map(d => formatLongDate(d.date))).toEqual([
      'September 8, 1951',
      'January 19, 1960',
      'September 23, 1997',
      'February 19, 2005',
      'May 1, 2006',
    ])
  })

  it('has no empty or padded strings', () => {
    const all = strings({ lecture, sections, documents, articles, outlines, supportMeasures, objectives })
    expect(all.length).toBeGreaterThan(80)
    for (const [path, text] of all) {
      expect(text.trim(), path).not.toBe('')
      expect(text, path).toBe(text.trim())
      expect(text, `${path} has a space before a full stop or comma`).not.toMatch(/ [.,]/)
    }
  })

  it('gives every id once', () => {
    for (const list of [sections, documents, articles, supportMeasures]) {
      const ids = list.map(item => item.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('links each article to a treaty in the documents', () => {
    for (const article of articles)
      expect(byId(documents, article.treaty).id).toBe(article.treaty)
    expect(articles.map(a => a.number)).toEqual(['V', 'VI'])
  })

  it('points every document at its text in the source register', () => {
    for (const doc of documents)
      expect(byId(sources, doc.source).date).toBe(doc.date)
  })

  it('fails loudly on an unknown id', () => {
    expect(() => byId(documents, 'treaty-1952')).toThrow(/Unknown document "treaty-1952"/)
    expect(() => byId(articles, 'article-9')).toThrow(/Unknown treaty article/)
    expect(() => byId(sections, 'epilogue')).toThrow('Unknown section "epilogue". Known: development, treaty, guidelines, surrounding, scc, challenges')
    expect(() => byId(outlines, 'nothing')).toThrow(/Unknown outline/)
  })
})
