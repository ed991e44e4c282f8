// The built site as the one source of every output, and the commands that decide when to build it:
// `slidev build` writes it, the reader edition and the handout page are written into it, then the
// service worker that keeps them offline (node/offline/), and the
// outputs of node/build/outputs.ts are made beside it (the PDFs printed from two of its pages by one Chromium
// over one static server). `buildAll` is `npm run build`, its steps overlapped where they can;
// `exportOutput` is `npm run export`, `handout` and `pptx`, which build first when a PDF needs dist/ and
// it is missing or stale.
import type { Buffer } from 'node:buffer'
import type { Browser } from 'playwright-chromium'
import type { OutputId } from '../../data/deck'
import type { BrowserOptions, FoundBrowser } from '../browser'
import type { SlidevServer } from '../pdf/slidev-server'
import type { Made, MakeInput } from './outputs'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { DOWNLOADS_ENV } from '../../app/downloads/downloads'
import { DOWNLOADS_FOLDER, EDITION_FOLDER, HANDOUT_FOLDER, OUTPUTS } from '../../data/deck'
import { BrowserNotFoundError, launchChromium, locateChromium } from '../browser'
import { checkDeck, DeckCheckError } from '../deck/check'
import { DEFAULT_ENTRY, EXPORTS_DIR, PROJECT_ROOT, readDeck } from '../deck/deck'
import { SITE_URL_ENV } from '../deck/site-address'
import { ReportedError } from '../errors'
import { checkFolder, checkOutput, elapsedSince, makeFolders, writeAtomically } from '../files'
import { SW_FILE, writeOffline } from '../offline/offline'
import { checkPerPage } from '../pdf/handout'
import { writeHandoutPage } from '../pdf/handout-page'
import { startPdfReader } from '../pdf/read'
import { startSlidev } from '../pdf/slidev-server'
import { serveStatic } from '../serve'
import { describeMade, MAKERS, OUTPUT_IDS } from './outputs'

export const DIST_DIR = resolve(PROJECT_ROOT, 'dist')

/** `slidev build` failed; the message holds what it printed that matters. */
export class BuildError extends ReportedError {}

export interface ExportResult {
  path: string
  pages: number
  bytes: number
  /** Wall time, in ms. */
  ms: number
}

/** What the site is built from: a change to any of these makes dist/ stale. */
export const SITE_SOURCES = [
  'slides.md',
  'components',
  'data',
  'app',
  'setup',
  'node',
  'styles',
  'public',
  'slide-bottom.vue',
  'slide-top.vue',
  'global-bottom.vue',
  'global-top.vue',
  'custom-nav-controls.vue',
  'package-lock.json',
]

/** The newest modification time (ms) of `path`, a file or a folder searched through. */
export function newestChange(path: string): number {
  if (!existsSync(path))
    return 0
  const info = statSync(path)
  if (!info.isDirectory())
    return info.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), info.mtimeMs)
}

