// The A4 student handout (`npm run handout`). A cover (title, lecturer, place, date, contents, the five
// documents), then the slides, each with the context that the deck's editors wrote in slides.md (never
// the presenter's cues) and ruled lines to write on, and the references that the context cites.
// The slides are drawn into the handout as vector pages from the slides PDF, so they print sharp and
// their text stays searchable.
// The command line is scripts/handout.ts.
import type { Browser, Page } from 'playwright-chromium'
import type { LectureContext } from '../../app/node/context'
import type { Deck } from '../../app/node/deck'
import type { HandoutBlock, HandoutModel, PerPage } from './handout-layout'
import type { BrowserOptions } from './runtime'
import type { ExportResult } from './slides'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { beginMarkedContent, endMarkedContent, PDFDocument } from 'pdf-lib'
import { lectureContext } from '../../app/node/context'
import { readDeck } from '../../app/node/deck'
import { footerFor, OUTPUTS, sectionLabel } from '../../data/deck'
import { documents, getSection, lecture, sections } from '../../data/lecture'
import { UsageError } from '../args'
import { serveStatic } from '../serve'
import { accessibilityProblems, asArtifacts, completeAccessibility } from './accessibility'
import { fontFaceCss } from './fonts'
import { DEFAULT_PER_PAGE, handoutHtml, isPerPage, LINE_MM, measureHtml, MIN_NOTES_PT, paginate, PER_PAGE_CHOICES, referenceAnchor } from './handout-layout'
import { inspectPdf, pageProblems } from './inspect'
import { applyDocumentInfo, documentInfo } from './metadata'
import { buildOutline, writeOutline } from './outline'
import { checkOutput, elapsedSince, ExportCheckError, launchChromium, locateChromium, writeAtomically } from './runtime'
import { ensureSite } from './site'
import { EXPORTS_DIR, renderSlides } from './slides'

export interface ExportHandoutOptions extends BrowserOptions {
  /** Slides per page (1-4), default 2. */
  perPage?: number
  /** The deck (default: slides.md of this project). */
  entry?: string
  /** Where the PDF goes (default: exports/japan-us-alliance-handout.pdf). */
  output?: string
  /** A slides PDF made by `npm run export` to draw from; without it the slides are exported afresh. */
  slides?: string
  timeout?: number
  log?: (line: string) => void
}

/** A4 in CSS pixels at 96 per inch, as Chromium lays out the page. */
const MM = 96 / 25.4

interface Placement {
  slide: number
  /** 0-based page of the handout. */
  page: number
  /** Rectangle in CSS px from the page's top left. */
  x: number
  y: number
  width: number
  height: number
  /** Top of the slide's block on its page, in CSS px. */
  blockTop: number
}

function blocksOf(deck: Deck, context: LectureContext): HandoutBlock[] {
  let section: string = lecture.title
  return deck.slides.map((slide, index) => {
    if (slide.opens) {
      section = sectionLabel(getSection(slide.opens))
    }
    return { slide: slide.no, title: slide.title, section, notesHtml: context.slides[index]!.html }
  })
}

async function layOut(page: Page, model: HandoutModel): Promise<number[][]> {
  await page.setContent(measureHtml(model), { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  // A block taller than a page gets smaller type, half a point at a time, until it fits.
  const measured = await page.evaluate((minPt) => {
    const available = document.querySelector<HTMLElement>('#empty-sheet .blocks')!.getBoundingClientRect().height
    const blocks = [...document.querySelectorAll<HTMLElement>('.measure .block')].map((block) => {
      const body = block.querySelector<HTMLElement>('.block-body')!
      let pt = Number.parseFloat(getComputedStyle(body).fontSize) * 0.75
      let shrunk = false
      while (block.getBoundingClientRect().height > available && pt - 0.5 >= minPt) {
        pt -= 0.5
        shrunk = true
        body.style.fontSize = `${pt}pt`
      }
      return { height: block.getBoundingClientRect().height, pt: shrunk ? pt : undefined }
    })
    return { available, blocks }
  }, MIN_NOTES_PT)
  measured.blocks.forEach((b, i) => model.blocks[i]!.notesPt = b.pt)
  const available = measured.available / MM
  const heights = measured.blocks.map(b => b.height / MM)
  const tooTall = heights.map((h, i) => ({ h, slide: model.blocks[i]!.slide })).filter(b => b.h > available)
  if (tooTall.length > 0) {
    throw new ExportCheckError('The handout', tooTall.map(b =>
      `the notes of slide ${b.slide} need ${b.h.toFixed(0)} mm even in ${MIN_NOTES_PT} pt type, more than the ${available.toFixed(0)} mm of an A4 page: shorten them${model.perPage > 1 ? ' or use --per-page 1' : ''}`))
  }
  return paginate(heights, available, model.perPage)
}

/** Fills each block's writing space with ruled lines and reports where each slide frame sits. */
async function finish(page: Page, lineHeight: number): Promise<Placement[]> {
  // The references have one page; a list that outgrows it would be cut off, so say so instead.
  const overflow = await page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('.references ol')
    return list ? list.scrollWidth - list.clientWidth + Math.max(0, list.scrollHeight - list.clientHeight) : 0
  })
  if (overflow > 1)
    throw new ExportCheckError('The handout', ['the references do not fit on their page: shorten the caveats in data/sources.ts, or let the list run over more pages'])
  return page.evaluate((lineHeight) => {
    for (const lines of document.querySelectorAll<HTMLElement>('.lines')) {
      const count = Math.floor(lines.getBoundingClientRect().height / lineHeight + 0.01)
      lines.replaceChildren(...Array.from({ length: count }, () => Object.assign(document.createElement('div'), { className: 'line' })))
    }
    const sheets = [...document.querySelectorAll<HTMLElement>('.sheet')]
    return [...document.querySelectorAll<HTMLElement>('.slide-image')].map((image) => {
      const sheet = image.closest<HTMLElement>('.sheet')!
      const origin = sheet.getBoundingClientRect()
      const rect = image.getBoundingClientRect()
      const block = image.closest<HTMLElement>('.block')!.getBoundingClientRect()
      return {
        slide: Number(image.dataset.slide),
        page: sheets.indexOf(sheet),
        x: rect.left - origin.left,
        y: rect.top - origin.top,
        width: rect.width,
        height: rect.height,
        blockTop: block.top - origin.top,
      }
    })
  }, lineHeight * MM)
}

