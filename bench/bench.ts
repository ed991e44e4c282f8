// `npm run bench`: what a lecturer and a student wait for, measured side by side with a plain Slidev
// deck (issue 6). Writes a baseline deck with as many slides and as much text as ours into a temporary
// folder, measures both in alternation (ours, baseline, ours, baseline ...), prints one table and writes
// the figures to .bench/results.json. A missed aim or a failed measurement never fails the run; only a
// run that cannot start (no browser, our deck does not build) exits non-zero.
//   --runs N   runs of each measurement (default 3; the table shows medians)
//   --quick    one run each (CI smoke test)
//   --keep     keep the temporary folder
//   --out F    JSON path (default .bench/results.json)
import type { Browser } from 'playwright-chromium'
import type { OutputId } from '../data/deck'
import type { FirstSlideLoad } from './page'
import type { BenchOptions, Metric } from './stats'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { OUTPUTS } from '../data/deck'
import { findBrowser } from '../node/browser'
import { DIST_DIR, ensureSite } from '../node/build/build'
import { MAKERS, OUTPUT_IDS } from '../node/build/outputs'
import { readDeck } from '../node/deck/deck'
import { UsageError } from '../node/errors'
import { HALL_CLICKS, measureHall, percentile } from '../node/hall/bench'
import { startHallServer } from '../node/hall/server'
import { serveStatic } from '../node/serve'
import { writeBaselineDeck } from './baseline'
import { editionLoad, firstSlideLoad, launch, navigationTimes, newContext, openFirstSlide, slideTexts, timeToFirstSlide } from './page'
import { dirSize, runTimed, startDevServer, stopAll } from './process'
import { formatTable, median, parseArgs, summarize } from './stats'

