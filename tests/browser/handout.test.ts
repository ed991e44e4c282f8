import type { ExportResult } from '../../node/build/build'
// The A4 handout (`npm run handout`): the site's handout page printed, with two, three and one slides a
// page, then read back; and the same page printed as a student's browser prints it, which must give the
// same pages.
import type { PdfFacts, PdfPage } from '../../node/pdf/read'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HANDOUT_FOLDER, OUTPUTS } from '../../data/deck'
import { formatDate } from '../../data/format'
import { glossary } from '../../data/glossary'
import { byId } from '../../data/ids'
import { articles, documents, lecture, sections } from '../../data/lecture'
import { CITATION, CONTEXT_LABEL, contextBlocks, noteBlocks, referenceNumbers } from '../../data/notes'
import { answerText, EXPLANATION_LABEL, questionsOf } from '../../data/questions'
import { sources } from '../../data/sources'
import { exportOutput } from '../../node/build/build'
import { readDeck, PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { readPdf, taggingProblems } from '../../node/pdf/read'
import { openDeck } from './harness'
import { PROJECT_FONTS, readFonts } from './pdf-fonts'

/** Text compared without any whitespace: line breaks fall differently in the PDF. */
const bare = (text: string) => text.replace(/\s+/g, '')
const A4 = { width: 595.28, height: 841.89 }

const deck = await readDeck()
const tmp = mkdtempSync(join(tmpdir(), 'lecture-handout-'))
let handout: ExportResult
let pdf: PDFDocument
let facts: PdfFacts
let reports: PdfPage[]
/** The text of the slides themselves (the slides PDF that `npm run build` printed). */
let slidesText: string

function slidesOn(report: PdfPage): number[] {
  return [...report.text.matchAll(/Slide (\d+) of (\d+)/g)].map(m => Number(m[1]))
}

/** A page that goes on with a slide's context too long for the page before. */
const continues = (report: PdfPage): boolean => /Context of slide \d+, continued/.test(report.text)
/** A page of a section's questions alone. */
const checks = (report: PdfPage): boolean => slidesOn(report).length === 0 && /Check yourself: /.test(report.text)
/** The page where the list under the heading `title` (Answers, Glossary, References) starts. */
const listStart = (pages: PdfPage[], title: string): number => pages.findIndex(page => page.tags.some(tag => tag.role === 'H2' && tag.text === title))
/** The questions in the handout's order, numbered through it. */
const numbered = sections.flatMap(section => questionsOf(section.id)).map((question, i) => ({ n: i + 1, question }))
/** The handout's references: the notes' numbers, then any source only an explanation cites. */
const referenceList = (notes: string[]) => referenceNumbers([...notes, ...numbered.map(q => q.question.explanation)])

beforeAll(async () => {
  // Into folders that do not exist yet: the handout makes them.
  handout = await exportOutput('handout', { output: join(tmp, 'new', 'folder', 'handout.pdf') })
  pdf = await PDFDocument.load(readFileSync(handout.path), { updateMetadata: false })
  facts = await readPdf(new Uint8Array(readFileSync(handout.path)))
  reports = facts.pages
  const slides = await readPdf(new Uint8Array(readFileSync(resolve(ROOT, 'exports', OUTPUTS.slides.file))))
  slidesText = bare(slides.pages.map(r => r.text).join('')).replace(/["“”]/g, '')
})

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

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

  it('ends with the references its citations lead to, over as many pages as they need, each entry whole on its page', () => {
    const first = listStart(reports, 'References')
    expect(first).toBeGreaterThan(listStart(reports, 'Glossary'))
    const pages = reports.slice(first)
    expect(pages.length).toBeGreaterThan(0)
    for (const page of pages) {
      expect(page.text).toContain('References')
      expect(slidesOn(page)).toEqual([])
    }
    const numbers = referenceList(deck.slides.map(slide => slide.note))
    // The notes keep the numbers every other output gives them.
    for (const [id, n] of referenceNumbers(deck.slides.map(slide => slide.note)))
      expect(numbers.get(id)).toBe(n)
    // Each entry on one page, so that a column cut off by the page would show as a missing entry.
    for (const [id, n] of numbers)
      expect(pages.filter(page => bare(page.text).includes(bare(`[${n}]${byId(sources, id).title}`))), id).toHaveLength(1)
  })

  it('has Chromium\'s outline from its headings: the sections\' dividers over their slides, leading to the pages that show them', () => {
    const [title, ...rest] = facts.outline
    expect(rest).toEqual([])
    expect(title!.title).toBe(lecture.title)
    for (const section of sections) {
      const divider = deck.slides.find(slide => slide.opens === section.id)!
      const entry = title!.children.find(e => e.title.startsWith(`Slide ${divider.no} of `))!
      expect(slidesOn(reports[entry.page]!)).toContain(divider.no)
      const next = deck.slides.find(slide => slide.no > divider.no && slide.opens)?.no ?? deck.slides.length + 1
      const slideEntries = entry.children.filter(child => child.title.startsWith('Slide '))
      expect(slideEntries.map(child => slidesOn(reports[child.page]!).find(no => child.title.startsWith(`Slide ${no} of `)))).toEqual(
        deck.slides.filter(slide => slide.no > divider.no && slide.no < next).map(slide => slide.no),
      )
      // The section's questions last, under its slides.
      if (questionsOf(section.id).length > 0)
        expect(entry.children.at(-1)!.title).toBe(`Check yourself: ${section.number} · ${section.title}`)
    }
    expect(title!.children.map(e => e.title).slice(-3)).toEqual(['Answers', 'Glossary', 'References'])
  })

  it('is tagged: passes the accessibility check, and reads as a screen reader would walk it', () => {
    expect(taggingProblems(facts, lecture.title)).toEqual([])
    const elements = reports.flatMap(page => page.tags)
    expect(elements.filter(e => e.role === 'H1').map(e => e.text)).toEqual([lecture.title])
    // Each slide: its heading, and its picture as a figure whose alternative text is the slide's text.
    const slideHeadings = elements.filter(e => /^H[23]$/.test(e.role) && e.text.startsWith('Slide '))
    expect(slideHeadings.map(e => e.text)).toEqual(deck.slides.map(s => `Slide ${s.no} of ${deck.slides.length}: ${s.title}`))
    const figures = elements.filter(e => e.role === 'Figure')
    expect(figures).toHaveLength(deck.slides.length)
    const article = deck.slides.find(s => s.title === 'Article V')!
    expect(bare(figures[article.no - 1]!.alt ?? '')).toContain(bare(articles[0]!.text))
    expect(figures[article.no - 1]!.alt).not.toMatch(/\d+ \/ \d+$/)
    // The references as a list, one item a source; running heads, footers and ruled lines untagged.
    const numbers = referenceList(deck.slides.map(slide => slide.note))
    expect(elements.filter(e => e.role === 'LI' && /^\[\d+\]/.test(e.text))).toHaveLength(numbers.size)
    expect(elements.some(e => /page \d+ of \d+/.test(e.text))).toBe(false)
  })

  it('asks each section\'s questions after its last slide and before the next section, with their choices and lines to answer on', () => {
    const body = reports.slice(1, listStart(reports, 'Answers'))
    const text = bare(body.map(page => page.text).join(''))
    const at = (words: string, from = 0) => text.indexOf(bare(words), from)
    sections.forEach((section, s) => {
      const divider = deck.slides.find(slide => slide.opens === section.id)!
      const nextDivider = s + 1 < sections.length ? deck.slides.find(slide => slide.opens === sections[s + 1]!.id) : undefined
      const last = deck.slides[(nextDivider?.no ?? deck.slides.length + 1) - 2]!
      expect(last.no).toBeGreaterThan(divider.no)
      const after = at(`Slide ${last.no} of ${deck.slides.length}`)
      const before = nextDivider ? at(`Slide ${nextDivider.no} of ${deck.slides.length}`) : text.length
      expect(after, section.id).toBeGreaterThan(0)
      for (const { n, question } of numbered.filter(q => q.question.section === section.id)) {
        const prompt = at(`${n}.${question.prompt}`, after)
        expect(prompt, question.id).toBeGreaterThan(after)
        expect(prompt, question.id).toBeLessThan(before)
        // Each choice after its letter, in order.
        let from = prompt
        question.choices.forEach((choice, i) => {
          const found = at(`${'ABCDE'[i]}${choice}`, from)
          expect(found, `${question.id}, choice ${i}`).toBeGreaterThan(from)
          from = found
        })
        // Not its answer: that is on the answers pages.
        expect(text.slice(prompt, before)).not.toContain(bare(EXPLANATION_LABEL))
      }
    })
    const headings = reports.flatMap(page => page.tags).filter(tag => /^H\d$/.test(tag.role) && tag.text.startsWith('Check yourself: '))
    expect(headings.map(tag => `${tag.role} ${tag.text}`)).toEqual(
      sections.filter(section => questionsOf(section.id).length > 0).map(section => `H3 Check yourself: ${section.number} · ${section.title}`),
    )
  })

  it('answers every question on the answers pages: the right answer or that it is an opinion question, the editors\' labelled explanation with its citations numbered as the references, and no cue', () => {
    const first = listStart(reports, 'Answers')
    const pages = reports.slice(first, listStart(reports, 'Glossary'))
    expect(reports.slice(first).every(page => slidesOn(page).length === 0)).toBe(true)
    const text = bare(pages.map(page => page.text).join(''))
    const numbers = referenceList(deck.slides.map(slide => slide.note))
    let from = 0
    for (const { n, question } of numbered) {
      const prompt = text.indexOf(bare(`${n}.${question.prompt}`), from)
      expect(prompt, question.id).toBeGreaterThanOrEqual(from)
      const answer = question.kind === 'knowledge' ? `Answer:${'ABCDE'[question.answer]},${answerText(question)}` : answerText(question)
      expect(text.indexOf(bare(answer), prompt), question.id).toBeGreaterThan(prompt)
      // The explanation as written, each citation as its number in the references.
      const explanation = question.explanation.replace(CITATION, (_, id: string, where?: string) => `[${numbers.get(id)}${where ? `, ${where.trim()}` : ''}]`)
      expect(text.indexOf(bare(explanation), prompt), question.id).toBeGreaterThan(prompt)
      from = prompt
    }
    // Over each explanation, and once in the intro that names it.
    expect(text.split(bare(EXPLANATION_LABEL)).length - 1).toBe(numbered.length + 1)
    expect(pages.map(page => page.text).join('')).not.toMatch(/Cue:/)
  })

  it('has a glossary over as many pages as it needs: every term in English with its Japanese and Chinese where the data has them', () => {
    const pages = reports.slice(listStart(reports, 'Glossary'), listStart(reports, 'References'))
    expect(pages.length).toBeGreaterThan(0)
    // The PDF's text has the katakana middle dot as U+2027 (Skia's mapping of the font's glyph, as with
    // the apostrophe): compared as one.
    const dots = (words: string) => bare(words).replace(/[・‧]/g, '・')
    const text = dots(pages.map(page => page.text).join(''))
    for (const term of glossary) {
      const en = text.indexOf(dots(term.en.text))
      expect(en, term.id).toBeGreaterThanOrEqual(0)
      for (const rendering of [term.ja, term.zh]) {
        if (rendering)
          expect(text.indexOf(dots(rendering.text), en), `${term.id}: ${rendering.text}`).toBeGreaterThan(en)
      }
    }
    expect(text).toContain(bare('not read in an official text'))
  })

  it('carries the same document information', () => {
    expect(pdf.getTitle()).toBe(lecture.title)
    // The slides are the lecturer's, the context the editors': the author says both.
    expect(pdf.getAuthor()).toContain(lecture.lecturer)
    expect(pdf.getAuthor()).toContain('editors')
    expect(pdf.getSubject()).not.toMatch(/lecturer's notes/)
    expect(pdf.getSubject()).toContain('handout')
    expect(facts.info.language).toBe('en')
  })

  it('embeds the project\'s fonts and no other', () => {
    for (const font of readFonts(pdf)) {
      expect(font.embedded, font.name).toBe(true)
      expect(font.name, `${font.subtype} font "${font.name}"`).toMatch(PROJECT_FONTS)
    }
  })

  it('has no blank page', () => {
    reports.forEach((report, index) => expect(bare(report.text).length, `page ${index + 1}`).toBeGreaterThan(100))
  })

  it('puts three slides a page when asked, on fewer pages', async () => {
    const three = await exportOutput('handout', { output: join(tmp, 'three.pdf'), perPage: 3 })
    const threeReports = (await readPdf(new Uint8Array(readFileSync(three.path)))).pages
    const shown = threeReports.slice(1, -1).map(slidesOn)
    expect(shown.flat()).toEqual(deck.slides.map(slide => slide.no))
    expect(Math.max(...shown.map(page => page.length))).toBeLessThanOrEqual(3)
    expect(three.pages).toBeLessThan(handout.pages)
  })

  it('puts one slide a page when asked, long notes in smaller type or on the next page rather than cut off', async () => {
    const one = await exportOutput('handout', { output: join(tmp, 'one.pdf'), perPage: 1 })
    const oneReports = (await readPdf(new Uint8Array(readFileSync(one.path)))).pages
    // The cover, a page a slide (and a page for the rest of a context too long for one, a page for each
    // section's questions), then the answers, the glossary and the references (as many pages as in the
    // default handout).
    const listPages = reports.length - listStart(reports, 'Answers')
    const slidePages = oneReports.slice(1, -listPages).filter(page => !continues(page) && !checks(page))
    expect(one.pages).toBe(1 + slidePages.length + oneReports.filter(continues).length + oneReports.filter(checks).length + listPages)
    expect(slidePages).toHaveLength(deck.slides.length)
    slidePages.forEach((report, index) => expect(slidesOn(report)).toEqual([index + 1]))
    const last = deck.slides.at(-1)!
    const context = contextBlocks(last.note)[0]!.markdown.split(CITATION)[0]!
    expect(bare(slidePages.at(-1)!.text)).toContain(bare(context.replace(/[*_`]/g, '')))
  })

  it('refuses a number of slides a page it cannot lay out', async () => {
    await expect(exportOutput('handout', { output: join(tmp, 'nine.pdf'), perPage: 9 })).rejects.toThrow(/one of 1, 2, 3, 4/)
  })
})

describe('the handout page, printed by a student\'s browser', () => {
  it('gives the same pages as npm run handout: the same count and the same text on each', async () => {
    const site = await openDeck()
    try {
      // As a browser window opens it (a laptop's size), then its print dialog: the page's own paper size,
      // no other option.
      await site.page.setViewportSize({ width: 1280, height: 800 })
      await site.page.goto(`${site.server.url}${HANDOUT_FOLDER}/`)
      await site.page.waitForSelector('main.handout.ready')
      const printed = await readPdf(new Uint8Array(await site.page.pdf({ preferCSSPageSize: true })))
      expect(printed.pages).toHaveLength(handout.pages)
      printed.pages.forEach((page, index) => expect(bare(page.text), `page ${index + 1}`).toBe(bare(reports[index]!.text)))
      // The glossary's Japanese and Chinese marked with their language, for the project's CJK fonts.
      const marked = await site.page.locator('.sheet.flow-glossary').evaluateAll(sheets => ({
        ja: sheets.flatMap(sheet => [...sheet.querySelectorAll('.rendered[lang="ja"]')]).length,
        zh: sheets.flatMap(sheet => [...sheet.querySelectorAll('.rendered[lang="zh-Hans"]')]).length,
      }))
      expect(marked).toEqual({ ja: glossary.filter(term => term.ja).length, zh: glossary.filter(term => term.zh).length })
      expect(site.problems).toEqual([])
    }
    finally {
      await site.close()
    }
  })

  it('prints each slide\'s text at 8 pt or more at two slides a page (the size of its middle character, as drawn on the page)', async () => {
    const site = await openDeck()
    try {
      await site.page.emulateMedia({ media: 'print' })
      await site.page.goto(`${site.server.url}${HANDOUT_FOLDER}/?per-page=2`)
      await site.page.waitForSelector('main.handout.ready')
      const medians = await site.page.locator('.sheet .slide-frame').evaluateAll(frames => frames.map((frame) => {
        // Every text of the slide at the size it is drawn: its font size times the scale it is drawn at.
        const sizes: number[] = []
        const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!
          if (!node.textContent!.trim() || element.closest('.lecture-footer, svg'))
            continue
          const range = document.createRange()
          range.selectNodeContents(node)
          const box = range.getBoundingClientRect()
          const scale = element.getBoundingClientRect().width / element.offsetWidth || 1
          if (box.height > 0) {
            const pt = Number.parseFloat(getComputedStyle(element).fontSize) * scale * 0.75
            for (let i = 0; i < node.textContent!.trim().length; i++)
              sizes.push(pt)
          }
        }
        // The size of the middle character, as tests/browser/layout.ts measures a slide's type.
        sizes.sort((a, b) => a - b)
        return sizes[Math.floor(sizes.length / 2)] ?? 0
      }))
      expect(medians).toHaveLength(deck.slides.length)
      expect(medians.map((pt, i) => `slide ${i + 1}: ${pt.toFixed(1)} pt`).filter((_, i) => medians[i]! < 8)).toEqual([])
    }
    finally {
      await site.close()
    }
  })
})