/**
 * Reads the `--slides` PDF and checks that it is one, with a page for each slide of the deck, before
 * any browser starts.
 */
export async function readSlidesPdf(file: string, deck: Deck): Promise<PDFDocument> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--slides ${file} cannot be read: ${error.code === 'ENOENT' ? 'there is no such file' : error.code === 'EISDIR' ? 'it is a folder' : error.message}.`)
  })
  const header = new TextDecoder().decode(bytes.subarray(0, 1024))
  if (!header.includes('%PDF-'))
    throw new UsageError(`--slides ${file} is not a PDF: give the slides PDF that \`npm run export\` wrote.`)
  let pdf: PDFDocument
  let pages: number
  try {
    // pdf-lib reads leniently and finds a broken page tree only when asked for the pages.
    pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    pages = pdf.getPageCount()
  }
  catch (error) {
    throw new UsageError(`--slides ${file} is not a PDF that can be read (${(error as Error).message.split('\n')[0]}).`)
  }
  if (pages !== deck.slides.length)
    throw new UsageError(`--slides ${file} has ${pages} page${pages === 1 ? '' : 's'}, the deck ${deck.slides.length} slides: export the slides again (npm run export).`)
  return pdf
}

async function renderHandout(browser: Browser, deck: Deck, slides: PDFDocument, perPage: PerPage): Promise<{ pdf: Uint8Array, sheets: number[][] }> {
  const context = lectureContext(deck.slides.map(slide => slide.note), referenceAnchor)
  // What each slide says, for the alternative text of its picture on the handout's pages.
  const frontmatters = deck.slides.map(slide => slide.frontmatter)
  const slideTexts = (await inspectPdf(browser, await slides.save())).map((report, index) => {
    // Without the footer, which repeats the section and the slide number.
    const footer = footerFor(frontmatters, index + 1)
    const text = report.text.replace(/\s+/g, ' ').trim()
    const end = footer ? ` ${footer.section} ${footer.page} / ${footer.total}` : ''
    return end && text.endsWith(end) ? text.slice(0, -end.length) : text
  })
  const model: HandoutModel = {
    lecture,
    references: context.references,
    sections: sections.map(section => ({ ...section, slide: deck.slides.find(s => s.opens === section.id)?.no ?? 1 })),
    documents,
    blocks: blocksOf(deck, context).map((block, index) => ({ ...block, slideText: slideTexts[index] })),
    totalSlides: deck.slides.length,
    perPage,
    fontCss: fontFaceCss(),
    aspect: deck.canvas.width / deck.canvas.height,
  }
  const browserContext = await browser.newContext({ colorScheme: 'light' })
  let printed: Uint8Array
  let placements: Placement[]
  let pages: number[][]
  try {
    const page = await browserContext.newPage()
    pages = await layOut(page, model)
    await page.setContent(handoutHtml(model, pages), { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    placements = await finish(page, LINE_MM)
    printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 }, tagged: true })
  }
  finally {
    await browserContext.close()
  }

  const doc = await PDFDocument.load(printed)
  if (slides.getPageCount() !== deck.slides.length)
    throw new ExportCheckError('The handout', [`the slides PDF has ${slides.getPageCount()} pages, the deck ${deck.slides.length} slides`])
  const embedded = await doc.embedPdf(await asArtifacts(slides), slides.getPageIndices())
  const pdfPages = doc.getPages()
  const scaleOf = (index: number): number => pdfPages[index]!.getWidth() / (210 * MM)
  for (const place of placements) {
    const target = pdfPages[place.page]
    if (!target)
      throw new ExportCheckError('The handout', [`slide ${place.slide} was laid out on page ${place.page + 1}, which the PDF does not have`])
    const scale = scaleOf(place.page)
    // The slide is drawn over its frame, whose structure element (a figure with the slide's text as
    // alternative text) speaks for it: the drawing itself is an artifact.
    target.pushOperators(beginMarkedContent('Artifact'))
    target.drawPage(embedded[place.slide - 1]!, {
      x: place.x * scale,
      y: target.getHeight() - (place.y + place.height) * scale,
      width: place.width * scale,
      height: place.height * scale,
    })
    target.pushOperators(endMarkedContent())
  }
  const bySlide = new Map(placements.map(p => [p.slide, p]))
  writeOutline(doc, buildOutline(deck.slides, sections), (slide) => {
    const place = bySlide.get(slide)!
    return { page: place.page, top: pdfPages[place.page]!.getHeight() - place.blockTop * scaleOf(place.page) }
  })
  const info = documentInfo('handout')
  applyDocumentInfo(doc, info)
  completeAccessibility(doc, info, ({ uri, page }) => uri ? `Opens ${uri}` : `Goes to page ${(page ?? 0) + 1} of the handout`)
  return { pdf: await doc.save(), sheets: pages }
}