const ROOT = resolve(import.meta.dirname, '..')
/** Phones in the hall's rows, and the aims for p95 from click to phone (issue 27). */
const HALL_PHONES = [100, 300, 1000] as const
const HALL_P95_AIMS: Partial<Record<number, number>> = { 300: 100, 1000: 250 }
/** The outputs' aims (issue 26): wall time against the plain deck's `slidev export`, and size per page. */
const OUTPUT_RATIO_AIMS: Partial<Record<OutputId, number>> = { slides: 0.35, handout: 0.35 }
const OUTPUT_PAGE_AIMS: Partial<Record<OutputId, number>> = { slides: 60 * 1024 }
const SLIDEV = join(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
const KB = 1024

type Side = 'ours' | 'baseline'
const SIDES: Side[] = ['ours', 'baseline']

interface Deck {
  side: Side
  dir: string
}

/** The hall's rows: the same Metric objects as in `metrics`, by their key. */
const hallRows = hallMetrics()
/** The outputs a command makes alone (the others are timed as part of the build). */
const TIMED_OUTPUTS = OUTPUT_IDS.filter(id => MAKERS[id].command)
/** Each output's rows, by output: its command's wall time, file size, pages (or slides) and size per page. */
const outputs = outputMetrics()
const outputRows = Object.fromEntries(TIMED_OUTPUTS.flatMap(id => Object.entries(rowsOf(id)).map(([key, m]) => [`${id}.${key}`, m])))

const metrics = {
  devMs: metric('dev.firstSlideMs', 'dev server: start → first slide painted', 'ms', { kind: 'ratio', max: 1.0 }),
  buildMs: metric('build.wallMs', 'build: wall time (ours with both PDFs, baseline the site)', 'ms'),
  buildAllMs: metric('build.everyOutputMs', 'every output: ours build, baseline build + export', 'ms', { kind: 'ratio', max: 0.85 }),
  buildBytes: metric('build.outputBytes', 'build: output size', 'bytes'),
  siteBytes: metric('build.siteBytes', 'build: output size without PDF downloads', 'bytes'),
  firstGzip: metric('firstSlide.gzipBytes', 'first slide: bytes loaded before paint (gzip)', 'bytes', { kind: 'ratio', max: 1.2 }),
  firstGzipNoFonts: metric('firstSlide.gzipBytesWithoutFonts', 'first slide: the same without font files', 'bytes'),
  firstRequests: metric('firstSlide.requests', 'first slide: requests before paint', 'count'),
  firstUnused: metric('firstSlide.unusedAssets', 'first slide: unused fonts/images before paint', 'count', { kind: 'value', max: 1 }),
  siteMs: metric('site.firstSlideMs', 'built site: navigation → first slide painted', 'ms', { kind: 'ratio', max: 1.1 }),
  editionMs: metric('edition.firstPaintMs', 'reader edition: navigation → first paint', 'ms', undefined, true),
  editionBytes: metric('edition.bytesBeforePaint', 'reader edition: bytes before first paint (as sent)', 'bytes', { kind: 'value', max: 100 * KB }, true),
  navMedian: metric('nav.medianMs', 'navigation: key → next slide painted, median', 'ms', { kind: 'value', max: 50 }),
  navWorst: metric('nav.worstMs', 'navigation: key → next slide painted, worst', 'ms', { kind: 'value', max: 150 }),
  // Each output of node/build/outputs.ts, made by its own command from an existing build.
  ...outputRows,
  // The hall (npm run hall, node/hall/): simulated phones on 127.0.0.1, the server in its own process.
  ...hallRows,
}

interface OutputMetrics { ms: Metric, bytes: Metric, count: Metric, perPage: Metric }

/**
 * The rows of every output in node/build/outputs.ts, named by its command (`export.wallMs`). Where an output
 * has an aim against the plain deck, its baseline is the plain deck's `slidev export` of the same run.
 */
function outputMetrics(): Map<OutputId, OutputMetrics> {
  const rows = new Map<OutputId, OutputMetrics>()
  for (const id of TIMED_OUTPUTS) {
    const { command, unit } = MAKERS[id]
    const ratio = OUTPUT_RATIO_AIMS[id]
    const perPage = OUTPUT_PAGE_AIMS[id]
    const name = `${OUTPUTS[id].label} (npm run ${command})`
    // The plain deck's export is a slides PDF: its size and pages stand beside ours for that output.
    const oursOnly = id !== 'slides'
    rows.set(id, {
      ms: metric(`${command}.wallMs`, `${name} from an existing build: wall time`, 'ms', ratio ? { kind: 'ratio', max: ratio } : undefined, !ratio),
      bytes: metric(`${command}.bytes`, `${name}: file size`, 'bytes', undefined, oursOnly),
      count: metric(`${command}.${unit}`, `${name}: ${unit}`, 'count', undefined, oursOnly),
      perPage: metric(`${command}.bytesPer${unit === 'pages' ? 'Page' : 'Slide'}`, `${name}: size per ${unit.slice(0, -1)}`, 'bytes', perPage ? { kind: 'value', max: perPage } : undefined, oursOnly),
    })
  }
  return rows
}

/** The rows of output `id`, which has a command. */
function rowsOf(id: OutputId): OutputMetrics {
  const rows = outputs.get(id)
  if (!rows)
    throw new Error(`The output "${id}" has no command of its own to time.`)
  return rows
}

function hallMetrics(): Record<string, Metric> {
  const rows: Record<string, Metric> = {}
  for (const phones of HALL_PHONES) {
    const aim = HALL_P95_AIMS[phones]
    rows[`hallP50x${phones}`] = metric(`hall.clickToPhone.p50.${phones}`, `hall: presenter's click → phone, median, ${phones} phones`, 'ms', undefined, true)
    rows[`hallP95x${phones}`] = metric(`hall.clickToPhone.p95.${phones}`, `hall: presenter's click → phone, p95, ${phones} phones`, 'ms', aim ? { kind: 'value', max: aim } : undefined, true)
  }
  rows.hallCpu = metric('hall.serverCpuPerClickPer100', 'hall: server CPU per click per 100 phones (at 300)', 'ms', undefined, true)
  rows.hallMemory = metric('hall.serverMemoryPer100', 'hall: server memory per 100 phones (RSS, at 1,000)', 'bytes', { kind: 'value', max: 10 * KB * KB }, true)
  rows.hallJoin = metric('hall.joinBytes', 'hall: bytes one phone loads to join, built site (gzip)', 'bytes', { kind: 'value', max: 300 * KB }, true)
  rows.hallDevJoin = metric('hall.devServerJoinBytes', 'hall: the same from Slidev\'s dev server (unbundled modules)', 'bytes', undefined, true)
  return rows
}

function metric(id: string, label: string, unit: Metric['unit'], aim?: Metric['aim'], oursOnly = false): Metric {
  return { id, label, unit, aim, oursOnly, samples: { ours: [], baseline: [] } }
}

const errors: string[] = []
const details: { firstSlide: Partial<Record<Side, Omit<FirstSlideLoad, 'paintMs'>>>, navigation: Record<Side, number[][]> } = {
  firstSlide: {},
  navigation: { ours: [], baseline: [] },
}

/** Runs one measurement; a failure is recorded and the benchmark goes on. */
async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn()
  }
  catch (error) {
    const message = `${what}: ${(error as Error).message.split('\n').slice(0, 12).join('\n')}`
    errors.push(message)
    console.error(`  ! ${message}`)
    return undefined
  }
}

