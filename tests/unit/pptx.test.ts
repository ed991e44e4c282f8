// @vitest-environment node
// The editable PowerPoint file (node/pptx/): read back as a zip of XML parts (slides, titles, text,
// notes, fonts, document properties, the map's picture), and, where LibreOffice is installed, converted
// by it to PDF, a page per slide with every line of the lecture on the page.
import type { PptxPicture, PptxText } from '../../node/pptx/read'
import { Buffer } from 'node:buffer'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FONT_SIZE, INK } from '../../app/map/drawing'
import { sectionIdAt } from '../../data/deck'
import { byId } from '../../data/ids'
import { sections } from '../../data/lecture'
import { CONTEXT_LABEL, contextBlocks, noteBlocks } from '../../data/notes'
import { answerText, EXPLANATION_LABEL, questionsOf } from '../../data/questions'
import { moves } from '../../data/realignment'
import { sources } from '../../data/sources'
import { readDeck } from '../../node/deck/deck'
import { slideContent } from '../../node/pptx/content'
import { layoutComponent } from '../../node/pptx/layouts'
import { convertToPdf, findSoffice, HOW_TO_GET_LIBREOFFICE } from '../../node/pptx/libreoffice'
import { CHECK_LABEL, CUES_LABEL, SOURCES_LABEL } from '../../node/pptx/notes'
import { outlinedLabel, PNG_SCALE, pngFallback } from '../../node/pptx/picture'
import { readPptx } from '../../node/pptx/read'
import { makePptx } from '../../node/pptx/write'
import { sourceLines, squash } from '../browser/site-kit'

const deck = await readDeck()
const tmp = mkdtempSync(join(tmpdir(), 'lecture-pptx-'))
const file = join(tmp, 'deck.pptx')
let pptx: PptxText
let zip: JSZip

beforeAll(async () => {
  const bytes = await makePptx(deck)
  writeFileSync(file, bytes)
  pptx = await readPptx(bytes)
  zip = await JSZip.loadAsync(bytes)
}, 60_000)

