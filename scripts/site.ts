// The built site as the one source of every output, and the commands that decide when to build it:
// `slidev build` writes it, the reader edition and the handout page are written into it (app/node/),
// and the two PDFs are printed from two of its pages (#/print by pdf/slides.ts, handout/ by pdf/handout.ts) by
// one Chromium over one static server. `buildAll` is `npm run build`, its steps overlapped where they can;
// `exportSlides` and `exportHandout` are `npm run export` and `npm run handout`, which build first when
// dist/ is missing or stale. The printers (scripts/pdf/) import nothing from here.
import type { Browser } from 'playwright-chromium'
import type { OutputId } from '../data/deck'
import type { FoundBrowser } from './browser'
import type { BrowserOptions, SlidevServer } from './pdf/runtime'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { copyFile, mkdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { DOWNLOADS_ENV } from '../app/downloads/downloads'
import { DEFAULT_PER_PAGE } from '../app/handout/layout'
import { DEFAULT_ENTRY, EXPORTS_DIR, PROJECT_ROOT, readDeck } from '../app/node/deck'
import { writeHandoutPage } from '../app/node/handout'
import { SITE_URL_ENV } from '../app/node/site-address'
import { DOWNLOADS_FOLDER, EDITION_FOLDER, OUTPUTS } from '../data/deck'
import { BrowserNotFoundError } from './browser'
import { checkPerPage, printHandout } from './pdf/handout'
import { startPdfReader } from './pdf/read'
import { checkOutput, elapsedSince, launchChromium, locateChromium, startSlidev, writeAtomically } from './pdf/runtime'
import { printSlides } from './pdf/slides'
import { serveStatic } from './serve'

export const DIST_DIR = resolve(PROJECT_ROOT, 'dist')

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

/**
 * Runs `slidev build` into `outDir`; the site links to the `downloads` that will be printed into it.
 * NODE_ENV is production whatever the caller's (vitest's `test`, or `development` once Vite ran in
 * the caller): under any other value the site would bundle Vue's development build.
 */
export async function buildSite(outDir: string, downloads: OutputId[], siteUrl?: string): Promise<void> {
  const slidev = resolve(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
  const child = spawn(process.execPath, [slidev, 'build', '--out', outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production', [DOWNLOADS_ENV]: downloads.join(','), [SITE_URL_ENV]: siteUrl ?? '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail)
    child.once('exit', done)
  })
  if (code !== 0)
    throw new Error(`slidev build exited with ${code ?? 'a signal'}: the site was not built.`)
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
 */
export async function buildAll(options: BuildOptions = {}): Promise<BuildResult> {
  const start = performance.now()
  const log = options.log ?? (() => {})
  const outDir = resolve(options.outDir ?? DIST_DIR)
  const exportsDir = resolve(options.exportsDir ?? EXPORTS_DIR)
  const deck = await readDeck()
  const found = await locateChromium({ findBrowser: options.findBrowser }).catch((error: unknown) => {
    if (error instanceof BrowserNotFoundError)
      return error
    throw error
  })
  // The PowerPoint file is written from the deck and its data, with no browser (scripts/pptx/).
  const ids: OutputId[] = [...(found instanceof BrowserNotFoundError ? [] : ['slides', 'handout'] as const), 'pptx']
  const outputs: BuildResult['outputs'] = {}
  const written = (id: OutputId, path: string, download: string, pages: number, bytes: number): void => {
    outputs[id] = { path, download, pages, bytes, ms: elapsedSince(start) }
  }

  const writeEditionTo = async (folder: string): Promise<{ bytes: number }> => {
    // Vite's server renderer loads only when building (it takes a second): export and handout start without it.
    const { writeEdition } = await import('../app/node/edition')
    return writeEdition(folder, deck, ids)
  }
  const writePptx = async (): Promise<void> => {
    // pptxgenjs takes half a second to load: export and handout start without it.
    const { exportPptx } = await import('./pptx/export')
    const pptx = await exportPptx({ entry: deck.entry, output: join(exportsDir, OUTPUTS.pptx.file), site: outDir, log })
    written('pptx', pptx.path, pptx.download!, pptx.slides, pptx.bytes)
  }

  /** The two PDFs, two pages of the site printed side by side, into exports/ and downloads/. */
  const printPdfs = async (browser: Browser): Promise<void> => {
    const server = await serveStatic(outDir, { compress: false })
    try {
      const [slides, handout] = await Promise.all([printSlides(browser, deck, server.url), printHandout(browser, deck, server.url, options.perPage)])
      for (const [id, pdf, pages] of [['slides', slides, deck.slides.length], ['handout', handout.pdf, handout.pages]] as const) {
        const path = join(exportsDir, OUTPUTS[id].file)
        const download = join(outDir, DOWNLOADS_FOLDER, OUTPUTS[id].file)
        await writeAtomically(path, pdf)
        await mkdir(join(outDir, DOWNLOADS_FOLDER), { recursive: true })
        await copyFile(path, download)
        written(id, path, download, pages, pdf.byteLength)
        log(`${OUTPUTS[id].label}: ${path} (${pages} pages, ${(pdf.byteLength / 1024).toFixed(0)} KiB), also in the site as ${DOWNLOADS_FOLDER}/${OUTPUTS[id].file}`)
      }
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
  const aside = join(dirname(outDir), `.${basename(outDir)}-edition-${process.pid}`)
  try {
    const [edition] = await bothDone(writeEditionTo(aside), buildSite(outDir, ids, options.siteUrl))
    log(`Site: ${outDir}`)
    await rename(join(aside, EDITION_FOLDER), join(outDir, EDITION_FOLDER))
    log(`Reader edition: ${join(outDir, EDITION_FOLDER, 'index.html')} (${(edition.bytes / 1024).toFixed(0)} KiB)`)
    log(`Handout page: ${await writeHandoutPage(outDir)}`)
    // The PowerPoint file is written while Chromium prints; the first failure is the build's.
    await bothDone(writePptx(), launching?.then(printPdfs) ?? Promise.resolve())
  }
  finally {
    await Promise.all([launching?.then(browser => browser.close(), () => {}), rm(aside, { recursive: true, force: true })])
  }
  if (found instanceof BrowserNotFoundError) {
    const skipped = `Skipped the slides PDF and the handout: ${found.message}`
    log(skipped)
    return { outDir, ms: elapsedSince(start), outputs, skipped }
  }
  return { outDir, ms: elapsedSince(start), outputs }
}

export interface ExportOptions extends BrowserOptions {
  /** Where the PDF goes (default: exports/ and the file name in data/deck.ts). */
  output?: string
  /** How long the page may take to render, in ms. */
  timeout?: number
  log?: (line: string) => void
}

type Printer = (browser: Browser, url: string) => Promise<{ pdf: Uint8Array, pages: number }>

/**
 * What export and handout share: the output checked before anything starts, a browser found, the site
 * built when missing or stale (or `serve` for a deck without a build), one print, and the file written
 * under its name only once it passed its checks.
 */
async function printToFile(id: OutputId, options: ExportOptions, print: Printer, serve?: () => Promise<SlidevServer>): Promise<ExportResult> {
  const start = performance.now()
  startPdfReader()
  const path = resolve(options.output ?? join(EXPORTS_DIR, OUTPUTS[id].file))
  await checkOutput(path)
  const found = await locateChromium(options)
  const site = serve ? undefined : await ensureSite({ log: options.log, findBrowser: async () => found })
  // The server starts while Chromium starts.
  const serving = site ? serveStatic(site, { compress: false }) : serve!()
  const browser = await launchChromium(found).catch(async (error: unknown) => {
    await serving.then(s => s.close(), () => {})
    throw error
  })
  try {
    const { pdf, pages } = await print(browser, (await serving).url)
    await writeAtomically(path, pdf)
    const result = { path, pages, bytes: pdf.byteLength, ms: elapsedSince(start) }
    options.log?.(`${OUTPUTS[id].label}: ${path} (${pages} pages, ${(pdf.byteLength / 1024).toFixed(0)} KiB, ${(result.ms / 1000).toFixed(1)} s)`)
    return result
  }
  finally {
    await Promise.all([browser.close(), serving.then(s => s.close(), () => {})])
  }
}

/** `npm run export`: the slides PDF; another deck (`entry`) through Slidev's own server, since it has no build. */
export async function exportSlides(options: ExportOptions & { entry?: string } = {}): Promise<ExportResult> {
  const deck = await readDeck(options.entry)
  const other = deck.entry !== DEFAULT_ENTRY ? () => startSlidev(deck.entry) : undefined
  return printToFile('slides', options, async (browser, url) => ({ pdf: await printSlides(browser, deck, url, options.timeout), pages: deck.slides.length }), other)
}

/** `npm run handout`: the handout, `perPage` slides a page (1-4, default 2). */
export async function exportHandout(options: ExportOptions & { perPage?: number } = {}): Promise<ExportResult> {
  const perPage = options.perPage ?? DEFAULT_PER_PAGE
  checkPerPage(perPage)
  const deck = await readDeck()
  return printToFile('handout', options, (browser, url) => printHandout(browser, deck, url, perPage, options.timeout))
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
