// The deck's check (node/deck/check.ts) in Slidev's Vite server and build.
// - `slidev build` stops before it writes anything when the deck has a problem (npm run build checks
//   first too; this covers `slidev build` run by hand).
// - Under `npm run dev` an edit of slides.md that fails the check is held back: Slidev is handed the
//   last good text instead (it reads the file through the HMR context's `read`, which is pinned to
//   the text checked: a save that came since is checked in its own turn), so the audience's window
//   keeps the last good render; the terminal prints each problem in one line and the presenter
//   view shows them (app/presenter/DeckProblems.vue). The next good edit goes through as usual.
// - Edits are handled one at a time, each to its end (the check, then Slidev's own update), in the
//   order they were saved: Slidev's update is not safe to run twice at once, and an older save that
//   finished last would put the older text back on the projector. Vite's file watcher (chokidar)
//   drops a change that comes within 50 ms of the one before, so a quick second save has no event:
//   once the saves have settled, the file is read again, and handled again if it says something else
//   than the last save handled.
// - Once Slidev has updated its data, the modules it hands on are invalidated afresh. Vite dates an
//   update by the moment the file changed, but Slidev's slide modules read its data, which changes
//   only later: a transform of a slide begun in between read the older text, and Vite would serve it
//   for the newer update too (it keeps a result begun after the module's last invalidation).
// - `DEBUG=lecture:deck-check npm run dev` prints each save's way through (as Vite's `DEBUG=vite:hmr`).
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

const DEBUG = (process.env.DEBUG ?? '').split(',').some(name => ['lecture:deck-check', 'lecture:*', '*'].includes(name.trim()))
/** A line for `DEBUG=lecture:deck-check`: the time, then what happened to a save. */
function debug(line: string): void {
  if (DEBUG)
    process.stderr.write(`lecture:deck-check ${new Date().toISOString()} ${line}\n`)
}

/** A save's text in short, for the debug lines: its length and its first line that differs from `base`. */
function digest(text: string, base: string): string {
  if (text === base)
    return `${text.length} chars, the last good text`
  const lines = text.split('\n')
  const old = base.split('\n')
  const at = lines.findIndex((line, i) => line !== old[i])
  return `${text.length} chars, line ${at + 1} now ${JSON.stringify((lines[at] ?? '').slice(0, 80))}`
}

/** How long an edit may hold the next one back if Slidev's update never finishes (it threw). */
const TURN_LIMIT_MS = 20_000
/** How long after the last edit handled the file is read again: beyond chokidar's 50 ms window. */
const SETTLE_MS = 150

export function deckCheck(options: ResolvedSlidevOptions): Plugin[] {
  const entry = resolve(options.entry)
  const dataDir = resolve(options.userRoot, 'data')
  let server: ViteDevServer | undefined
  let lines: string[] = []
  let lastGood = ''
  /** Settles when the edit before is handled to its end. */
  let previous: Promise<void> = Promise.resolve()
  /** Edits whose change event came and that are not yet handled to their end. */
  let pending = 0
  /** What slides.md said when an edit last read it. */
  let lastSeen = ''
  let settle: ReturnType<typeof setTimeout> | undefined
  /** Each edit's end, by its context (Vite hands every plugin the same one). */
  const turns = new WeakMap<HmrContext, () => void>()

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
    debug(problems.length === 0 ? 'passes: handed on' : `${problems.length} problems: held back`)
    if (problems.length === 0)
      lastGood = text
    if (edited === entry) {
      // Slidev reads the file again through this context: hand it what was checked (the file may
      // already say something newer), or the last good text.
      const handed = lastGood
      ctx.read = () => handed
    }
    return problems.length === 0 ? undefined : []
  }

  /** Once the saves have settled: the file is handled again if it says something else than the last one. */
  const settled = (): void => {
    const watcher = server?.watcher
    if (pending > 0 || !watcher)
      return
    readFile(entry, 'utf8').then((now) => {
      if (now !== lastSeen && pending === 0) {
        debug('the file says something else than the last save handled: handled again')
        watcher.emit('change', entry)
      }
    }, () => {})
  }

  /** An edit handled to its end: the next may start. */
  const endTurn = (ctx: HmrContext): void => {
    turns.get(ctx)?.()
    turns.delete(ctx)
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
      lastGood = lastSeen = readFileSync(entry, 'utf8')
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
        debug(`change of ${edited} at ${ctx.timestamp}, ${pending} before it`)
        const before = previous
        let ended = false
        let end!: () => void
        previous = new Promise<void>((done) => {
          end = () => {
            if (ended)
              return
            ended = true
            pending--
            done()
            clearTimeout(settle)
            settle = setTimeout(settled, SETTLE_MS)
            settle.unref()
          }
        })
        pending++
        turns.set(ctx, end)
        await before
        setTimeout(end, TURN_LIMIT_MS).unref()
        try {
          const text = edited === entry ? await ctx.read() : lastGood
          if (edited === entry)
            lastSeen = text
          debug(`change at ${ctx.timestamp}: checking ${digest(text, lastGood)}`)
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
        if (turns.has(ctx)) {
          debug(`change at ${ctx.timestamp}: Slidev hands on ${ctx.modules.map(mod => mod.url).join(', ') || 'nothing'}`)
          for (const mod of ctx.modules)
            server?.moduleGraph.invalidateModule(mod)
        }
        endTurn(ctx)
        return undefined
      },
    },
  }

  return [checker, done]
}
