// @vitest-environment node
// The deck check in the dev server (node/vite/deck-check.ts), driven as Vite drives it: each save of
// slides.md goes through the plugin's first hook, then Slidev's update, then its last hook. A save is
// not looked at before the one before it has been handled to its end, a failing save hands Slidev the
// last good text, and a save whose change event never came is handled once the saves have settled.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { HmrContext, ModuleNode, Plugin, ViteDevServer } from 'vite'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as checkModule from '../../node/deck/check'
import { DEFAULT_ENTRY, PROJECT_ROOT } from '../../node/deck/deck'
import { deckCheck } from '../../node/vite/deck-check'

const good = readFileSync(DEFAULT_ENTRY, 'utf8')
const articleSix = good.replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-6" />')
const typo = good.replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-V" />')

/** The module of slide 7, as Slidev hands it on after its update. */
const slideModule = { id: 'slides.md__slidev_7.md' } as ModuleNode

type Hook = (ctx: HmrContext) => Promise<ModuleNode[] | undefined> | ModuleNode[] | undefined
function hookOf(plugin: Plugin): Hook {
  const hook = plugin.handleHotUpdate as { handler: Hook }
  return ctx => hook.handler.call({} as never, ctx)
}

let dir: string
let entry: string
let first: Hook
let last: Hook
let emitted: string[]
let sent: unknown[]
let invalidated: ModuleNode[]

/** A save of slides.md as Vite hands it to the plugins; `read` is what Vite would read. */
function save(text: string): HmrContext & { reads: number } {
  const ctx = { file: entry, timestamp: Date.now(), modules: [slideModule], reads: 0, server: undefined as never, read: async () => {
    ctx.reads++
    return text
  } }
  return ctx
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deck-check-'))
  entry = join(dir, 'slides.md')
  writeFileSync(entry, good)
  // This test's own lists: a check still running from the test before writes to its own.
  const ownEmitted: string[] = emitted = []
  const ownSent: unknown[] = sent = []
  const ownInvalidated: ModuleNode[] = invalidated = []
  // What the plugin prints for the lecturer's terminal (the presenter view's lines are checked instead).
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const plugins = deckCheck({ entry, userRoot: PROJECT_ROOT } as ResolvedSlidevOptions)
  const server = {
    ssrLoadModule: async () => checkModule,
    hot: { send: (_event: string, data: unknown) => ownSent.push(data), on: () => {} },
    moduleGraph: { invalidateModule: (mod: ModuleNode) => ownInvalidated.push(mod) },
    watcher: { emit: (event: string, file: string) => ownEmitted.push(`${event} ${file}`) },
  } as unknown as ViteDevServer
  for (const plugin of plugins)
    (plugin.configureServer as ((server: ViteDevServer) => void) | undefined)?.(server)
  first = hookOf(plugins.find(p => (p.handleHotUpdate as { order?: string }).order === 'pre')!)
  last = hookOf(plugins.find(p => (p.handleHotUpdate as { order?: string }).order === 'post')!)
})

afterEach(() => {
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

const aMoment = () => new Promise(done => setTimeout(done, 100))

describe('the deck check under npm run dev', () => {
  it('looks at a save only once Slidev has handled the one before it', async () => {
    const one = save(articleSix)
    expect(await first(one)).toBeUndefined()
    const two = save(good)
    let handedOn = false
    const second = Promise.resolve(first(two)).then(() => handedOn = true)
    await aMoment()
    expect(two.reads).toBe(0)
    expect(handedOn).toBe(false)
    expect(invalidated).toEqual([])
    last(one)
    // Invalidated once Slidev's data holds the save, so that a transform begun before is not served.
    expect(invalidated).toEqual([slideModule])
    await second
    expect(two.reads).toBe(1)
    last(two)
  })

  it('hands Slidev the last good text for a save that fails the check, and the next good one as it is', async () => {
    const bad = save(typo)
    expect(await first(bad)).toEqual([])
    expect(await bad.read()).toBe(good)
    expect(sent.at(-1)).toEqual({ lines: [expect.stringContaining('Unknown treaty article "article-V"')] })
    last(bad)
    const fixed = save(articleSix)
    expect(await first(fixed)).toBeUndefined()
    expect(await fixed.read()).toBe(articleSix)
    expect(sent.at(-1)).toEqual({ lines: [] })
    last(fixed)
  })

  it('hands Slidev the text it checked, though the file says something newer by the time Slidev reads it', async () => {
    const texts = [articleSix, typo]
    const ctx = save('')
    ctx.read = async () => texts.shift() ?? typo
    expect(await first(ctx)).toBeUndefined()
    expect(await ctx.read()).toBe(articleSix)
    last(ctx)
  })

  it('reads the file again once the saves have settled, and handles a save whose change event was dropped', async () => {
    writeFileSync(entry, articleSix)
    const seen = save(articleSix)
    await first(seen)
    last(seen)
    await new Promise(done => setTimeout(done, 400))
    expect(emitted).toEqual([])

    // A second save within chokidar's 50 ms of the first: Vite's watcher drops its change event.
    const one = save(good)
    await first(one)
    writeFileSync(entry, typo)
    last(one)
    await vi.waitFor(() => expect(emitted).toEqual([`change ${entry}`]))
  })
})
