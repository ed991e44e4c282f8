// What the offline worker stores and when (node/offline/offline.ts), the line that registers it from each
// page, and the worker as the build writes it into a site.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HALL_PATHS } from '../../app/hall/protocol'
import { offlinePlan, PASS, registration, SW_FILE, writeOffline } from '../../node/offline/offline'

const root = mkdtempSync(join(tmpdir(), 'lecture-offline-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const SITE = [
  'index.html',
  '404.html',
  '_redirects',
  'favicon.svg',
  'assets/index-BbwbeivY.js',
  'assets/modules/vue-C3_4c86o.js',
  'assets/index-A72kn-gG.css',
  'assets/source-sans-3-latin-400-normal-DQi5PRDE.woff2',
  'assets/source-sans-3-latin-400-italic-bFKvakRX.woff2',
  'assets/source-sans-3-latin-400-normal-RR2C27NP.woff',
  'assets/noto-sans-jp-latin-ext-400-normal-BPvhYctW.woff2',
  'assets/noto-sans-sc-73-400-normal-tzRZHUkU.woff2',
  'assets/KaTeX_Main-Regular-B22Nviop.woff2',
  'assets/logo-BYkHSa_O.png',
  'handout/index.html',
  'reader/index.html',
  'reader/glossary.html',
  'reader/fonts/source-serif-4-latin-600-normal.woff2',
  'reader/fonts/noto-sans-sc-119-400-normal.woff2',
  'downloads/japan-us-alliance-slides.pdf',
  'downloads/japan-us-alliance-references.bib',
]

describe('offlinePlan', () => {
  const plan = offlinePlan(SITE)

  it('stores at install the pages, every script and style sheet, the icon and the Latin faces in woff2', () => {
    expect(plan.precache).toEqual([
      'assets/index-A72kn-gG.css',
      'assets/index-BbwbeivY.js',
      'assets/modules/vue-C3_4c86o.js',
      'assets/source-sans-3-latin-400-italic-bFKvakRX.woff2',
      'assets/source-sans-3-latin-400-normal-DQi5PRDE.woff2',
      'favicon.svg',
      'handout/index.html',
      'index.html',
      'reader/fonts/source-serif-4-latin-600-normal.woff2',
      'reader/glossary.html',
      'reader/index.html',
    ])
  })

  it('stores the CJK font parts, the other fonts and the raster images when asked for', () => {
    expect(plan.later).toEqual([
      'assets/KaTeX_Main-Regular-B22Nviop.woff2',
      'assets/logo-BYkHSa_O.png',
      'assets/noto-sans-jp-latin-ext-400-normal-BPvhYctW.woff2',
      'assets/noto-sans-sc-73-400-normal-tzRZHUkU.woff2',
      'assets/source-sans-3-latin-400-normal-RR2C27NP.woff',
      'reader/fonts/noto-sans-sc-119-400-normal.woff2',
    ])
  })

  it('never stores the downloads, the 404 page, the redirect rules, hidden files or the worker itself', () => {
    const none = offlinePlan(['downloads/x.pdf', '404.html', '_redirects', '.hidden/a.js', 'assets/.b.css', SW_FILE])
    expect(none).toEqual({ precache: [], later: [] })
  })
})

describe('the hall\'s channel', () => {
  it('is passed by, every path of it', () => {
    expect(PASS).toEqual(['hall/'])
    for (const path of Object.values(HALL_PATHS))
      expect(PASS.some(prefix => path.startsWith(prefix)), path).toBe(true)
  })
})

describe('registration', () => {
  it('names the worker at the site\'s root from a page at any depth', () => {
    expect(registration('index.html')).toContain(`register('${SW_FILE}')`)
    expect(registration('reader/index.html')).toContain(`register('../${SW_FILE}')`)
    expect(registration('a/b/index.html')).toContain(`register('../../${SW_FILE}')`)
  })
})

describe('writeOffline', () => {
  const write = (dir: string, files: Record<string, string>): void => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  }
  const config = (dir: string): { version: string, precache: string[], later: string[], pass: string[] } =>
    JSON.parse(readFileSync(join(dir, SW_FILE), 'utf8').split('\n', 1)[0]!.replace(/^const OFFLINE = /, ''))
  const page = '<!DOCTYPE html><html><head><title>t</title></head><body></body></html>'

  it('writes the worker with its lists and registers it from every page', async () => {
    const dir = join(root, 'site')
    write(dir, { 'index.html': page, 'reader/index.html': page, 'assets/a-1.js': 'a', 'assets/noto-sans-sc-1-400-normal-x.woff2': 'f', 'downloads/s.pdf': 'p' })
    const result = await writeOffline(dir)
    expect(result).toEqual({ precache: { files: 3, bytes: 1 + page.length + registration('index.html').length + 1 + page.length + registration('reader/index.html').length + 1 }, later: { files: 1, bytes: 1 } })
    const sw = readFileSync(join(dir, SW_FILE), 'utf8')
    expect(config(dir)).toMatchObject({ precache: ['assets/a-1.js', 'index.html', 'reader/index.html'], later: ['assets/noto-sans-sc-1-400-normal-x.woff2'], pass: ['hall/'] })
    expect(sw).toContain('addEventListener(\'fetch\'')
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(`${registration('index.html')}\n</head>`)
    expect(readFileSync(join(dir, 'reader/index.html'), 'utf8')).toContain(registration('reader/index.html'))
  })

  it('makes a new version when any stored file changes, and only then', async () => {
    const versions: string[] = []
    for (const [name, font] of [['v1', 'f'], ['v2', 'f'], ['v3', 'g']]) {
      const dir = join(root, name!)
      write(dir, { 'index.html': page, 'assets/noto-sans-sc-1-400-normal-x.woff2': font!, 'downloads/s.pdf': name! })
      await writeOffline(dir)
      versions.push(config(dir).version)
    }
    expect(versions[0]).toBe(versions[1])
    expect(versions[2]).not.toBe(versions[0])
  })

  it('says which page has no </head> to register from', async () => {
    const dir = join(root, 'broken')
    write(dir, { 'index.html': '<p>no head</p>' })
    await expect(writeOffline(dir)).rejects.toThrow(`${join(dir, 'index.html')} has no </head>`)
  })
})