/** The map: the one SVG picture of the file, with the slide (1-based) it is on. */
function mapPicture(): PptxPicture & { slide: number } {
  const found = pptx.slides.flatMap((slide, index) => slide.pictures.filter(p => p.svgPart).map(p => ({ ...p, slide: index + 1 })))
  expect(found).toHaveLength(1)
  return found[0]!
}
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the PowerPoint file, read as a zip', () => {
  it('has one 16:9 slide per slide of the deck (not one per click)', () => {
    expect(pptx.slides).toHaveLength(deck.slides.length)
    expect(pptx.size.width / pptx.size.height).toBeCloseTo(16 / 9, 2)
  })

  it('puts each slide\'s title in its title placeholder', () => {
    expect(pptx.slides.map(slide => slide.title)).toEqual(deck.slides.map(slide => slide.title))
  })

  it('holds every line of the lecture word for word as text', () => {
    const text = squash(pptx.slides.flatMap(slide => slide.paragraphs).join(' '))
    const lines = sourceLines().map(squash)
    expect(lines.length).toBeGreaterThan(60)
    expect(lines.filter(line => !text.includes(line))).toEqual([])
  })

  it('labels the editors\' context, writes its sources out, and gives the presenter cues after it', () => {
    deck.slides.forEach((slide, index) => {
      const notes = pptx.slides[index]!.notes
      const joined = notes.join('\n')
      const blocks = noteBlocks(slide.note)
      const context = contextBlocks(slide.note)
      const cues = blocks.filter(block => block.kind === 'cue')
      expect(joined, `slide ${slide.no}`).not.toMatch(/\[@|^Cue:/m)
      if (context.length > 0) {
        expect(notes[0], `slide ${slide.no}`).toBe(`${CONTEXT_LABEL}:`)
        const cited = context.flatMap(block => block.citations)
        for (const { source } of cited)
          expect(joined, `slide ${slide.no}`).toContain(byId(sources, source).url)
        expect(notes.includes(`${SOURCES_LABEL}:`), `slide ${slide.no}`).toBe(cited.length > 0)
      }
      if (cues.length > 0) {
        const at = notes.indexOf(`${CUES_LABEL}:`)
        expect(at, `slide ${slide.no}`).toBeGreaterThanOrEqual(0)
        // Every cue comes after the label, none before it in the context (a section's questions, between
        // the two, may quote the slide as a cue does).
        const check = notes.indexOf(`${CHECK_LABEL}:`)
        const contextEnd = check >= 0 ? check : at
        for (const cue of cues) {
          const first = squash(cue.markdown).slice(0, 40)
          expect(notes.slice(at + 1).some(p => squash(p).includes(first)), `slide ${slide.no}: ${first}`).toBe(true)
          expect(notes.slice(0, contextEnd).some(p => squash(p).includes(first)), `slide ${slide.no}: ${first}`).toBe(false)
        }
      }
      if (blocks.length === 0 && !notes.includes(`${CHECK_LABEL}:`))
        expect(notes).toEqual([])
    })
  })

  it('puts each section\'s questions, answers and explanations in the notes of its last slide, before the cues', () => {
    const frontmatters = deck.slides.map(slide => slide.frontmatter)
    for (const section of sections) {
      const last = deck.slides.filter(slide => sectionIdAt(frontmatters, slide.no) === section.id).at(-1)!
      const notes = pptx.slides[last.no - 1]!.notes
      const at = notes.indexOf(`${CHECK_LABEL}:`)
      expect(at, `slide ${last.no}`).toBeGreaterThanOrEqual(0)
      const cues = notes.indexOf(`${CUES_LABEL}:`)
      if (cues >= 0)
        expect(at).toBeLessThan(cues)
      for (const question of questionsOf(section.id)) {
        expect(notes.some(p => p.includes(question.prompt)), question.id).toBe(true)
        expect(notes.some(p => p.includes(answerText(question))), question.id).toBe(true)
        expect(notes.some(p => p.startsWith(EXPLANATION_LABEL)), question.id).toBe(true)
      }
    }
    const withChecks = pptx.slides.filter(slide => slide.notes.includes(`${CHECK_LABEL}:`))
    expect(withChecks).toHaveLength(sections.length)
  })

  it('names the deck\'s fonts in the theme, with their family class for substitution, and no Arial', () => {
    // The Latin fonts: the first of each list in the headmatter.
    const [sans, serif] = ['sans', 'serif'].map(key => ((deck.headmatter.fonts as Record<string, string>)[key]!).split(',')[0]!.trim())
    const fonts = { sans: sans!, serif: serif! }
    expect(fonts).toEqual({ sans: 'Source Sans 3', serif: 'Source Serif 4' })
    expect(pptx.themeFonts).toEqual({ major: fonts.serif, minor: fonts.sans })
    expect(pptx.latinFonts).toContain(`<a:latin typeface="${fonts.serif}" pitchFamily="18" charset="0"/>`)
    expect(pptx.latinFonts).toContain(`<a:latin typeface="${fonts.sans}" pitchFamily="34" charset="0"/>`)
    expect(pptx.latinFonts.filter(font => /Arial|Calibri/.test(font))).toEqual([])
  })

  it('carries title, author (the lecturer), subject and language', () => {
    expect(pptx.properties).toMatchObject({ title: deck.headmatter.title, creator: deck.headmatter.author, language: deck.headmatter.lang })
    expect(pptx.properties.subject).toContain('Peking University')
  })

  it('refuses a slide it cannot lay out, naming it', () => {
    const slide = { ...deck.slides[3]!, content: '# Chart\n\n<BarChart />' }
    const [use] = slideContent(slide).components
    expect(() => layoutComponent({} as never, use!, slide.no)).toThrow(/<BarChart>.*node\/pptx\/layouts\.ts/)
    expect(() => slideContent({ ...slide, content: '# Chart\n\nSome loose text' })).toThrow(/Slide 4 .*cannot lay out/)
  })
})

const PNG_SIGNATURE = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
const SVG_SIZE = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/
const NUMBER = /-?\d+(?:\.\d+)?/g

/** The smallest and largest x of a path's points (fontkit writes coordinate pairs only). */
function xRange(path: string): [number, number] {
  const d = /d="([^"]*)"/.exec(path)![1]!
  const xs = (d.match(NUMBER) ?? []).map(Number).filter((_, i) => i % 2 === 0)
  return [Math.min(...xs), Math.max(...xs)]
}

