// The built site offline: a service worker that keeps the deck, the reader edition and the handout page
// on a phone that opened the site once. `npm run build` (node/build/build.ts) writes it into the staged site
// after the reader edition and the handout page are there, so that it knows every page and file by its
// final bytes; each page gets one line that registers it. Nothing else registers it: `npm run dev` has
// none (it would hand the lecturer stale code), and neither has a site built by `slidev build` alone.
//
// Why not Slidev's `pwa: true`: its service worker (vite-plugin-pwa) is made at the end of Vite's build,
// before the reader edition and the handout page exist, so it would answer both addresses with the
// deck's page; it precaches every font part (megabytes of CJK subsets); and, like any Workbox precache,
// it answers pages from the cache first, so the hall server's copy of the deck's page (the one that
// starts the hall's client, node/hall/server.ts) would be replaced by the stored one. workbox-build's
// generateSW run here would know the final files, but shares that last point and brings a bundler into
// every build. The worker here (service-worker.js) is about a hundred lines with no dependency.
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HALL_PATHS } from '../../app/hall/protocol'
import { DOWNLOADS_FOLDER } from '../../data/deck'

/** The worker's file, at the site's root: its scope is the whole site, wherever the site is published. */
export const SW_FILE = 'sw.js'
/** How long a page waits for the network before it is shown from the cache (a hall's weak Wi-Fi). */
const NAVIGATION_TIMEOUT_MS = 4000
const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'service-worker.js')

/** What the worker never touches: the hall's channel (hall/events, hall/send ...), from the laptop only. */
export const PASS = [...new Set(Object.values(HALL_PATHS).map(path => `${path.split('/')[0]}/`))]

/**
 * Files the site has that the worker leaves alone: the downloads (a phone saves a PDF itself, and they
 * are megabytes), Slidev's page for unknown addresses and its redirect rules for static hosts.
 */
const LEFT_ALONE = [new RegExp(`^${DOWNLOADS_FOLDER}/`), /^404\.html$/, /^_redirects$/, new RegExp(`^${SW_FILE.replace('.', '\\.')}$`)]
/**
 * Stored at install: the pages, every script and style sheet (a chunk missing offline is a view that does
 * not open), the vector images, and the Latin faces of the text fonts (woff2, what every current
 * browser loads). The rest (the Japanese and Chinese font parts, 2 MB of subsets of which a page needs a
 * few, the woff and ttf fallbacks, Slidev's logo) is stored when a page first asks for it: a missing font
 * part offline only means the phone's own CJK font for those characters.
 */
const FIRST_VISIT = [/\.(?:html|js|css|svg)$/, /-latin-\d+-(?:normal|italic)[^/]*\.woff2$/]

export interface OfflinePlan {
  /** Stored when the worker installs. */
  precache: string[]
  /** Stored when first asked for. */
  later: string[]
}

/** Which of the site's files (paths from its root, with `/`) the worker stores, and when. */
export function offlinePlan(paths: string[]): OfflinePlan {
  const kept = paths.filter(path => !LEFT_ALONE.some(rule => rule.test(path)) && !path.split('/').some(part => part.startsWith('.')))
  const first = (path: string): boolean => FIRST_VISIT.some(rule => rule.test(path))
  return { precache: kept.filter(first).sort(), later: kept.filter(path => !first(path)).sort() }
}

/**
 * The line each page gets: registers the worker once the page has loaded, where the browser has service
 * workers. A refusal (a page opened from disk, a private window) leaves the page as it is, online only.
 */
export function registration(page: string): string {
  const up = '../'.repeat(page.split('/').length - 1)
  return `<script>addEventListener('load', () => navigator.serviceWorker?.register('${up}${SW_FILE}').catch(() => {}))</script>`
}

async function siteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter(entry => entry.isFile()).map(entry => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

export interface OfflineResult {
  precache: { files: number, bytes: number }
  later: { files: number, bytes: number }
}

/** Writes sw.js into the built site `dir` and the line that registers it into each of its pages. */
export async function writeOffline(dir: string): Promise<OfflineResult> {
  const plan = offlinePlan(await siteFiles(dir))
  for (const page of plan.precache.filter(path => path.endsWith('.html'))) {
    const html = await readFile(join(dir, page), 'utf8')
    if (!html.includes('</head>'))
      throw new Error(`${join(dir, page)} has no </head> to put the offline worker's registration before.`)
    await writeFile(join(dir, page), html.replace('</head>', `${registration(page)}\n</head>`))
  }
  // The version names every file with its content: any change makes a new worker, which the browser
  // installs in place of the old one.
  const version = createHash('sha256')
  const sizes = { precache: { files: 0, bytes: 0 }, later: { files: 0, bytes: 0 } }
  for (const kind of ['precache', 'later'] as const) {
    for (const path of plan[kind]) {
      const bytes = await readFile(join(dir, path))
      version.update(`${path}\0${createHash('sha256').update(bytes).digest('hex')}\0`)
      sizes[kind].files++
      sizes[kind].bytes += bytes.byteLength
    }
  }
  const config = { version: version.digest('hex').slice(0, 16), ...plan, pass: PASS, navigationTimeoutMs: NAVIGATION_TIMEOUT_MS }
  await writeFile(join(dir, SW_FILE), `const OFFLINE = ${JSON.stringify(config)}\n${await readFile(TEMPLATE, 'utf8')}`)
  return sizes
}