/** A4 portrait in PDF points, give or take Chromium's rounding. */
const A4 = { width: 595.28, height: 841.89 }

export interface Handout {
  pdf: Uint8Array
  pages: number
  /** The slides on each page after the cover. */
  sheets: number[][]
}

/** The handout drawn from `slides`, checked: page count, no blank page, A4 portrait throughout. */
export async function makeHandout(browser: Browser, deck: Deck, slides: PDFDocument, perPage: number = DEFAULT_PER_PAGE): Promise<Handout> {
  if (!isPerPage(perPage))
    throw new UsageError(`Slides per page must be one of ${PER_PAGE_CHOICES.join(', ')}, not ${perPage}.`)
  const { pdf, sheets } = await renderHandout(browser, deck, slides, perPage)
  // The cover, the slide pages, the references.
  const pages = sheets.length + 2
  const reports = await inspectPdf(browser, pdf)
  const problems = pageProblems(reports, pages, page => page === 0 ? 'the cover' : page === pages - 1 ? 'the references' : `page ${page + 1}`)
  reports.forEach((report, index) => {
    if (Math.abs(report.width - A4.width) > 2 || Math.abs(report.height - A4.height) > 2)
      problems.push(`page ${index + 1} is ${report.width.toFixed(0)} x ${report.height.toFixed(0)} pt, not A4 portrait`)
  })
  problems.push(...accessibilityProblems(await PDFDocument.load(pdf), { role: 'H2', count: deck.slides.length + 3 }))
  if (problems.length > 0)
    throw new ExportCheckError('The handout', problems)
  return { pdf, pages, sheets }
}

/**
 * `npm run handout`: writes the checked handout PDF and says where. The slides come from `--slides`, or
 * are printed from the built site (built first when dist/ is missing or stale).
 */
export async function exportHandout(options: ExportHandoutOptions = {}): Promise<ExportResult> {
  const start = performance.now()
  const perPage = options.perPage ?? DEFAULT_PER_PAGE
  if (!isPerPage(perPage))
    throw new UsageError(`Slides per page must be one of ${PER_PAGE_CHOICES.join(', ')}, not ${perPage}.`)
  // Everything the command line names is checked before a browser starts.
  const deck = await readDeck(options.entry)
  const path = resolve(options.output ?? resolve(EXPORTS_DIR, OUTPUTS.handout.file))
  await checkOutput(path)
  const given = options.slides ? await readSlidesPdf(resolve(options.slides), deck) : undefined
  const found = await locateChromium(options)
  const dist = given ? undefined : await ensureSite({ log: options.log, findBrowser: async () => found })
  const browser = await launchChromium(found)
  try {
    const slides = given ?? await PDFDocument.load((await renderSlides(browser, { ...options, deck, server: serveStatic(dist!) })).pdf)
    const { pdf, pages, sheets } = await makeHandout(browser, deck, slides, perPage)
    await writeAtomically(path, pdf)
    const result = { path, pages, bytes: pdf.byteLength, ms: elapsedSince(start) }
    const fewer = sheets.filter(sheet => sheet.length < perPage).length
    options.log?.(`Handout PDF: ${path} (${pages} pages, up to ${perPage} slide${perPage > 1 ? 's' : ''} a page${fewer > 0 ? `, fewer on ${fewer} where notes are long` : ''}, ${(result.bytes / 1024).toFixed(0)} KiB, ${(result.ms / 1000).toFixed(1)} s)`)
    return result
  }
  finally {
    await browser.close()
  }
}
