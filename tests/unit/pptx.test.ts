// @vitest-environment node
// The editable PowerPoint file (scripts/pptx/): read back as a zip of XML parts (slides, titles, text,
// notes, fonts, document properties), and, where LibreOffice is installed, converted by it to PDF, a
// page per slide with every line of the lecture on the page.
import type { PptxText } from '../../scripts/pptx/read'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../app/node/deck'
import { sectionIdAt } from '../../data/deck'
import { sections } from '../../data/lecture'
import { CONTEXT_LABEL, contextBlocks, noteBlocks } from '../../data/notes'
import { answerText, EXPLANATION_LABEL, questionsOf } from '../../data/questions'
import { getSource } from '../../data/sources'
import { slideContent } from '../../scripts/pptx/content'
import { layoutComponent } from '../../scripts/pptx/layouts'
import { convertToPdf, findSoffice, HOW_TO_GET_LIBREOFFICE } from '../../scripts/pptx/libreoffice'
import { CHECK_LABEL, CUES_LABEL, SOURCES_LABEL } from '../../scripts/pptx/notes'
import { readPptx } from '../../scripts/pptx/read'
import { makePptx } from '../../scripts/pptx/write'
import { sourceLines, squash } from '../browser/site-kit'

const deck = await readDeck()
const tmp = mkdtempSync(join(tmpdir(), 'lecture-pptx-'))
const file = join(tmp, 'deck.pptx')
let pptx: PptxText

beforeAll(async () => {
  const bytes = await makePptx(deck)
  writeFileSync(file, bytes)
  pptx = await readPptx(bytes)
}, 60_000)
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
          expect(joined, `slide ${slide.no}`).toContain(getSource(source).url)
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
    const fonts = deck.headmatter.fonts as { sans: string, serif: string }
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
    expect(() => layoutComponent({} as never, use!, slide.no)).toThrow(/<BarChart>.*scripts\/pptx\/layouts\.ts/)
    expect(() => slideContent({ ...slide, content: '# Chart\n\nSome loose text' })).toThrow(/Slide 4 .*cannot lay out/)
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
})
