// No output depends on a system font: both PDFs, printed where fontconfig knows no font of the system,
// draw every glyph from the project's own fonts (styles/index.ts); and text marked as Chinese or
// Japanese takes the font of its language.
//
// Chromium draws no text at all, web fonts included, where fontconfig knows no font whatsoever. So the
// fontconfig here knows one, pdf.js's Liberation Sans (a file of a devDependency, not of the system),
// as a tracer: a character the project's fonts lack is drawn from it (its name in the PDF) or, where it
// has none either, as the .notdef box (glyph 0), whose text still reads right.
import type { Browser } from 'playwright-chromium'
import type { OpenDeck } from './harness'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EDITION_FOLDER } from '../../data/deck'
import { byId } from '../../data/ids'
import { referenceNumbers } from '../../data/notes'
import { sources } from '../../data/sources'
import { launchChromium } from '../../node/browser'
import { exportOutput } from '../../node/build/build'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { readPdf } from '../../node/pdf/read'
import { openDeck } from './harness'
import { notdefGlyphs, PROJECT_FONTS, readFonts } from './pdf-fonts'

const TRACER = resolve(ROOT, 'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf')
/** Japanese and Chinese: kana, CJK ideographs, full-width forms. */
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uFF00-\uFFEF]+/g
const bare = (text: string): string => text.replace(/\s+/g, '')

const tmp = mkdtempSync(join(tmpdir(), 'lecture-fonts-'))
const fontconfig = join(tmp, 'fonts.conf')
const pdfs: Record<'slides' | 'handout', PDFDocument> = {} as never
let handoutText: string

/** Runs `work` with FONTCONFIG_FILE set for the Chromium it starts. */
async function withTracerOnly<T>(work: () => Promise<T>): Promise<T> {
  const saved = process.env.FONTCONFIG_FILE
  process.env.FONTCONFIG_FILE = fontconfig
  try {
    return await work()
  }
  finally {
    if (saved === undefined)
      delete process.env.FONTCONFIG_FILE
    else
      process.env.FONTCONFIG_FILE = saved
  }
}

beforeAll(async () => {
  mkdirSync(join(tmp, 'fonts'))
  copyFileSync(TRACER, join(tmp, 'fonts', 'tracer.ttf'))
  writeFileSync(fontconfig, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>${join(tmp, 'fonts')}</dir><cachedir>${join(tmp, 'cache')}</cachedir></fontconfig>
`)
  await withTracerOnly(async () => {
    for (const id of ['slides', 'handout'] as const) {
      const { path } = await exportOutput(id, { output: join(tmp, `${id}.pdf`) })
      pdfs[id] = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
    }
  })
  handoutText = bare((await readPdf(new Uint8Array(readFileSync(join(tmp, 'handout.pdf'))))).pages.map(page => page.text).join(''))
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('a machine whose fontconfig knows only the tracer', () => {
  it('draws a page\'s unstyled text from the tracer, and the boxes of what it lacks as .notdef', async () => {
    let browser: Browser | undefined
    try {
      // The printer of the exports, started the same way.
      browser = await withTracerOnly(async () => launchChromium())
      const page = await browser.newPage()
      await page.setContent('<p style="font: 20px sans-serif">Tracer 日米</p>')
      const pdf = await PDFDocument.load(await page.pdf(), { updateMetadata: false })
      expect(readFonts(pdf).map(font => font.name)).toEqual(['LiberationSans'])
      expect(notdefGlyphs(pdf)).toEqual([2])
    }
    finally {
      await browser?.close()
    }
  })

  for (const id of ['slides', 'handout'] as const) {
    it(`prints the ${id} PDF with the project's fonts only, each embedded, and no glyph missing`, () => {
      const fonts = readFonts(pdfs[id])
      expect(fonts.length).toBeGreaterThan(2)
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true)
        expect(font.name, `${font.subtype} font "${font.name}"`).toMatch(PROJECT_FONTS)
      }
      expect(notdefGlyphs(pdfs[id]).every(count => count === 0), `.notdef glyphs by page: ${notdefGlyphs(pdfs[id]).join(', ')}`).toBe(true)
    })
  }

  it('prints the Japanese titles of the handout\'s references in Noto Sans JP', async () => {
    const deck = await readDeck()
    const cited = [...referenceNumbers(deck.slides.map(slide => slide.note)).keys()].map(id => byId(sources, id))
    const japanese = cited.flatMap(source => source.title.match(CJK) ?? [])
    expect(japanese.length).toBeGreaterThan(5)
    expect(japanese.filter(run => !handoutText.includes(bare(run)))).toEqual([])
    expect(readFonts(pdfs.handout).some(font => font.name.startsWith('NotoSansJP'))).toBe(true)
  })
})

describe('the reader edition', () => {
  const html = readFileSync(resolve(ROOT, 'dist', EDITION_FOLDER, 'index.html'), 'utf8')

  it('preloads the Latin faces only, and declares the CJK fonts\' parts for characters on the page only', () => {
    const preloaded = [...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map(m => m[1]!)
    expect(preloaded).toHaveLength(3)
    expect(preloaded.filter(file => /noto/i.test(file))).toEqual([])
    const body = html.slice(html.indexOf('<body>'))
    const declared = [...html.matchAll(/font-family: 'Noto Sans (?:JP|SC)';[^}]*unicode-range: ([^;]+);/g)]
      .flatMap(m => m[1]!.split(',').map(code => String.fromCodePoint(Number.parseInt(code.trim().slice(2), 16))))
    expect(declared.length).toBeGreaterThan(20)
    expect(declared.filter(char => !body.includes(char))).toEqual([])
  })
})

describe('text marked with its language', () => {
  let site: OpenDeck

  beforeAll(async () => {
    site = await openDeck()
  })

  afterAll(async () => {
    await site?.close()
  })

  it('takes Noto Sans SC for Chinese, Noto Sans JP for Japanese and for unmarked text', async () => {
    const { page } = site
    await page.goto(`${site.server.url}#/1`)
    await page.waitForSelector('.slidev-page-1 .slidev-layout')
    // Characters of the project's text, so that the build kept the parts of both fonts that draw them.
    await page.evaluate(() => {
      const layout = document.querySelector('.slidev-page-1 .slidev-layout')!
      layout.insertAdjacentHTML('beforeend', '<p id="probe-zh" lang="zh">日米</p><p id="probe-ja" lang="ja">日米</p><p id="probe">日米</p>')
    })
    await page.evaluate(() => document.fonts.ready)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    // The fonts' own names carry the weight of the instance they were cut from ("Noto Sans SC Thin").
    const used = async (selector: string): Promise<string[]> => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      return fonts.map(font => font.familyName.replace(/ Thin$/, ''))
    }
    expect(await used('#probe-zh')).toEqual(['Noto Sans SC'])
    expect(await used('#probe-ja')).toEqual(['Noto Sans JP'])
    expect(await used('#probe')).toEqual(['Noto Sans JP'])
  })
})