/** Why `dist` must be built before printing from it, or null when it is up to date. */
export function staleReason(dist: string = DIST_DIR, root: string = PROJECT_ROOT, sources: string[] = SITE_SOURCES): string | null {
  const index = join(dist, 'index.html')
  if (!existsSync(index))
    return `${dist} has no built site`
  const built = statSync(index).mtimeMs
  const newer = sources.filter(source => newestChange(join(root, source)) > built)
  return newer.length > 0 ? `${newer.join(', ')} changed after ${dist} was built` : null
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[\d;]*m/g
const ERROR_WORD = /\berror\b/i

/** What `slidev build` prints that is not ours to act on: Vue's warnings with their prop dumps, bundler chatter. */
const NOT_OURS = /^\s*(?:\[Vue warn\]|at <|\(!\)|\[PLUGIN_TIMINGS\])/

/** The lines of `slidev build`'s output worth a reader's eyes: its errors, without the noise around them. */
export function buildMessages(output: string): string[] {
  const lines = output.split('\n').map(line => line.replace(ANSI, '').trimEnd())
  const errors = lines.filter(line => ERROR_WORD.test(line) && !NOT_OURS.test(line))
  return (errors.length > 0 ? errors : lines.filter(line => line.trim() && !NOT_OURS.test(line)).slice(-5)).slice(0, 10)
}
/**
 * Runs `slidev build` into `outDir`; the site links to the `downloads` that will be printed into it.
 * NODE_ENV is production whatever the caller's (vitest's `test`, or `development` once Vite ran in
 * the caller): under any other value the site would bundle Vue's development build. Its output is kept,
 * and when it fails the error says what it printed that matters, not the hundreds of lines around it.
 */
export async function buildSite(outDir: string, downloads: OutputId[], siteUrl?: string, entry = DEFAULT_ENTRY): Promise<void> {
  const slidev = resolve(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
  const child = spawn(process.execPath, [slidev, 'build', entry, '--out', outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production', [DOWNLOADS_ENV]: downloads.join(','), [SITE_URL_ENV]: siteUrl ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => output += chunk.toString())
  child.stderr!.on('data', (chunk: Buffer) => output += chunk.toString())
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail)
    child.once('close', done)
  })
  if (code !== 0)
    throw new BuildError(`slidev build failed (exit code ${code ?? 'a signal'}): the site was not built.\n${buildMessages(output).map(line => `  ${line.trim()}`).join('\n')}`)
}

/** Waits for both steps, then fails with the first failure: no step is left running behind an error. */
async function bothDone<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b])
  for (const step of [first, second]) {
    if (step.status === 'rejected')
      throw step.reason
  }
  return [(first as PromiseFulfilledResult<A>).value, (second as PromiseFulfilledResult<B>).value]
}

export interface BuildOptions {
  /** The deck (default: slides.md); another one must lie in this folder, beside components/ and data/. */
  entry?: string
  outDir?: string
  /** Where the PDFs go besides the site's downloads/ (default: exports/). */
  exportsDir?: string
  /** Slides per page in the handout. */
  perPage?: number
  /** Where the site will be published (--site-url): the cover and the last slide show its QR code. */
  siteUrl?: string
  /** The browser finder (tests replace it). */
  findBrowser?: () => Promise<FoundBrowser>
  log?: (line: string) => void
}

export interface BuildResult {
  outDir: string
  ms: number
  /** The PDFs and the PowerPoint file written, in exports/ and the same bytes in the site's downloads/. */
  outputs: Partial<Record<OutputId, ExportResult & { download: string }>>
  /** Why no PDF was printed, when none was. */
  skipped?: string
}

/**
 * `npm run build`: the site, then the slides PDF and the handout printed from it, written to exports/
 * and into the site's downloads/. Without a browser the site is still built, with no downloads, and
 * the result says which outputs were skipped and how to get a browser.
 *
 * Nothing is built from a deck that fails its check (node/deck/check.ts), and nothing is put in place
 * before every step passed: the site and its downloads are made in a staging folder beside `outDir`,
 * which then takes the place of the old site, and only then are the files copied to exports/. A failed
 * build leaves the last good site and exports as they were.
 */
