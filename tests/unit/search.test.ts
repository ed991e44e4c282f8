// The lecture search (app/search/search.ts) and the text its index reads from the slides and the
// context as rendered to HTML in Node (node/search/text.ts).
import type { SearchEntry } from '../../app/search/search'
import { describe, expect, it } from 'vitest'
import { normalizeText, queryTerms, searchLecture } from '../../app/search/search'
import { htmlText } from '../../node/search/text'

const entries: SearchEntry[] = [
  { no: 1, title: 'Cover', slide: 'The Development of The Japan-US Alliance', context: 'Start the timer.' },
  { no: 2, title: 'Article V', slide: 'Each Party recognizes that an armed attack against either Party', context: 'The armed attack clause is the defense commitment.' },
  { no: 3, title: 'Article VI', slide: 'For the purpose of contributing to the security of Japan', context: 'Bases: the use of facilities and areas by U.S. forces.' },
]

describe('searchLecture', () => {
  it('finds nothing for a blank query', () => {
    expect(searchLecture(entries, '   ')).toEqual([])
    expect(queryTerms(' \n ')).toEqual([])
  })

  it('finds a phrase that only a context paragraph contains, and says it is in the context', () => {
    const hits = searchLecture(entries, 'defense commitment')
    expect(hits).toEqual([{ no: 2, title: 'Article V', place: 'context', before: 'The armed attack clause is the ', match: 'defense commitment', after: '.' }])
  })

  it('ignores case and extra spaces, and keeps the text\'s own case in the match', () => {
    const [hit] = searchLecture(entries, '  ARMED   attack ')
    expect(hit).toMatchObject({ no: 2, place: 'slide', match: 'armed attack' })
  })

  it('ranks places that hold the whole phrase before places that hold only its words', () => {
    const hits = searchLecture(entries, 'attack armed')
    expect(hits.map(h => [h.no, h.place])).toEqual([[2, 'slide'], [2, 'context']])
    const phraseFirst = searchLecture(entries, 'the security')
    expect(phraseFirst[0]).toMatchObject({ no: 3, place: 'slide', match: 'the security' })
  })

  it('requires every word of the query in the same place', () => {
    expect(searchLecture(entries, 'timer Article')).toEqual([])
  })

  it('cuts long texts to a snippet at word boundaries', () => {
    const long = `${'alpha '.repeat(40)}needle ${'omega '.repeat(40)}`
    const [hit] = searchLecture([{ no: 9, title: 'Long', slide: long, context: '' }], 'needle', 20)
    expect(hit?.before.startsWith('… alpha')).toBe(true)
    expect(hit?.after.endsWith('omega …')).toBe(true)
    expect(hit!.before.length + hit!.after.length).toBeLessThan(60)
  })

  it('matches whole words: "Article V" does not find Article VI, and a short last word is no prefix', () => {
    const articles: SearchEntry[] = [
      { no: 7, title: 'Article V', slide: 'Article V: Each Party recognizes', context: '' },
      { no: 8, title: 'Article VI', slide: 'Article VI: For the purpose of the Treaty', context: '' },
    ]
    expect(searchLecture(articles, 'Article V').map(h => h.no)).toEqual([7])
    expect(searchLecture(articles, 'article vi').map(h => h.no)).toEqual([8])
    expect(searchLecture(articles, 'v').map(h => h.no)).toEqual([7])
  })

  it('lets the last word of three letters or more find longer words, as a student types', () => {
    const [hit] = searchLecture(entries, 'armed att')
    expect(hit).toMatchObject({ no: 2, match: 'armed att' })
    expect(searchLecture(entries, 'secur').map(h => h.no)).toEqual([3])
    expect(searchLecture(entries, 'secur japan')).toEqual([])
  })

  it('collapses white space', () => {
    expect(normalizeText(' a \n\t b  ')).toBe('a b')
  })
})

describe('slide text', () => {
  it('reads the text of every element, separated by spaces', () => {
    expect(htmlText('<h1>Article V</h1><p>Each <b>Party</b> recognizes</p>')).toBe('Article V Each Party recognizes')
  })

  it('leaves out a drawing\'s labels, whose description says it in order', () => {
    expect(htmlText('<h1>Map</h1><svg role="img"><text>Futenma</text><text>1</text><text>Guam</text></svg><ol><li>Futenma to Camp Schwab</li></ol>')).toBe('Map Futenma to Camp Schwab')
    expect(htmlText('<svg><g><svg x="1"><text>inner</text></svg><text>outer</text></g></svg><p>after</p>')).toBe('after')
  })

  it('turns context HTML into text', () => {
    expect(htmlText('<p>First <em>point</em>.</p><ul><li>one</li><li>two</li></ul>')).toBe('First point . one two')
  })

  it('reads entities as the characters they stand for, and leaves out comments and attributes', () => {
    expect(htmlText('<!--[--><a href="#x" title="a > b">Japan&#39;s &amp; U.S. &lt;forces&gt;</a><!--]-->&nbsp;&#x2014;')).toBe('Japan\'s & U.S. <forces> \u2014')
  })
})
