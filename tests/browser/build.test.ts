// `npm run build` makes every output from one deck: the site, and the slides PDF and the handout printed
// from it. The global setup ran it into dist/; here it is checked, and run once more without a browser.
import { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOWNLOADS } from '../../app/downloads/downloads'
import { DOWNLOADS_FOLDER, OUTPUTS } from '../../data/deck'
import { HOW_TO_GET_ONE } from '../../node/browser'
import { buildAll, staleReason } from '../../node/build/build'
import { MAKERS, OUTPUT_IDS } from '../../node/build/outputs'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { REFERENCE_FILES } from '../../node/references/files'
import { openDeck, showSlide } from './harness'

const run = promisify(execFile)
const dist = resolve(ROOT, 'dist')
const deck = await readDeck()
const tmp = mkdtempSync(join(tmpdir(), 'lecture-build-'))

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('npm run build', () => {
  it('writes both PDFs and the PowerPoint file to exports/ and the same bytes into the site\'s downloads/', () => {
    for (const output of Object.values(OUTPUTS)) {
      const exported = readFileSync(resolve(ROOT, 'exports', output.file))
      const offered = readFileSync(join(dist, DOWNLOADS_FOLDER, output.file))
      expect(offered.equals(exported), output.file).toBe(true)
    }
  })

  it('ships Vue\'s production build, though the tests run it under NODE_ENV=test (no hot-reload runtime in the bundle)', () => {
    const scripts = readdirSync(join(dist, 'assets'), { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter(name => readFileSync(join(dist, 'assets', name), 'utf8').includes('__VUE_HMR_RUNTIME__'))).toEqual([])
  })

  it('leaves NODE_ENV as it was after writing the reader edition (Vite sets it, and a later slidev build would bundle Vue\'s development build)', async () => {
    const { writeEdition } = await import('../../node/edition/edition')
    const before = process.env.NODE_ENV
    delete process.env.NODE_ENV
    try {
      await writeEdition(join(tmp, 'edition'), deck, [])
      expect(process.env.NODE_ENV).toBeUndefined()
    }
    finally {
      process.env.NODE_ENV = before
    }
  })

  it('prints one page per slide in the slides PDF, and the handout from that same export', async () => {
    const slides = await PDFDocument.load(readFileSync(join(dist, DOWNLOADS_FOLDER, OUTPUTS.slides.file)))
    expect(slides.getPageCount()).toBe(deck.slides.length)
    const handout = await PDFDocument.load(readFileSync(join(dist, DOWNLOADS_FOLDER, OUTPUTS.handout.file)))
    expect(handout.getPageCount()).toBeGreaterThan(deck.slides.length / 4)
  })

  it('leaves dist/ up to date, so export and handout print from it without building again', () => {
    expect(staleReason(dist)).toBeNull()
  })

  it('links the site to exactly the files it carries, and serves them', async () => {
    const site = await openDeck()
    try {
      await showSlide(site, 1)
      const hrefs = await site.page.locator('a[href*="downloads/"]').evaluateAll(links => links.map(a => (a as HTMLAnchorElement).href))
      expect(hrefs.map(href => href.split('/').pop())).toEqual(DOWNLOADS.map(d => d.file))
      for (const href of hrefs) {
        const response = await site.page.request.get(href)
        expect(response.status(), href).toBe(200)
        const file = href.split('/').pop()!
        expect(Buffer.from(await response.body()).equals(readFileSync(resolve(ROOT, 'exports', file))), file).toBe(true)
      }
    }
    finally {
      await site.close()
    }
  })
})

describe('without a browser', () => {
  let result: { stdout: string, stderr: string }
  const out = join(tmp, 'site')

  beforeAll(async () => {
    result = await run(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--out', out, '--exports', join(tmp, 'exports')], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: join(tmp, 'no-such-browser') },
    })
  }, 300_000)

  it('still builds the site and the PowerPoint file, exits 0, and says which outputs it skipped and how to get a browser', () => {
    expect(existsSync(join(out, 'index.html'))).toBe(true)
    // The outputs that need no browser (node/build/outputs.ts) and the reference files are there; the PDFs are not.
    const withoutBrowser = OUTPUT_IDS.filter(id => MAKERS[id].needs !== 'browser').map(id => OUTPUTS[id].file)
    expect(withoutBrowser).toContain(OUTPUTS.pptx.file)
    expect(readdirSync(join(out, DOWNLOADS_FOLDER)).sort()).toEqual([...withoutBrowser, ...REFERENCE_FILES.map(file => file.file)].sort())
    expect(result.stdout).toContain('Skipped the slides PDF and the handout')
    expect(result.stdout).toContain(HOW_TO_GET_ONE.split('\n')[1]!.trim())
  })

  it('links to the PowerPoint file it carries and to no PDF', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    const scripts = [...html.matchAll(/src="\.\/(assets\/[^"]+\.js)"/g)].map(m => readFileSync(join(out, m[1]!), 'utf8')).join('\n')
    for (const output of [OUTPUTS.slides, OUTPUTS.handout])
      expect(scripts).not.toContain(`${DOWNLOADS_FOLDER}/${output.file}`)
    const everyScript = readdirSync(join(out, 'assets'), { recursive: true }).map(String).filter(name => name.endsWith('.js')).map(name => readFileSync(join(out, 'assets', name), 'utf8')).join('\n')
    expect(everyScript).toContain(`${DOWNLOADS_FOLDER}/${OUTPUTS.pptx.file}`)
  })
})

/** Every file under `folder`, by path, with a hash of its bytes. */
function snapshot(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
  return Object.fromEntries(files.map((entry) => {
    const path = join(entry.parentPath, entry.name)
    return [path.slice(folder.length), createHash('sha256').update(readFileSync(path)).digest('hex')]
  }))
}

describe('a build that fails changes nothing', () => {
  const site = join(tmp, 'last-good-site')
  const exports = join(tmp, 'last-good-exports')
  const broken = join(ROOT, `.broken-slides-${process.pid}.md`)
  let before: { site: Record<string, string>, exports: Record<string, string> }

  beforeAll(() => {
    cpSync(dist, site, { recursive: true })
    cpSync(resolve(ROOT, 'exports'), exports, { recursive: true })
    before = { site: snapshot(site), exports: snapshot(exports) }
  })
  afterAll(() => rmSync(broken, { force: true }))

  function expectUnchanged(): void {
    expect(snapshot(site)).toEqual(before.site)
    expect(snapshot(exports)).toEqual(before.exports)
    // No staging folder is left beside the site.
    expect(readdirSync(tmp).filter(name => name.includes('staging'))).toEqual([])
  }

  it('stops a deck with a typo before Slidev starts, with the one line that names it', async () => {
    writeFileSync(broken, readFileSync(deck.entry, 'utf8').replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-V" />'))
    await expect(buildAll({ entry: broken, outDir: site, exportsDir: exports })).rejects.toThrow(/^Unknown treaty article "article-V" in <TreatyArticle> on slide 7 \(Article V\), \.broken-slides-\d+\.md line \d+; known: article-5, article-6$/)
    expectUnchanged()
  })

  it('leaves the last good site and exports whole when a step after Slidev\'s build fails', async () => {
    const notABrowser = { path: join(tmp, 'not-a-browser'), source: 'the test' }
    await expect(buildAll({ outDir: site, exportsDir: exports, findBrowser: async () => notABrowser })).rejects.toThrow()
    expectUnchanged()
  }, 300_000)
})
