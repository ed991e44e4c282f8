// The built site as the one source of every output: `slidev build` writes it, the reader edition is
// rendered into it (app/node/edition.ts), and the PDFs are printed
// from its print view (#/print) by one Chromium over one static server. `buildAll` is `npm run build`;
// `ensureSite` lets `npm run export` and `npm run handout` build first when dist/ is missing or stale.
import type { OutputId } from '../../data/deck'
import type { FoundBrowser } from '../browser'
import type { ExportResult } from './slides'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { DOWNLOADS_ENV } from '../../app/downloads/downloads'
import { PROJECT_ROOT, readDeck } from '../../app/node/deck'
import { writeEdition } from '../../app/node/edition'
import { SITE_URL_ENV } from '../../app/node/site-address'
import { DOWNLOADS_FOLDER, OUTPUTS } from '../../data/deck'
import { BrowserNotFoundError } from '../browser'
import { exportPptx } from '../pptx/export'
import { serveStatic } from '../serve'
import { makeHandout } from './handout'
import { elapsedSince, launchChromium, locateChromium, writeAtomically } from './runtime'
import { EXPORTS_DIR, renderSlides } from './slides'

export const DIST_DIR = resolve(PROJECT_ROOT, 'dist')

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

/** Runs `slidev build` into `outDir`; the site links to the `downloads` that will be printed into it. */
export async function buildSite(outDir: string, downloads: OutputId[], siteUrl?: string): Promise<void> {
  const slidev = resolve(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
  const child = spawn(process.execPath, [slidev, 'build', '--out', outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, [DOWNLOADS_ENV]: downloads.join(','), [SITE_URL_ENV]: siteUrl ?? '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail)
    child.once('exit', done)
  })
  if (code !== 0)
    throw new Error(`slidev build exited with ${code ?? 'a signal'}: the site was not built.`)
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
  await buildSite(outDir, ids, options.siteUrl)
  log(`Site: ${outDir}`)
  const edition = await writeEdition(outDir, deck, ids)
  log(`Reader edition: ${edition.path} (${(edition.bytes / 1024).toFixed(0)} KiB)`)
  const outputs: BuildResult['outputs'] = {}
  const pptx = await exportPptx({ entry: deck.entry, output: join(exportsDir, OUTPUTS.pptx.file), site: outDir, log })
  outputs.pptx = { path: pptx.path, download: pptx.download!, pages: pptx.slides, bytes: pptx.bytes, ms: elapsedSince(start) }
  if (found instanceof BrowserNotFoundError) {
    const skipped = `Skipped the slides PDF and the handout: ${found.message}`
    log(skipped)
    return { outDir, ms: elapsedSince(start), outputs, skipped }
  }

  const [browser, server] = await Promise.all([launchChromium(found), serveStatic(outDir)])
  try {
    const slides = await renderSlides(browser, { deck, server: Promise.resolve(server) })
    const handout = await makeHandout(browser, deck, await PDFDocument.load(slides.pdf), options.perPage)
    for (const [id, pdf, pages] of [['slides', slides.pdf, deck.slides.length], ['handout', handout.pdf, handout.pages]] as const) {
      const path = join(exportsDir, OUTPUTS[id].file)
      const download = join(outDir, DOWNLOADS_FOLDER, OUTPUTS[id].file)
      await writeAtomically(path, pdf)
      await mkdir(join(outDir, DOWNLOADS_FOLDER), { recursive: true })
      await copyFile(path, download)
      outputs[id] = { path, download, pages, bytes: pdf.byteLength, ms: elapsedSince(start) }
      log(`${OUTPUTS[id].label}: ${path} (${pages} pages, ${(pdf.byteLength / 1024).toFixed(0)} KiB), also in the site as ${DOWNLOADS_FOLDER}/${OUTPUTS[id].file}`)
    }
  }
  finally {
    await Promise.all([browser.close(), server.close()])
  }
  return { outDir, ms: elapsedSince(start), outputs }
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
