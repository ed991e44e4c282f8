// The deck's check (node/deck/check.ts) in Slidev's Vite server and build.
// - `slidev build` stops before it writes anything when the deck has a problem (npm run build checks
//   first too; this covers `slidev build` run by hand).
// - Under `npm run dev` an edit of slides.md that fails the check is held back: Slidev is handed the
//   last good text instead (it reads the file through the HMR context's `read`), so the audience's
//   window keeps the last good render; the terminal prints each problem in one line and the presenter
//   view shows them (app/presenter/DeckProblems.vue). The next good edit goes through as usual.
// - Edits are handled one at a time, each to its end (the check, then Slidev's own update), in the
//   order they were saved: Slidev's update is not safe to run twice at once, and an older save that
//   finished last would put the older text back on the projector. When an edit has been handled and
//   the file on disk says something else (a save whose change event never came, as when an editor
//   truncates and writes within one tick of the clock), the file is handled again.
// - Vite's error overlay is off: it would cover every window of the dev server, the projector's too.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { HmrContext, ModuleNode, Plugin, ViteDevServer } from 'vite'
import type { DeckProblem } from '../deck/check'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { DECK_PROBLEMS_EVENT, DECK_PROBLEMS_REQUEST } from '../../app/presenter/problems-events'
import { checkDeckText, DeckCheckError, formatProblem } from '../deck/check'

const CHECK_MODULE = resolve(import.meta.dirname, '../deck/check.ts')

/** How long an edit may hold the next one back if Slidev's update never finishes (it threw). */
const TURN_LIMIT_MS = 20_000

export function deckCheck(options: ResolvedSlidevOptions): Plugin[] {
  const entry = resolve(options.entry)
  const dataDir = resolve(options.userRoot, 'data')
  let server: ViteDevServer | undefined
  let lines: string[] = []
  let lastGood = ''
  /** Settles when the edit before is handled to its end. */
  let previous: Promise<void> = Promise.resolve()
  let waiting = 0
  /** Each edit's end, by its context (Vite hands every plugin the same one), with the text it checked. */
  const turns = new WeakMap<HmrContext, { end: () => void, text: string }>()

  /** The check with the data as it now is on disk: the dev server loads check.ts and data/ afresh. */
  const check = async (text: string): Promise<DeckProblem[]> => {
    if (!server)
      return checkDeckText(text, entry, options.userRoot)
    const fresh = await server.ssrLoadModule(CHECK_MODULE) as typeof import('../deck/check')
    return fresh.checkDeckText(text, entry, options.userRoot)
  }
  const report = (problems: DeckProblem[]): void => {
    const next = problems.map(p => formatProblem(p, options.userRoot))
    // Printed as Slidev prints (its log level hides Vite's info lines by default).
    if (next.length > 0)
      console.error(`\n${next.map(line => `  ✗ ${line}`).join('\n')}\n  The audience keeps the last good version until this is fixed.\n`)
    else if (lines.length > 0)
      process.stdout.write('\n  ✓ The deck is fixed; the audience sees it now.\n\n')
    lines = next
    server?.hot.send(DECK_PROBLEMS_EVENT, { lines })
  }

  /** Checks an edit; one that fails is held back (Slidev is handed the last good text). */
  const checkEdit = async (ctx: HmrContext, edited: string, text: string): Promise<ModuleNode[] | undefined> => {
    const problems = await check(text).catch((error: unknown) => [{ file: entry, what: `The deck's check failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }])
    report(problems)
    if (problems.length === 0) {
      lastGood = text
      return undefined
    }
    if (edited === entry) {
      // Slidev reads the file through this context: hand it the last good text.
      const good = lastGood
      ctx.read = () => good
    }
    return []
  }

  /** An edit handled to its end: the next may start; the file is handled again if it changed unseen. */
  const endTurn = (ctx: HmrContext): void => {
    const turn = turns.get(ctx)
    if (!turn)
      return
    turns.delete(ctx)
    turn.end()
    if (waiting > 0 || !server)
      return
    const watcher = server.watcher
    readFile(entry, 'utf8').then((now) => {
      if (now !== turn.text && waiting === 0)
        watcher.emit('change', entry)
    }, () => {})
  }

  const checker: Plugin = {
    name: 'lecture:deck-check',
    enforce: 'pre',
    config(_config, env) {
      return env.command === 'serve' ? { server: { hmr: { overlay: false } } } : undefined
    },
    async buildStart() {
      if (server)
        return
      const problems = await checkDeckText(readFileSync(entry, 'utf8'), entry, options.userRoot)
      if (problems.length > 0)
        throw new DeckCheckError(problems, options.userRoot)
    },
    configureServer(devServer) {
      server = devServer
      lastGood = readFileSync(entry, 'utf8')
      devServer.hot.on(DECK_PROBLEMS_REQUEST, (_data, client) => client.send(DECK_PROBLEMS_EVENT, { lines }))
      // Not awaited: the server starts at once, and the first report follows in a moment.
      void check(lastGood).then(report, (error: unknown) => console.error(`The deck's check failed: ${error instanceof Error ? error.message : String(error)}`))
    },
    handleHotUpdate: {
      order: 'pre',
      async handler(ctx) {
        const edited = resolve(ctx.file)
        if (edited !== entry && !edited.startsWith(`${dataDir}/`))
          return undefined
        const before = previous
        let end!: () => void
        previous = new Promise<void>((done) => {
          end = done
          setTimeout(done, TURN_LIMIT_MS).unref()
        })
        waiting++
        await before
        waiting--
        const text = edited === entry ? await ctx.read() : lastGood
        turns.set(ctx, { end, text })
        try {
          return await checkEdit(ctx, edited, text)
        }
        catch (error) {
          endTurn(ctx)
          throw error
        }
      },
    },
  }

  /** Runs after every other plugin's update (Slidev's included): the edit's end. */
  const done: Plugin = {
    name: 'lecture:deck-check-done',
    handleHotUpdate: {
      order: 'post',
      handler(ctx) {
        endTurn(ctx)
        return undefined
      },
    },
  }

  return [checker, done]
}