export async function buildAll(options: BuildOptions = {}): Promise<BuildResult> {
  const start = performance.now()
  const log = options.log ?? (() => {})
  const outDir = resolve(options.outDir ?? DIST_DIR)
  const exportsDir = resolve(options.exportsDir ?? EXPORTS_DIR)
  await Promise.all([checkFolder(outDir, `--out ${outDir}`), checkFolder(exportsDir, `--exports ${exportsDir}`)])
  const problems = await checkDeck(options.entry ?? DEFAULT_ENTRY)
  if (problems.length > 0)
    throw new DeckCheckError(problems, PROJECT_ROOT)
  const deck = await readDeck(options.entry)
  const found = await locateChromium({ findBrowser: options.findBrowser }).catch((error: unknown) => {
    if (error instanceof BrowserNotFoundError)
      return error
    throw error
  })
  // What this machine can make: the PDFs need a browser, the others only the deck or the site.
  const ids = OUTPUT_IDS.filter(id => MAKERS[id].needs !== 'browser' || !(found instanceof BrowserNotFoundError))
  const stage = join(dirname(outDir), `.${basename(outDir)}-staging-${process.pid}`)
  const downloads = join(stage, DOWNLOADS_FOLDER)
  const made: Array<{ id: OutputId } & Made> = []

  const writeEditionTo = async (folder: string): Promise<{ bytes: number }> => {
    // Vite's server renderer is loaded only by the build: the single-output commands start without it.
    const { writeEdition } = await import('../edition/edition')
    return writeEdition(folder, deck, ids)
  }
  const makeInto = async (id: OutputId, input: Omit<MakeInput, 'deck'>): Promise<void> => {
    const output = await MAKERS[id].make({ deck, perPage: options.perPage, siteDir: stage, publishedAt: options.siteUrl, ...input })
    await writeAtomically(join(downloads, OUTPUTS[id].file), output.bytes)
    made.push({ id, ...output })
  }
  /** The outputs that need a browser, printed side by side from the staged site. */
  const printAll = async (browser: Browser): Promise<void> => {
    const server = await serveStatic(stage, { compress: false })
    try {
      await Promise.all(ids.filter(id => MAKERS[id].needs === 'browser').map(id => makeInto(id, { browser, servedAt: server.url })))
    }
    finally {
      await server.close()
    }
  }

  // Chromium starts and the PDF reader loads while Slidev builds.
  const launching = found instanceof BrowserNotFoundError ? undefined : launchChromium(found)
  launching?.catch(() => {})
  if (launching)
    startPdfReader()
  // The reader edition needs no built site: it is written beside it while Slidev builds (which empties
  // its folder first), and moved in after.
  const aside = `${stage}-edition`
  try {
    const [edition] = await bothDone(writeEditionTo(aside), buildSite(stage, ids, options.siteUrl, deck.entry))
    await rename(join(aside, EDITION_FOLDER), join(stage, EDITION_FOLDER))
    await writeHandoutPage(stage)
    // The references as files (CSL-JSON, BibTeX, RIS), from the register alone: in every build.
    const { writeReferenceFiles } = await import('../references/files')
    for (const file of await writeReferenceFiles(join(stage, DOWNLOADS_FOLDER)))
      log(`References (${file.format}): ${join(outDir, DOWNLOADS_FOLDER, basename(file.path))} (${(file.bytes / 1024).toFixed(0)} KiB)`)
    // The offline worker last of the site's pages, which it must know as they are (the PDFs, which it
    // leaves to the network, come after).
    const offline = await writeOffline(stage)
    log(`Offline: ${join(outDir, SW_FILE)} stores ${offline.precache.files} files (${(offline.precache.bytes / 1024).toFixed(0)} KiB) on a first visit, ${offline.later.files} more (${(offline.later.bytes / 1024).toFixed(0)} KiB) when a page asks for them`)
    // The outputs made from the deck or the site's files are written while Chromium prints; the first
    // failure is the build's.
    const withoutBrowser = Promise.all(ids.filter(id => MAKERS[id].needs !== 'browser').map(id => makeInto(id, {})))
    await bothDone(withoutBrowser, launching?.then(printAll) ?? Promise.resolve())
    await putInPlace(stage, outDir)
    log(`Site: ${outDir} (reader edition ${(edition.bytes / 1024).toFixed(0)} KiB, handout page ${join(outDir, HANDOUT_FOLDER, 'index.html')})`)
  }
  finally {
    await Promise.all([
      launching?.then(browser => browser.close(), () => {}),
      rm(aside, { recursive: true, force: true }),
      rm(stage, { recursive: true, force: true }),
    ])
  }
  const outputs: BuildResult['outputs'] = {}
  for (const { id, ...output } of made) {
    const download = join(outDir, DOWNLOADS_FOLDER, OUTPUTS[id].file)
    const path = join(exportsDir, OUTPUTS[id].file)
    await writeAtomically(path, await readFile(download))
    outputs[id] = { path, download, pages: output.count, bytes: output.bytes.byteLength, ms: elapsedSince(start) }
    log(`${describeMade(id, path, output)}, also in the site as ${DOWNLOADS_FOLDER}/${OUTPUTS[id].file}`)
  }
  if (found instanceof BrowserNotFoundError) {
    const skipped = `Skipped the slides PDF and the handout: ${found.message}`
    log(skipped)
    return { outDir, ms: elapsedSince(start), outputs, skipped }
  }
  return { outDir, ms: elapsedSince(start), outputs }
}

