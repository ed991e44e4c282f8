// The A4 handout (`npm run handout`): drawn from one slides export, with two and with three slides a
// page, then read back.
import type { Browser } from 'playwright-chromium'
import type { ExportResult } from '../../scripts/export'
import type { PageReport } from '../../scripts/pdf/inspect'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatLongDate } from '../../components/format'
import { articles, documents, lecture, sections } from '../../data/lecture'
import { exportSlides } from '../../scripts/export'
import { exportHandout } from '../../scripts/handout'
import { readDeck } from '../../scripts/pdf/deck'
import { BLANK_INK, inspectPdf } from '../../scripts/pdf/inspect'
import { readFonts, readLanguage, readOutline } from '../../scripts/pdf/read'
import { launchChromium } from '../../scripts/pdf/runtime'

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
    for (const text of [lecture.title, lecture.lecturer, lecture.institution, '15 October, 2009'])
      expect(cover).toContain(bare(text))
    expect(documents).toHaveLength(5)
    for (const doc of documents) {
      expect(cover).toContain(bare(doc.title))
      expect(cover).toContain(bare(formatLongDate(doc.date)))
    }
    expect(slidesOn(reports[0]!)).toEqual([])
  })

  it('shows every slide once, in order, two a page by default', () => {
    const shown = reports.slice(1).map(slidesOn)
    expect(shown.flat()).toEqual(deck.slides.map(slide => slide.no))
    for (const page of shown)
      expect(page.length).toBeLessThanOrEqual(2)
  })

  it('draws the slides themselves into it (their text is on the page)', () => {
    const page = reports.findIndex(report => slidesOn(report).includes(7))
    const article = articles.find(a => a.id === 'article-5')!
    expect(bare(reports[page]!.text)).toContain(bare(article.text))
  })

  it('carries the speaker notes written in slides.md', () => {
    const noted = deck.slides.filter(slide => slide.note.trim().length > 0)
    expect(noted.length).toBeGreaterThan(3)
    const all = bare(reports.map(r => r.text).join(''))
    for (const slide of [noted[0]!, noted[Math.floor(noted.length / 2)]!, noted[noted.length - 1]!]) {
      // The first words of the note, as Markdown leaves them (no click markers, no list numbers).
      const words = slide.note.replace(/\[click(?::\d+)?\]/g, '').replace(/[*_`#>]/g, '').trim().split(/\s+/).slice(0, 8).join(' ')
      expect(all, `notes of slide ${slide.no}`).toContain(bare(words))
    }
  })

  it('has the same outline as the slides PDF, leading to the pages that show each slide', async () => {
    const slides = readOutline(await PDFDocument.load(readFileSync(slidesPath)))
    const outline = readOutline(pdf)
    const titles = (entries: typeof outline): unknown => entries.map(e => ({ title: e.title, children: titles(e.children) }))
    expect(titles(outline)).toEqual(titles(slides))
    for (const section of sections) {
      const entry = outline.find(e => e.title === `${section.number}. ${section.title}`)!
      const divider = deck.slides.find(slide => slide.opens === section.id)!
      expect(slidesOn(reports[entry.page]!)).toContain(divider.no)
    }
  })

  it('carries the same document information', () => {
    expect(pdf.getTitle()).toBe(lecture.title)
    expect(pdf.getAuthor()).toBe(lecture.lecturer)
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
    const shown = threeReports.slice(1).map(slidesOn)
    expect(shown.flat()).toEqual(deck.slides.map(slide => slide.no))
    expect(Math.max(...shown.map(page => page.length))).toBeLessThanOrEqual(3)
    expect(three.pages).toBeLessThan(handout.pages)
  })

  it('puts one slide a page when asked, long notes in smaller type rather than cut off', async () => {
    const one = await exportHandout({ slides: slidesPath, output: join(tmp, 'one.pdf'), perPage: 1 })
    const oneReports = await inspectPdf(browser, readFileSync(one.path))
    expect(one.pages).toBe(deck.slides.length + 1)
    oneReports.slice(1).forEach((report, index) => expect(slidesOn(report)).toEqual([index + 1]))
    const last = deck.slides.at(-1)!
    expect(bare(oneReports.at(-1)!.text)).toContain(bare(last.note.split('\n')[0]!.replace(/[*_`]/g, '')))
  })

  it('refuses a number of slides a page it cannot lay out', async () => {
    await expect(exportHandout({ slides: slidesPath, output: join(tmp, 'nine.pdf'), perPage: 9 })).rejects.toThrow(/one of 1, 2, 3, 4/)
  })
})
