// The glossary (data/glossary.ts): every rendering says whose it is and where it was read, and what it
// claims to have read can be checked against what the project holds: the lecture's words against the
// lecture, a title against the register's title, a quoted passage against the rendering.
import type { EnglishRendering, Rendering } from '../../data/glossary'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { linkTerms, termsIn } from '../../app/edition/terms'
import { englishForms, glossary } from '../../data/glossary'
import { byId } from '../../data/ids'
import { places } from '../../data/realignment'
import { sources } from '../../data/sources'
import { TERMS_LABEL, withTerms } from '../../node/pptx/glossary'

const lecture = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/source.md'), 'utf8').replace(/\s+/g, ' ')
const KANA = /[\u3040-\u30FF]/
const CJK = /[\u3400-\u9FFF]/
const QUOTED = /“([^”]+)”/

function renderings(): Array<{ id: string, lang: 'en' | 'ja' | 'zh', r: EnglishRendering }> {
  return glossary.flatMap(term => [
    { id: term.id, lang: 'en' as const, r: term.en },
    ...(term.ja ? [{ id: term.id, lang: 'ja' as const, r: term.ja as EnglishRendering }] : []),
    ...(term.zh ? [{ id: term.id, lang: 'zh' as const, r: term.zh as EnglishRendering }] : []),
  ])
}

describe('the glossary', () => {
  it('has each id once, and the lecture\'s five documents', () => {
    expect(new Set(glossary.map(t => t.id)).size).toBe(glossary.length)
    for (const id of ['treaty-1951', 'treaty-1960', 'guidelines-1997', 'scc-2005', 'roadmap-2006'])
      expect(byId(glossary, id).kind).toBe('document')
    expect(() => byId(glossary, 'no-such-term')).toThrow(/^Unknown glossary term "no-such-term"\. Known: treaty-1951, /)
  })

  it('names every place of the realignment map, in the map\'s English', () => {
    for (const place of places) {
      const term = glossary.find(t => t.place === place.id)
      expect(term, place.id).toBeDefined()
      expect(term!.en.text).toBe(place.name)
    }
  })

  it('cites, for every rendering, where it was read: the lecture, a register source, or a page and its publisher', () => {
    for (const { id, lang, r } of renderings()) {
      const where = `${id} (${lang})`
      if ('lecture' in r) {
        expect(lang, where).toBe('en')
        expect(lecture, where).toContain(r.text)
      }
      else if ('editors' in r) {
        expect(lang, `${where}: only English may be the editors' own`).toBe('en')
      }
      else if ('source' in r) {
        const source = byId(sources, r.source)
        // Without a place in the source, the rendering is in its title.
        if (!r.at)
          expect(source.title, where).toContain(r.text)
      }
      else {
        expect(r.by.length, where).toBeGreaterThan(10)
        expect(r.url, where).toMatch(/^https?:\/\/[^/\s]+\.[a-z]+\//)
      }
      // A quoted passage holds the rendering it is cited for.
      const quoted = 'at' in r && r.at ? QUOTED.exec(r.at)?.[1] : undefined
      if (quoted)
        expect(quoted, where).toContain(r.text)
    }
  })

  it('writes Japanese in Japanese script and Chinese in Chinese characters without kana', () => {
    for (const term of glossary) {
      const check = (r: Rendering | undefined, ok: (text: string) => boolean): void => {
        if (r)
          expect(ok(r.text), `${term.id}: ${r.text}`).toBe(true)
      }
      check(term.ja, text => KANA.test(text) || CJK.test(text))
      check(term.zh, text => CJK.test(text) && !KANA.test(text))
      expect(KANA.test(term.en.text) || CJK.test(term.en.text), term.id).toBe(false)
    }
  })

  it('leaves a rendering out where none was read, rather than writing one', () => {
    // These were searched for and not read on an official page: they stay empty until one is.
    expect(byId(glossary, 'extended-deterrence').ja).toBeUndefined()
    expect(byId(glossary, 'extended-deterrence').zh).toBeUndefined()
    expect(byId(glossary, 'common-strategic-objectives').ja).toBeUndefined()
  })

  it('finds a term by its English and its other English forms', () => {
    expect(englishForms(byId(glossary, 'scc'))).toEqual(['Security Consultative Committee (SCC)', 'Security Consultative Committee', 'SCC', '2+2'])
  })
})

describe('terms in the slides', () => {
  it('names the terms a text mentions, each once, the longest form first', () => {
    expect(termsIn('The Joint Statement by the Security Consultative Committee (SCC) and the SCC')).toEqual(['scc-2005', 'scc'])
    expect(termsIn('Peace Treaty, Security Treaty and Self Defense Forces')).toEqual(['peace-treaty', 'sdf'])
    expect(termsIn('SCCs and ASCC')).toEqual([])
  })

  it('links the first mention of each term, outside links, headings and drawings', () => {
    const html = '<h4>Okinawa</h4><p>From <a href="#x">Okinawa</a> to Guam &amp; Okinawa, then Guam.</p><svg><text>Futenma</text></svg><p>Futenma</p>'
    const { html: linked, linked: ids } = linkTerms(html, id => `#term-${id}`)
    expect(ids).toEqual(['guam', 'okinawa', 'futenma'])
    expect(linked).toBe('<h4>Okinawa</h4><p>From <a href="#x">Okinawa</a> to <a class="term" href="#term-guam">Guam</a> &amp; <a class="term" href="#term-okinawa">Okinawa</a>, then Guam.</p><svg><text>Futenma</text></svg><p><a class="term" href="#term-futenma">Futenma</a></p>')
  })
})

describe('terms in the PowerPoint notes', () => {
  it('adds the terms a slide names after its notes, with their Japanese and Chinese, and nothing to a slide without notes', () => {
    const notes = [[{ text: 'Context:', label: true }, { text: 'Some context.' }], []]
    const result = withTerms(notes, ['Peace Treaty, Security Treaty and Self Defense Forces, Okinawa', 'Okinawa'])
    expect(result[0]!.slice(2)).toEqual([
      { text: `${TERMS_LABEL}:`, label: true },
      { text: 'Treaty of Peace with Japan: Japanese サンフランシスコ平和条約; Chinese (simplified) (not read)' },
      { text: 'Self Defense Forces: Japanese 自衛隊; Chinese (simplified) (not read)' },
      { text: 'Okinawa: Japanese 沖縄; Chinese (simplified) 冲绳' },
    ])
    expect(result[1]).toEqual([])
  })
})
