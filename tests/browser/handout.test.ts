// The A4 handout (`npm run handout`): drawn from one slides export, with two and with three slides a
// page, then read back.
import type { Browser } from 'playwright-chromium'
import type { PageReport } from '../../scripts/pdf/inspect'
import type { ExportResult } from '../../scripts/pdf/slides'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeck } from '../../app/node/deck'
import { sectionLabel } from '../../data/deck'
import { formatDate } from '../../data/format'
import { articles, documents, lecture, sections } from '../../data/lecture'
import { CITATION, CONTEXT_LABEL, contextBlocks, noteBlocks, referenceNumbers } from '../../data/notes'
import { getSource } from '../../data/sources'
import { accessibilityProblems } from '../../scripts/pdf/accessibility'
import { exportHandout } from '../../scripts/pdf/handout'
import { BLANK_INK, inspectPdf } from '../../scripts/pdf/inspect'
import { readFonts, readLanguage, readOutline, readStructure } from '../../scripts/pdf/read'
import { launchChromium } from '../../scripts/pdf/runtime'
import { exportSlides } from '../../scripts/pdf/slides'

/** Text compared without any whitespace: line breaks fall differently in the PDF. */
const bare = (text: string) => text.replace(/\s+/g, '')
const PROJECT_FONTS = /^(?:SourceSans3|SourceSerif4)/
const A4 = { width: 595.28, height: 841.89 }

const deck = await readDeck()
const tmp = mkdtempSync(join(tmpdir(), 'lecture-handout-'))
let browser: Browser
let slidesPath: string
let handout: ExportResult
let pdf: PDFDocument
let reports: PageReport[]
/** The text of the slides themselves, which the handout draws. */
let slidesText: string

function slidesOn(report: PageReport): number[] {
  return [...report.text.matchAll(/Slide (\d+) of (\d+)/g)].map(m => Number(m[1]))
}

