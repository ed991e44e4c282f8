import type { ExportResult } from '../../node/build/build'
// The slides PDF (`npm run export`): exported once into a temporary folder, then read back.
import type { PdfFacts } from '../../node/pdf/read'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument, PDFName } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sectionLabel } from '../../data/deck'
import { byId } from '../../data/ids'
import { articles, documents, lecture, sections } from '../../data/lecture'
import { sources } from '../../data/sources'
import { BrowserNotFoundError, HOW_TO_GET_ONE } from '../../node/browser'
import { exportOutput } from '../../node/build/build'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { readPdf, taggingProblems } from '../../node/pdf/read'
import { nestedSlides } from '../../node/pdf/slides'
import { PROJECT_FONTS, readFonts } from './pdf-fonts'

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
/** The project's fonts, as PDF font names start (fallbacks such as DejaVu or Liberation do not). */

const deck = await readDeck()
const tmp = mkdtempSync(join(tmpdir(), 'lecture-export-'))
let result: ExportResult
let pdf: PDFDocument
let facts: PdfFacts

beforeAll(async () => {
  result = await exportOutput('slides', { output: join(tmp, 'slides.pdf') })
  pdf = await PDFDocument.load(readFileSync(result.path), { updateMetadata: false })
  facts = await readPdf(new Uint8Array(readFileSync(result.path)))
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('slides PDF', () => {
  it('has one page per slide, at the canvas size', () => {
    expect(result.pages).toBe(deck.slides.length)
    expect(pdf.getPageCount()).toBe(deck.slides.length)
    for (const page of pdf.getPages()) {
      // 980 x 552 CSS px = 735 x 414 pt.
      expect(page.getWidth()).toBeCloseTo(deck.canvas.width * 0.75, 0)
      expect(page.getHeight()).toBeCloseTo(deck.canvas.height * 0.75, 0)
    }
    expect(existsSync(result.path)).toBe(true)
    expect(readdirSync(tmp).filter(f => f.endsWith('.partial'))).toEqual([])
  })

  it('carries title, author, subject and language from the lecture data', () => {
    expect(pdf.getTitle()).toBe(lecture.title)
    expect(pdf.getAuthor()).toBe(lecture.lecturer)
    expect(pdf.getSubject()).toContain(lecture.institution)
    expect(facts.info.language).toBe('en')
    expect(facts.xmpTitle).toBe(lecture.title)
  })

  it('has Chromium\'s outline from the headings: each section\'s divider at the top, its slides under it', () => {
    const { outline } = facts
    const apostrophes = (text: string): string => text.replace(/[\u2019\u02BC]/g, '\'')
    expect(outline.map(e => e.page)).toEqual(nestedSlides(deck).flatMap((nested, i) => nested ? [] : [i]))
    for (const section of sections) {
      const divider = deck.slides.find(slide => slide.opens === section.id)!
      const entry = outline.find(e => e.page === divider.no - 1)!
      expect(apostrophes(entry.title), sectionLabel(section)).toBe(apostrophes(divider.title))
      expect(entry.children.length).toBeGreaterThan(0)
      expect(entry.children[0]!.page).toBe(divider.no)
    }
    const treaty = outline.find(e => e.title === 'Japan-US Security Treaty')!
    expect(treaty.children.map(c => c.title)).toEqual(['Article V', 'Article VI'])
    // A heading that wraps keeps its spaces.
    expect(outline.map(e => e.title)).toContain('The Joint Statement by the Security Consultative Committee (SCC) 2/19 2005')
  })

  it('links each agenda entry to its section page', () => {
    const agenda = deck.slides.findIndex(slide => slide.title === 'Agenda')
    const targets = facts.pages[agenda]!.links.map(link => link.toPage)
    const dividers = sections.map(section => deck.slides.find(slide => slide.opens === section.id)!.no - 1)
    expect(targets).toEqual(dividers)
  })

  it('keeps the links to the official sources as web links', () => {
    const uris = facts.pages.at(-1)!.links.map(link => link.uri)
    for (const doc of documents)
      expect(uris).toContain(byId(sources, doc.source).url)
  })

  it('is tagged: passes the export\'s accessibility check (structure, language, title, XMP, link descriptions)', () => {
    expect(taggingProblems(facts, lecture.title)).toEqual([])
    expect(facts.pages[1]!.links.length).toBeGreaterThan(0)
    expect(facts.pages[1]!.links[0]!.description).toMatch(/^Goes to slide \d+: /)
    // Tab order by structure on pages with links (pdf.js does not read it).
    expect(pdf.getPage(1).node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'))
  })

  it('reads, in the structure tree, each slide\'s title as its heading (H1, or H2 inside a section), without the footer', () => {
    const structure = facts.pages.map(page => page.tags)
    expect(structure).toHaveLength(deck.slides.length)
    const nested = nestedSlides(deck)
    structure.forEach((elements, index) => {
      const slide = deck.slides[index]!
      const headings = elements.filter(e => /^H\d$/.test(e.role))
      // Skia maps the font's one apostrophe glyph back to U+02BC rather than U+2019 (see docs/outputs.md).
      const apostrophes = (text: string): string => text.replace(/[\u2019\u02BC]/g, '\'')
      expect(headings[0]?.role, `slide ${slide.no}`).toBe(nested[index] ? 'H2' : 'H1')
      expect(apostrophes(headings[0]!.text), `slide ${slide.no}`).toBe(apostrophes(squash(slide.title)))
      // The footer ("section · n / total") is an artifact, not in the structure.
      expect(elements.some(e => e.text.includes(`${slide.no} / ${deck.slides.length}`)), `slide ${slide.no}`).toBe(false)
      expect(elements.filter(e => e.role === 'Figure' && !e.alt)).toEqual([])
    })
    const article = structure[deck.slides.findIndex(s => s.title === 'Article V')]!
    expect(article.find(e => e.role === 'BlockQuote')?.text).toContain(squash(articles[0]!.text))
    const regional = structure[deck.slides.findIndex(s => s.title === 'Regional common strategic objectives')]!
    expect(regional.filter(e => e.role === 'LI')).toHaveLength(12)
  })

  it('has the text of Article V, selectable and searchable', () => {
    const page = deck.slides.findIndex(slide => slide.title === 'Article V')
    const article = articles.find(a => a.id === 'article-5')!
    expect(squash(facts.pages[page]!.text)).toContain(squash(article.text))
  })

  it('shows the right slide number on every page but the cover', () => {
    facts.pages.forEach((report, index) => {
      const numbers = [...report.text.matchAll(/(\d+) \/ (\d+)/g)].filter(m => Number(m[2]) === deck.slides.length)
      if (index === 0)
        expect(numbers).toEqual([])
      else
        expect(numbers.map(m => Number(m[1]))).toEqual([index + 1])
    })
  })

  it('embeds the project\'s fonts and no other', () => {
    const fonts = readFonts(pdf)
    expect(fonts.length).toBeGreaterThan(2)
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true)
      expect(font.name, `${font.subtype} font "${font.name}"`).toMatch(PROJECT_FONTS)
    }
    expect(fonts.some(f => f.name.startsWith('SourceSans3'))).toBe(true)
    expect(fonts.some(f => f.name.startsWith('SourceSerif4'))).toBe(true)
  })

  it('has no blank page: every page carries its slide\'s title', () => {
    expect(facts.pages).toHaveLength(deck.slides.length)
    const bare = (text: string): string => text.replace(/[\u2019\u02BC]/g, '\'').replace(/\s+/g, '')
    facts.pages.forEach((page, index) => expect(bare(page.text), `page ${index + 1}`).toContain(bare(deck.slides[index]!.title)))
  })
})

describe('when no browser can be found', () => {
  it('stops with the message that says how to get one', async () => {
    const output = join(tmp, 'none.pdf')
    const error = await exportOutput('slides', { output, env: { CHROMIUM_PATH: join(tmp, 'no-such-chromium') } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    expect((error as Error).message).toContain(HOW_TO_GET_ONE)
    expect(existsSync(output)).toBe(false)
  })

  it('makes `npm run export` exit 1 with that message', async () => {
    const output = join(tmp, 'cli.pdf')
    const run = await promisify(execFile)(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/export.ts', '--output', output], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: join(tmp, 'no-such-chromium') },
    }).then(() => ({ code: 0, stderr: '' }), (e: { code: number, stderr: string }) => e)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('CHROMIUM_PATH is set to')
    expect(run.stderr).toContain('apt-get install -y chromium')
    expect(existsSync(output)).toBe(false)
  })
})