/** Puts the finished `stage` where `outDir` is: the old site moves aside and is removed after. */
async function putInPlace(stage: string, outDir: string): Promise<void> {
  const old = `${stage}-old`
  const had = existsSync(outDir)
  if (had)
    await rename(outDir, old)
  await makeFolders(dirname(outDir))
  await rename(stage, outDir)
  if (had)
    await rm(old, { recursive: true, force: true })
}

export interface ExportOptions extends BrowserOptions {
  /** Where the file goes (default: exports/ and the file name in data/deck.ts). */
  output?: string
  /** Another deck (`--entry`): made from it, and a PDF printed through Slidev's own server (it has no build). */
  entry?: string
  /** Slides per handout page (1-4, default 2). */
  perPage?: number
  /** How long a page may take to render, in ms. */
  timeout?: number
  log?: (line: string) => void
}

/**
 * `npm run export`, `handout` and `pptx`: one output, made as node/build/outputs.ts says. The file is checked
 * before anything starts; for a PDF a browser is found and the site built when missing or stale (or the
 * other deck served by Slidev); the file is written under its name only once it passed its checks.
 */
export async function exportOutput(id: OutputId, options: ExportOptions = {}): Promise<ExportResult> {
  const start = performance.now()
  const maker = MAKERS[id]
  if (options.perPage !== undefined)
    checkPerPage(options.perPage)
  if (maker.needs === 'browser')
    startPdfReader()
  const path = resolve(options.output ?? join(EXPORTS_DIR, OUTPUTS[id].file))
  await checkOutput(path)
  const deck = await readDeck(options.entry)
  const input: MakeInput = { deck, perPage: options.perPage, timeout: options.timeout }
  const finish = async (made: Made): Promise<ExportResult> => {
    await writeAtomically(path, made.bytes)
    const result = { path, pages: made.count, bytes: made.bytes.byteLength, ms: elapsedSince(start) }
    options.log?.(`${describeMade(id, path, made)}, ${(result.ms / 1000).toFixed(1)} s`)
    return result
  }
  if (maker.needs === 'deck')
    return finish(await maker.make(input))
  if (maker.needs === 'site')
    return finish(await maker.make({ ...input, siteDir: await ensureSite({ log: options.log }) }))
  const found = await locateChromium(options)
  const other = deck.entry !== DEFAULT_ENTRY
  const site = other ? undefined : await ensureSite({ log: options.log, findBrowser: async () => found })
  // The server starts while Chromium starts.
  const serving: Promise<SlidevServer> = site ? serveStatic(site, { compress: false }) : startSlidev(deck.entry)
  const browser = await launchChromium(found).catch(async (error: unknown) => {
    await serving.then(s => s.close(), () => {})
    throw error
  })
  try {
    return await finish(await maker.make({ ...input, browser, servedAt: (await serving).url }))
  }
  finally {
    await Promise.all([browser.close(), serving.then(s => s.close(), () => {})])
  }
}

/** Builds everything first when the site is missing or older than its sources, and says so. */
export async function ensureSite(options: BuildOptions = {}): Promise<string> {
  const outDir = resolve(options.outDir ?? DIST_DIR)
  const reason = staleReason(outDir)
  if (reason) {
    options.log?.(`Building first: ${reason}.`)
    await buildAll({ ...options, outDir })
  }
  return outDir
}