beforeAll(async () => {
  slidesPath = (await exportSlides({ output: join(tmp, 'slides.pdf') })).path
  // Into folders that do not exist yet: the handout makes them.
  handout = await exportHandout({ slides: slidesPath, output: join(tmp, 'new', 'folder', 'handout.pdf') })
  pdf = await PDFDocument.load(readFileSync(handout.path), { updateMetadata: false })
  browser = await launchChromium()
  reports = await inspectPdf(browser, readFileSync(handout.path))
  slidesText = bare((await inspectPdf(browser, readFileSync(slidesPath))).map(r => r.text).join('')).replace(/["“”]/g, '')
})

afterAll(async () => {
  await browser?.close()
  rmSync(tmp, { recursive: true, force: true })
})

describe('handout PDF', () => {
  it('is written where --output says, into folders it made', () => {
    expect(handout.path).toBe(join(tmp, 'new', 'folder', 'handout.pdf'))
    expect(readFileSync(handout.path).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('is A4 portrait on every page', () => {
    expect(pdf.getPageCount()).toBe(handout.pages)
    for (const page of pdf.getPages()) {
      expect(page.getWidth()).toBeCloseTo(A4.width, -1)
      expect(page.getHeight()).toBeCloseTo(A4.height, -1)
    }
  })

  it('opens with a cover: title, lecturer, place, date and the five documents with their dates', () => {
    const cover = bare(reports[0]!.text)
    for (const text of [lecture.title, lecture.lecturer, lecture.institution, '15 October 2009'])
      expect(cover).toContain(bare(text))
    expect(documents).toHaveLength(5)
    for (const doc of documents) {
      expect(cover).toContain(bare(doc.title))
      expect(cover).toContain(bare(formatDate(doc.date)))
    }
    expect(slidesOn(reports[0]!)).toEqual([])
  })

  it('shows every slide once, in order, two a page by default', () => {
    const shown = reports.slice(1, -1).map(slidesOn)
    expect(shown.flat()).toEqual(deck.slides.map(slide => slide.no))
    for (const page of shown)
      expect(page.length).toBeLessThanOrEqual(2)
  })

  it('draws the slides themselves into it (their text is on the page)', () => {
    const page = reports.findIndex(report => slidesOn(report).includes(7))
    const article = articles.find(a => a.id === 'article-5')!
    expect(bare(reports[page]!.text)).toContain(bare(article.text))
  })

  it('carries the editors\' context from slides.md, labelled as theirs, and no presenter cue', () => {
    const unquoted = (text: string) => bare(text).replace(/["“”]/g, '')
    const all = unquoted(reports.map(r => r.text).join(''))
    let context = 0
    for (const slide of deck.slides) {
      for (const block of noteBlocks(slide.note)) {
        // The words before the first citation, as Markdown leaves them.
        const words = block.markdown.split(CITATION)[0]!.replace(/[*_`#>]/g, '').trim().split(/\s+/).slice(0, 8).join(' ')
        if (block.kind === 'context') {
          context++
          expect(all, `context of slide ${slide.no}`).toContain(unquoted(words))
        }
        else if (!slidesText.includes(unquoted(words))) {
          // A cue that repeats the slide's own words is on the page with the slide; any other is not.
          expect(all, `a cue of slide ${slide.no}`).not.toContain(unquoted(words))
        }
      }
    }
    expect(context).toBeGreaterThan(15)
    const labels = reports.map(r => r.text.split(CONTEXT_LABEL).length - 1).reduce((a, b) => a + b, 0)
    expect(labels).toBe(deck.slides.filter(slide => contextBlocks(slide.note).length > 0).length)
    expect(all.toLowerCase()).not.toMatch(/lecturer'snotes|lecturer’snotes|presentertimer|yellowlabel/)
  })

  it('ends with the references its citations lead to', () => {
    const last = reports.at(-1)!
    expect(last.text).toContain('References')
    expect(slidesOn(last)).toEqual([])
    const numbers = referenceNumbers(deck.slides.map(slide => slide.note))
    for (const [id, n] of numbers)
      expect(bare(last.text), id).toContain(bare(`[${n}]${getSource(id).title}`))
  })

  it('has the same outline as the slides PDF, leading to the pages that show each slide', async () => {
    const slides = readOutline(await PDFDocument.load(readFileSync(slidesPath)))
    const outline = readOutline(pdf)
    const titles = (entries: typeof outline): unknown => entries.map(e => ({ title: e.title, children: titles(e.children) }))
    expect(titles(outline)).toEqual(titles(slides))
    for (const section of sections) {
      const entry = outline.find(e => e.title === sectionLabel(section))!
      const divider = deck.slides.find(slide => slide.opens === section.id)!
      expect(slidesOn(reports[entry.page]!)).toContain(divider.no)
    }
  })

  it('is tagged: passes the accessibility check, and reads as a screen reader would walk it', async () => {
    expect(accessibilityProblems(pdf, { role: 'H2', count: deck.slides.length + 3 })).toEqual([])
    const elements = (await readStructure(new Uint8Array(readFileSync(handout.path)))).flat()
    expect(elements.filter(e => e.role === 'H1').map(e => e.text)).toEqual([lecture.title])
    // Each slide: its heading, and its picture as a figure whose alternative text is the slide's text.
    const slideHeadings = elements.filter(e => e.role === 'H2' && e.text.startsWith('Slide '))
    expect(slideHeadings.map(e => e.text)).toEqual(deck.slides.map(s => `Slide ${s.no} of ${deck.slides.length}: ${s.title}`))
    const figures = elements.filter(e => e.role === 'Figure')
    expect(figures).toHaveLength(deck.slides.length)
    const article = deck.slides.find(s => s.title === 'Article V')!
    expect(bare(figures[article.no - 1]!.alt ?? '')).toContain(bare(articles[0]!.text))
    expect(figures[article.no - 1]!.alt).not.toMatch(/\d+ \/ \d+$/)
    // The references as a list, one item a source; running heads, footers and ruled lines untagged.
    const numbers = referenceNumbers(deck.slides.map(slide => slide.note))
    expect(elements.filter(e => e.role === 'LI' && /^\[\d+\]/.test(e.text))).toHaveLength(numbers.size)
    expect(elements.some(e => /page \d+ of \d+/.test(e.text))).toBe(false)
  })

  it('carries the same document information', () => {
    expect(pdf.getTitle()).toBe(lecture.title)
    // The slides are the lecturer's, the context the editors': the author says both.
    expect(pdf.getAuthor()).toContain(lecture.lecturer)
    expect(pdf.getAuthor()).toContain('editors')
    expect(pdf.getSubject()).not.toMatch(/lecturer's notes/)
    expect(pdf.getSubject()).toContain('handout')
    expect(readLanguage(pdf)).toBe('en')
  })

  it('embeds the project\'s fonts and no other', () => {
    for (const font of readFonts(pdf)) {
      expect(font.embedded, font.name).toBe(true)
      expect(font.name, `${font.subtype} font "${font.name}"`).toMatch(PROJECT_FONTS)
    }
  })

  it('has no blank page', () => {
    reports.forEach((report, index) => expect(report.ink, `page ${index + 1}`).toBeGreaterThan(BLANK_INK))
  })

  it('puts three slides a page when asked, on fewer pages', async () => {
    const three = await exportHandout({ slides: slidesPath, output: join(tmp, 'three.pdf'), perPage: 3 })
    const threeReports = await inspectPdf(browser, readFileSync(three.path))
    const shown = threeReports.slice(1, -1).map(slidesOn)
    expect(shown.flat()).toEqual(deck.slides.map(slide => slide.no))
    expect(Math.max(...shown.map(page => page.length))).toBeLessThanOrEqual(3)
    expect(three.pages).toBeLessThan(handout.pages)
  })

  it('puts one slide a page when asked, long notes in smaller type rather than cut off', async () => {
    const one = await exportHandout({ slides: slidesPath, output: join(tmp, 'one.pdf'), perPage: 1 })
    const oneReports = await inspectPdf(browser, readFileSync(one.path))
    expect(one.pages).toBe(deck.slides.length + 2)
    oneReports.slice(1, -1).forEach((report, index) => expect(slidesOn(report)).toEqual([index + 1]))
    const last = deck.slides.at(-1)!
    const context = contextBlocks(last.note)[0]!.markdown.split(CITATION)[0]!
    expect(bare(oneReports.at(-2)!.text)).toContain(bare(context.replace(/[*_`]/g, '')))
  })

  it('refuses a number of slides a page it cannot lay out', async () => {
    await expect(exportHandout({ slides: slidesPath, output: join(tmp, 'nine.pdf'), perPage: 9 })).rejects.toThrow(/one of 1, 2, 3, 4/)
  })
})