function log(message: string): void {
  console.log(`[bench] ${message}`)
}

async function pdfFacts(file: string): Promise<{ bytes: number, pages: number }> {
  const bytes = readFileSync(file)
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true })
  return { bytes: bytes.length, pages: pdf.getPageCount() }
}

/**
 * The node arguments of `npm run <name>` as package.json has it (`node --import tsx scripts/….ts`), the
 * script's path made absolute: ours is timed as a user runs it, less npm's own start.
 */
function npmScript(name: string): string[] {
  const command: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts[name]
  const [program, ...args] = command.split(' ')
  if (program !== 'node')
    throw new Error(`package.json's "${name}" script does not start with node: ${command}`)
  return args.map(arg => arg.endsWith('.ts') ? join(ROOT, arg) : arg)
}

/** Runs the command of output `id` (`npm run export`, `handout`, `pptx`), writing into the temporary folder. */
async function ourOutput(id: OutputId, tmp: string, run: number): Promise<void> {
  const target = join(tmp, `ours-${run}-${OUTPUTS[id].file}`)
  const command = MAKERS[id].command!
  const result = await runTimed(process.execPath, [...npmScript(command), '--output', target], { cwd: ROOT, timeoutMs: 600_000 })
  if (result.code !== 0)
    throw new Error(`npm run ${command} exited with ${result.code}:\n${result.tail}`)
  const bytes = statSync(target).size
  const count = target.endsWith('.pdf') ? (await pdfFacts(target)).pages : (await readDeck()).slides.length
  const rows = rowsOf(id)
  for (const [row, value] of [[rows.ms, result.ms], [rows.bytes, bytes], [rows.count, count], [rows.perPage, bytes / count]] as const)
    row.samples.ours.push(value)
  log(`${command} ours: ${Math.round(result.ms)} ms, ${count} ${MAKERS[id].unit}, ${Math.round(bytes / KB)} KB (${target})`)
}

async function baselineExport(deck: Deck, tmp: string, run: number, browserPath: string): Promise<void> {
  const target = join(tmp, `baseline-export-${run}.pdf`)
  const result = await runTimed(process.execPath, [SLIDEV, 'export', '--output', target, '--executable-path', browserPath, '--timeout', '120000'], { cwd: deck.dir, timeoutMs: 600_000 })
  if (result.code !== 0 || !existsSync(target))
    throw new Error(`slidev export exited with ${result.code}:\n${result.tail}`)
  const facts = await pdfFacts(target)
  // The plain deck's one export is the baseline of every output that has a ratio aim.
  for (const id of OUTPUT_IDS.filter(id => OUTPUT_RATIO_AIMS[id]))
    rowsOf(id).ms.samples.baseline.push(result.ms)
  const slides = rowsOf('slides')
  for (const [row, value] of [[slides.bytes, facts.bytes], [slides.count, facts.pages], [slides.perPage, facts.bytes / facts.pages]] as const)
    row.samples.baseline.push(value)
  log(`export baseline: ${Math.round(result.ms)} ms, ${facts.pages} pages, ${Math.round(facts.bytes / KB)} KB (${target})`)
}

async function measureDev(browser: Browser, deck: Deck): Promise<void> {
  const server = await startDevServer(deck.dir, SLIDEV, 180_000)
  try {
    const { context, page } = await newContext(browser)
    try {
      const gotoAt = performance.now()
      const paint = await openFirstSlide(page, server.url, 180_000)
      const ms = gotoAt - server.startedAt + paint
      metrics.devMs.samples[deck.side].push(ms)
      log(`dev ${deck.side}: first slide after ${Math.round(ms)} ms`)
      if (deck.side === 'ours')
        hallRows.hallDevJoin!.samples.ours.push((await firstSlideLoad(browser, server.url)).gzipBytes)
    }
    finally {
      await context.close()
    }
  }
  finally {
    await server.stop()
  }
}

