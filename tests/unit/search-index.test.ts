// @vitest-environment node
// The search index built in Node (node/search/index.ts) and the virtual module that ships it
// (node/vite/search-index.ts): every slide's text as the slide renders it, from Slidev's own parse.
import type { ResolvedSlidevOptions, SlideInfo } from '@slidev/types'
import type { Plugin, ViteDevServer } from 'vite'
import type { SearchEntry } from '../../app/search/search'
import type { Deck } from '../../node/deck/deck'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderSlides } from '../../app/edition/render'
import { searchLecture } from '../../app/search/search'
import { articles } from '../../data/lecture'
import { noteBlocks } from '../../data/notes'
import { questions } from '../../data/questions'
import { moves } from '../../data/realignment'
import { PROJECT_ROOT, readDeck } from '../../node/deck/deck'
import { searchIndex } from '../../node/search/index'
import { lectureSearch } from '../../node/vite/search-index'

let deck: Deck
let entries: SearchEntry[]

beforeAll(async () => {
  deck = await readDeck()
  entries = await searchIndex(deck.slides, { renderSlides })
})

describe('the search index', () => {
  it('has every slide, in order, with its title, and each slide\'s text has its title\'s words', () => {
    expect(entries.map(e => [e.no, e.title])).toEqual(deck.slides.map(s => [s.no, s.title]))
    const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? []
    for (const entry of entries)
      expect(words(entry.slide), `slide ${entry.no}`).toEqual(expect.arrayContaining(words(entry.title)))
  })

  it('holds the text the slide components draw from the data module', () => {
    const all = entries.map(e => e.slide).join(' ')
    for (const article of articles)
      expect(all).toContain(article.text)
    for (const move of moves)
      expect(all).toContain(move.label)
  })

  it('holds the context for students and the questions, and never a presenter cue', () => {
    const contexts = entries.map(e => e.context).join(' ')
    for (const question of questions)
      expect(contexts).toContain(question.prompt)
    const cues = deck.slides.flatMap(s => noteBlocks(s.note).filter(b => b.kind === 'cue').map(b => b.markdown))
    expect(cues.length).toBeGreaterThan(0)
    for (const cue of cues)
      expect(contexts).not.toContain(cue.split('\n')[0]!.trim())
  })

  it('finds Article V, and Article VI apart from it', () => {
    const five = deck.slides.find(s => s.content.includes('<TreatyArticle id="article-5"'))!
    expect(searchLecture(entries, 'Article V').filter(h => h.place === 'slide').map(h => h.no)).toContain(five.no)
    expect(searchLecture(entries, 'Article VI').map(h => h.no)).not.toContain(five.no)
  })
})

describe('virtual:lecture-search', () => {
  const entry = resolve(PROJECT_ROOT, 'slides.md')

  async function pluginOver(slides: SlideInfo[]): Promise<Plugin> {
    return lectureSearch({ entry, userRoot: PROJECT_ROOT, data: { slides } } as unknown as ResolvedSlidevOptions)
  }
  async function moduleEntries(plugin: Plugin): Promise<SearchEntry[]> {
    const id = (plugin.resolveId as (id: string) => string)('virtual:lecture-search')
    const code = await (plugin.load as (id: string) => Promise<string>)(id)
    return JSON.parse(code.replace(/^export const entries = /, '')) as SearchEntry[]
  }

  it('is built from Slidev\'s parse of the deck (options.data), not from slides.md read again', async () => {
    const data = await load({ userRoot: PROJECT_ROOT, roots: [PROJECT_ROOT] } as Parameters<typeof load>[0], entry)
    const slides = data.slides.map(slide => ({ ...slide }))
    const second = slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled)[1]!
    second.content = `${second.content}\n\nAn edit not yet saved to disk`
    const module = await moduleEntries(await pluginOver(slides))
    expect(module).toEqual(entries.map(e => e.no === 2 ? { ...e, slide: `${e.slide} An edit not yet saved to disk` } : e))
  }, 60_000)

  it('is built again after an edit of slides.md or data/, not of other files', async () => {
    const plugin = await pluginOver([])
    const invalidated: unknown[] = []
    const module = { id: '\0virtual:lecture-search' }
    const server = { moduleGraph: { getModuleById: (id: string) => id === module.id ? module : undefined, invalidateModule: (m: unknown) => invalidated.push(m) } } as unknown as ViteDevServer
    const edit = (file: string): void => (plugin.handleHotUpdate as (ctx: { file: string, server: ViteDevServer }) => void)({ file, server })
    edit(resolve(PROJECT_ROOT, 'README.md'))
    expect(invalidated).toEqual([])
    edit(entry)
    edit(resolve(PROJECT_ROOT, 'data/lecture.ts'))
    expect(invalidated).toEqual([module, module])
  })
})