describe('the map as a picture in the PowerPoint file', () => {
  it('draws every label as outlines, none as text, with each move\'s badges and numbers', async () => {
    const svg = await zip.file(mapPicture().svgPart!)!.async('string')
    expect(svg).not.toContain('<text')
    const badges = svg.match(new RegExp(`<circle [^>]*r="10" fill="${INK.accent}"/><path d="[^"]+" fill="#fff"/>`, 'g')) ?? []
    expect(badges).toHaveLength(moves.reduce((n, move) => n + move.places.length, 0))
    expect(svg.match(new RegExp(`<path d="[^"]+" fill="${INK.text}"/>`, 'g'))?.length).toBeGreaterThan(15)
  })

  it('has a real PNG as its fallback, at twice the SVG\'s size, declared as image/png', async () => {
    const picture = mapPicture()
    expect(picture.part).toMatch(/\.png$/)
    const png = await zip.file(picture.part)!.async('uint8array')
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    // IHDR, the first chunk: width and height as 32-bit big-endian numbers.
    const header = Buffer.from(png.subarray(8, 24))
    expect(header.toString('latin1', 4, 8)).toBe('IHDR')
    const [, width, height] = SVG_SIZE.exec(await zip.file(picture.svgPart!)!.async('string'))!.map(Number)
    expect({ width: header.readUInt32BE(8), height: header.readUInt32BE(12) }).toEqual({ width: width! * PNG_SCALE, height: height! * PNG_SCALE })
    // A picture, not pptxgenjs's 100 × 119 placeholder nor an empty canvas.
    expect(png.length).toBeGreaterThan(50_000)
    expect(picture.box.w / picture.box.h).toBeCloseTo(width! / height!, 2)
    const types = await zip.file('[Content_Types].xml')!.async('string')
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>')
    expect(types).not.toContain(`PartName="/${picture.part}"`)
  })

  it('places an outlined label as text-anchor would, at the font\'s own width', () => {
    const label = { x: 100, y: 50, text: 'Camp Zukeran', weight: 600, italic: false, fill: '#000' } as const
    const [startLeft, startRight] = xRange(outlinedLabel({ ...label, anchor: 'start' }))
    const [endLeft, endRight] = xRange(outlinedLabel({ ...label, anchor: 'end' }))
    const [middleLeft, middleRight] = xRange(outlinedLabel({ ...label, anchor: 'middle' }))
    const width = startRight - startLeft
    // Source Sans 3 SemiBold sets these 12 characters about 6 em wide; a sans fallback would be wider.
    expect(width / FONT_SIZE).toBeGreaterThan(5)
    expect(width / FONT_SIZE).toBeLessThan(7)
    expect(startLeft).toBeGreaterThanOrEqual(99.5)
    expect(startLeft).toBeLessThan(102)
    expect(endRight).toBeLessThanOrEqual(100.5)
    expect(endRight).toBeGreaterThan(98)
    expect((middleLeft + middleRight) / 2).toBeCloseTo(100, 0)
    expect(endRight - endLeft).toBeCloseTo(width, 1)
  })

  it('refuses a label the font files cannot draw, and an SVG fallback that would lose its text', () => {
    expect(() => outlinedLabel({ x: 0, y: 0, text: 'Tōkyō', anchor: 'start', weight: 600, italic: false, fill: '#000' })).toThrow(/"Tōkyō" has characters \(ō ō\) that .*latin-600-normal\.woff2/)
    expect(() => pngFallback('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>Kadena</text></svg>', 'slide 9')).toThrow(/slide 9 has <text>/)
  })
})

describe('the PowerPoint file in LibreOffice Impress', () => {
  const soffice = findSoffice()
  const pages: Array<{ width: number, height: number, items: Array<{ str: string, x: number, y: number, w: number, size: number }> }> = []

  beforeAll(async () => {
    if (!soffice)
      return
    const pdf = await convertToPdf(soffice, file, tmp)
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), useSystemFonts: false }).promise
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p)
        const [, , width, height] = page.view as [number, number, number, number]
        const content = await page.getTextContent()
        const items = content.items.flatMap(item => 'str' in item && item.str.trim()
          ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, w: item.width, size: Math.abs(item.transform[3] as number) }]
          : [])
        pages.push({ width, height, items })
      }
    }
    finally {
      await doc.destroy()
    }
  }, 240_000)

  it('renders a page per slide, with every line of the lecture on its pages', (context) => {
    context.skip(!soffice, `LibreOffice is not installed (no soffice on PATH): ${HOW_TO_GET_LIBREOFFICE}`)
    expect(pages).toHaveLength(deck.slides.length)
    const text = squash(pages.flatMap(page => page.items.map(item => item.str)).join(' '))
    expect(sourceLines().map(squash).filter(line => !text.includes(line))).toEqual([])
  })

  it('keeps all text on the page and above the footer rule, but the footer\'s own', (context) => {
    context.skip(!soffice, `LibreOffice is not installed (no soffice on PATH): ${HOW_TO_GET_LIBREOFFICE}`)
    // The footer rule sits 524 of 552 canvas pixels down: below it only the 9 pt footer and slide number.
    const problems = pages.flatMap((page, index) => page.items.filter((item) => {
      const outside = item.x < 0 || item.x + item.w > page.width + 0.5 || item.y < 0 || item.y + item.size > page.height
      const inFooter = item.y < page.height * (1 - 524 / 552) && item.size > 9.5
      return outside || inFooter
    }).map(item => `page ${index + 1}: "${item.str.slice(0, 40)}" at ${item.x.toFixed(0)},${item.y.toFixed(0)}`))
    expect(problems).toEqual([])
  })

  it('draws the map\'s labels, not text in a substituted font: no text on the map', (context) => {
    context.skip(!soffice, `LibreOffice is not installed (no soffice on PATH): ${HOW_TO_GET_LIBREOFFICE}`)
    const { slide, box } = mapPicture()
    const page = pages[slide - 1]!
    const points = page.width / pptx.size.width
    const onMap = page.items.filter(item => item.x >= box.x * points && item.x < (box.x + box.w) * points
      && item.y <= page.height - box.y * points && item.y >= page.height - (box.y + box.h) * points)
    // The title above the map and the footer below it are outside its box.
    expect(page.items.length).toBeGreaterThan(5)
    expect(onMap.map(item => item.str)).toEqual([])
  })
})