/** Builds into `out` (ours: `npm run build`, the site and both PDFs); false when the build failed. */
/** The hall's rows: phones following clicks at each size, and what a phone loads to join. */
async function measureHallRows(browser: Browser, dist: string, slides: number): Promise<void> {
  for (const phones of HALL_PHONES) {
    const load = await measureHall(dist, slides, phones)
    hallRows[`hallP50x${phones}`]!.samples.ours.push(percentile(load.latencies, 0.5))
    hallRows[`hallP95x${phones}`]!.samples.ours.push(percentile(load.latencies, 0.95))
    if (phones === 300)
      hallRows.hallCpu!.samples.ours.push(load.cpuMs / HALL_CLICKS / (phones / 100))
    if (phones === 1000)
      hallRows.hallMemory!.samples.ours.push(load.rssGrowth / (phones / 100))
    log(`hall ${phones} phones: p95 ${Math.round(percentile(load.latencies, 0.95))} ms`)
  }
  const server = await startHallServer({ root: dist, password: 'bench', slides: Array.from({ length: slides }, (_, i) => String(i + 1)), joinUrl: 'http://127.0.0.1/' })
  try {
    hallRows.hallJoin!.samples.ours.push((await firstSlideLoad(browser, server.url)).gzipBytes)
  }
  finally {
    await server.close()
  }
}

async function measureBuild(deck: Deck, out: string): Promise<boolean> {
  const command = deck.side === 'ours'
    ? [...npmScript('build'), '--out', out, '--exports', join(out, '..', `${basename(out)}-exports`)]
    : [SLIDEV, 'build', '--out', out]
  const result = await runTimed(process.execPath, command, { cwd: deck.dir, timeoutMs: 600_000 })
  if (result.code !== 0 || !existsSync(join(out, 'index.html'))) {
    errors.push(`build ${deck.side}: exited with ${result.code}\n${result.tail}`)
    console.error(`  ! build ${deck.side} failed:\n${result.tail}`)
    return false
  }
  metrics.buildMs.samples[deck.side].push(result.ms)
  const bytes = dirSize(out)
  const downloads = join(out, 'downloads')
  metrics.buildBytes.samples[deck.side].push(bytes)
  metrics.siteBytes.samples[deck.side].push(bytes - (existsSync(downloads) ? dirSize(downloads) : 0))
  log(`build ${deck.side}: ${Math.round(result.ms)} ms, ${Math.round(bytes / KB)} KB`)
  return true
}

async function measureSite(browser: Browser, deck: Deck, out: string, total: number, first: boolean): Promise<void> {
  const server = await serveStatic(out)
  try {
    await attempt(`first slide ${deck.side}`, async () => {
      const ms = await timeToFirstSlide(browser, server.url)
      metrics.siteMs.samples[deck.side].push(ms)
      const load = await firstSlideLoad(browser, server.url)
      metrics.firstGzip.samples[deck.side].push(load.gzipBytes)
      metrics.firstGzipNoFonts.samples[deck.side].push(load.gzipBytes - load.fontGzipBytes)
      metrics.firstRequests.samples[deck.side].push(load.requests.length)
      metrics.firstUnused.samples[deck.side].push(load.unused.length)
      if (first) {
        const { paintMs: _, ...rest } = load
        details.firstSlide[deck.side] = rest
      }
      log(`site ${deck.side}: first slide ${Math.round(ms)} ms, ${load.requests.length} requests, ${(load.gzipBytes / KB).toFixed(1)} KB gzip before paint`)
    })
    if (deck.side === 'ours') {
      await attempt('reader edition', async () => {
        const edition = await editionLoad(browser, `${server.url}reader/`)
        metrics.editionMs.samples.ours.push(edition.paintMs)
        metrics.editionBytes.samples.ours.push(edition.bytes)
        log(`reader edition: first paint ${Math.round(edition.paintMs)} ms, ${(edition.bytes / KB).toFixed(1)} KB before it`)
      })
    }
    await attempt(`navigation ${deck.side}`, async () => {
      const times = await navigationTimes(browser, server.url, total)
      details.navigation[deck.side].push(times.map(Math.round))
      metrics.navMedian.samples[deck.side].push(median(times) ?? Number.NaN)
      metrics.navWorst.samples[deck.side].push(Math.max(...times))
      log(`navigation ${deck.side}: median ${Math.round(median(times) ?? 0)} ms, worst ${Math.round(Math.max(...times))} ms`)
    })
  }
  finally {
    await server.close()
  }
}

async function main(options: BenchOptions): Promise<number> {
  if (!existsSync(SLIDEV)) {
    console.error(`Slidev is not installed (${SLIDEV}): run npm ci first.`)
    return 1
  }
  const browserPath = (await findBrowser()).path
  const deck = await readDeck()
  const total = deck.slides.length
  const theme = deck.theme
  const slidevVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/@slidev/cli/package.json'), 'utf8')).version as string
  const tmp = mkdtempSync(join(tmpdir(), 'slidev-bench-'))
  log(`${options.runs} run(s) each, ${total} slides, Slidev ${slidevVersion}, theme ${theme}, in ${tmp}`)

  const ours: Deck = { side: 'ours', dir: ROOT }
  const baseline: Deck = { side: 'baseline', dir: join(tmp, 'baseline') }
  const decks = { ours, baseline }
  let textChars = 0

  // Export and handout are timed from an existing build, as a lecturer runs them after `npm run build`.
  await ensureSite({ log })
  const browser = await launch()
  try {
    for (let run = 1; run <= options.runs; run++) {
      log(`run ${run} of ${options.runs}`)
      // Builds first: the first build of ours gives the text that the baseline is written from.
      const outs: Partial<Record<Side, string>> = {}
      for (const side of SIDES) {
        const out = join(tmp, `${side}-dist-${run}`)
        if (await measureBuild(decks[side], out))
          outs[side] = out
        if (side === 'ours' && run === 1) {
          if (!outs.ours) {
            console.error('Our deck does not build, so there is nothing to compare: see the error above.')
            return 1
          }
          const server = await serveStatic(outs.ours)
          try {
            const slides = await slideTexts(browser, no => `${server.url}#/${no}?clicks=999`, total)
            textChars = slides.reduce((sum, s) => sum + s.title.length + s.lines.join(' ').length, 0)
            writeBaselineDeck(baseline.dir, join(ROOT, 'node_modules'), slides, theme)
            log(`baseline: ${slides.length} slides, ${textChars} characters of text, in ${baseline.dir}`)
          }
          finally {
            await server.close()
          }
        }
      }
      for (const side of SIDES) {
        const out = outs[side]
        if (out)
          await measureSite(browser, decks[side], out, total, run === 1)
      }
      for (const side of SIDES)
        await attempt(`dev ${side}`, () => measureDev(browser, decks[side]))
      await attempt('export ours', () => ourOutput('slides', tmp, run))
      await attempt('export baseline', () => baselineExport(baseline, tmp, run, browserPath))
      // Every output: our one build against the baseline's build and export of the same run.
      const ours = metrics.buildMs.samples.ours[run - 1]
      const [built, exported] = [metrics.buildMs.samples.baseline[run - 1], rowsOf('slides').ms.samples.baseline[run - 1]]
      if (ours !== undefined && built !== undefined && exported !== undefined) {
        metrics.buildAllMs.samples.ours.push(ours)
        metrics.buildAllMs.samples.baseline.push(built + exported)
      }
      for (const id of TIMED_OUTPUTS.filter(id => id !== 'slides'))
        await attempt(`${MAKERS[id].command} ours`, () => ourOutput(id, tmp, run))
      await attempt('hall', () => measureHallRows(browser, DIST_DIR, total))
      for (const out of Object.values(outs))
        rmSync(out, { recursive: true, force: true })
    }
  }
  finally {
    await browser.close()
    if (!options.keep)
      rmSync(tmp, { recursive: true, force: true })
  }

  const results = Object.values(metrics).map(summarize)
  console.log('')
  console.log(formatTable(results))
  console.log(`\nMedians of ${options.runs} run(s); ratio = ours / baseline (a plain Markdown deck, same slides and text).`)
  const unused = details.firstSlide.ours?.unused ?? []
  if (unused.length)
    console.log(`Loaded before the first slide's paint but not used by it:\n${unused.map(u => `  - ${u}`).join('\n')}`)
  if (errors.length)
    console.log(`\n${errors.length} measurement(s) failed (figures missing above):\n${errors.map(e => `  - ${e.split('\n')[0]}`).join('\n')}`)

  const file = resolve(ROOT, options.out)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify({
    generatedAt: new Date().toISOString(),
    runs: options.runs,
    machine: { node: process.version, cpus: cpus().length, platform: process.platform },
    slidev: slidevVersion,
    theme,
    slides: total,
    textChars,
    metrics: results,
    details,
    errors,
  }, null, 2)}\n`)
  log(`figures written to ${file} (${statSync(file).size} bytes)`)
  return 0
}

// Only as a command: importing this file (to type-check it, say) starts nothing.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let options: BenchOptions
  try {
    options = parseArgs(process.argv.slice(2))
  }
  catch (error) {
    if (!(error instanceof UsageError))
      throw error
    console.error(error.message)
    process.exit(1)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopAll()
      process.exit(130)
    })
  }
  try {
    process.exitCode = await main(options)
  }
  catch (error) {
    console.error(`The benchmark could not run: ${(error as Error).stack ?? error}`)
    process.exitCode = 1
  }
}
