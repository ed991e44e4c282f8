// The handout as HTML for Chromium to print on A4: a cover, pages of slide blocks, and the references.
// A block is a slide frame (the slide itself is drawn into it afterwards, from the slides PDF), the
// context that the deck's editors wrote, labelled as theirs, flowing beside and below it, and ruled
// lines to write on. Page breaks are decided here from measured
// block heights, so a long note moves its block to the next page instead of being cut off.
import type { Reference } from '../../app/node/context'
import type { AllianceDocument, Lecture, Section } from '../../data/types'
import { escapeHtml } from '../../app/node/html'
import { sectionLabel } from '../../data/deck'
import { formatDate, formatSourceDate } from '../../data/format'
import { CONTEXT_LABEL } from '../../data/notes'
import { getSource } from '../../data/sources'

export const PER_PAGE_CHOICES = [1, 2, 3, 4] as const
export type PerPage = typeof PER_PAGE_CHOICES[number]
export const DEFAULT_PER_PAGE: PerPage = 2

/**
 * By slides per page: width of the slide frame in mm (the text column is 182 mm wide), size of the
 * notes' type, and the ruled lines a block has at least. More slides a page means smaller everything.
 */
const GEOMETRY: Record<PerPage, { slideMm: number, notesPt: number, minLines: number }> = {
  1: { slideMm: 182, notesPt: 10.5, minLines: 4 },
  2: { slideMm: 96, notesPt: 9.5, minLines: 3 },
  3: { slideMm: 72, notesPt: 8.2, minLines: 2 },
  4: { slideMm: 62, notesPt: 7.6, minLines: 2 },
}
/** The smallest type a block's notes are set in to make the block fit on one page. */
export const MIN_NOTES_PT = 7

/** Space between ruled lines. */
export const LINE_MM = 7.5
/** Between two blocks on a page: space, a rule, space. */
const BLOCK_SPACE_MM = 4
const RULE_MM = 0.3
export const SEPARATOR_MM = 2 * BLOCK_SPACE_MM + RULE_MM

export function isPerPage(value: number): value is PerPage {
  return (PER_PAGE_CHOICES as readonly number[]).includes(value)
}

/** Element id of reference `n` on the handout's last page, where the context's citations link to. */
export function referenceAnchor(n: number): string {
  return `#ref-${n}`
}

/**
 * Groups blocks into pages: at most `perPage` a page, and no more than fit in `available` mm (with
 * SEPARATOR_MM between blocks). A block taller than a page gets a page of its own; the caller reports it.
 */
export function paginate(heights: number[], available: number, perPage: number): number[][] {
  const pages: number[][] = []
  let current: number[] = []
  let used = 0
  heights.forEach((height, index) => {
    const needed = current.length === 0 ? height : used + SEPARATOR_MM + height
    if (current.length > 0 && (current.length >= perPage || needed > available)) {
      pages.push(current)
      current = []
      used = 0
    }
    used = current.length === 0 ? height : used + SEPARATOR_MM + height
    current.push(index)
  })
  if (current.length > 0)
    pages.push(current)
  return pages
}

export interface HandoutBlock {
  slide: number
  title: string
  /** "2 · Japan-US Security Treaty", or the lecture title before the first section. */
  section: string
  notesHtml: string
  /** What the slide shows, as text: the alternative text of its picture in the tagged PDF. */
  slideText?: string
  /** Type size of this block's notes when it had to be smaller than the layout's to fit on a page. */
  notesPt?: number
}

export interface HandoutModel {
  lecture: Lecture
  sections: Array<Section & { slide: number }>
  documents: AllianceDocument[]
  /** The sources the context cites, numbered as cited. */
  references: Reference[]
  blocks: HandoutBlock[]
  totalSlides: number
  perPage: PerPage
  fontCss: string
  /** Canvas aspect ratio of the slides (width / height). */
  aspect: number
}

function styles(model: HandoutModel): string {
  const { slideMm: width, notesPt, minLines } = GEOMETRY[model.perPage]
  const beside = width < 182
  return `
${model.fontCss}
@page { size: A4 portrait; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Source Sans 3', sans-serif; font-size: 9.5pt; line-height: 1.38; color: #1d2430; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
a { color: #1f4e79; }
h1, h2 { font-family: 'Source Serif 4', serif; color: #1f4e79; font-weight: 600; }
.sheet { width: 210mm; height: 297mm; padding: 11mm 14mm 9mm; display: flex; flex-direction: column; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }
.sheet-head, .sheet-foot { display: flex; justify-content: space-between; gap: 6mm; font-size: 8pt; color: #4a5566; }
.sheet-head { border-bottom: 0.3mm solid #d9d4c9; padding-bottom: 1.5mm; margin-bottom: 4mm; }
.sheet-head span, .sheet-foot span { white-space: nowrap; }
.sheet-head span:last-child { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.sheet-foot { border-top: 0.3mm solid #d9d4c9; padding-top: 1.5mm; margin-top: 3mm; }
.blocks { flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
.block { flex: 1 1 auto; display: flex; flex-direction: column; min-height: 0; }
.block + .block { margin-top: ${BLOCK_SPACE_MM}mm; border-top: ${RULE_MM}mm solid #d9d4c9; padding-top: ${BLOCK_SPACE_MM}mm; }
.block-body { display: flow-root; }
.slide-frame { width: ${width}mm; border: 0.25mm solid #9aa6b4; ${beside ? 'float: left; margin: 0 5mm 2mm 0;' : 'margin: 0 0 3mm;'} }
.slide-image { width: 100%; aspect-ratio: ${model.aspect}; background: #fff; }
.block-body { font-size: ${notesPt}pt; }
.label { margin: 0 0 1mm; font-family: inherit; font-size: inherit; font-weight: 600; color: #1f4e79; }
.label .section { font-weight: 400; color: #4a5566; }
.notes p { margin: 0 0 1.5mm; }
.notes ul, .notes ol { margin: 0 0 1.5mm; padding-left: 5mm; }
.notes li { margin: 0 0 0.6mm; }
.lines { flex: 1 1 auto; min-height: ${minLines * LINE_MM}mm; margin-top: 1mm; }
.line { height: ${LINE_MM}mm; border-bottom: 0.2mm solid #b9c2cc; }
.measure { width: 182mm; }
.measure .block + .block { margin-top: 0; border-top: 0; padding-top: 0; }
.cover { padding-top: 30mm; }
.cover .kicker { font-size: 11pt; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: #4a5566; margin: 0 0 4mm; }
.cover h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 8mm; }
.cover .byline { font-family: 'Source Serif 4', serif; font-size: 15pt; margin: 0 0 1mm; }
.cover .occasion { font-size: 12pt; color: #4a5566; margin: 0 0 12mm; }
.cover h2 { font-size: 13pt; margin: 0 0 3mm; border-bottom: 0.3mm solid #d9d4c9; padding-bottom: 1.5mm; }
.cover section { margin-bottom: 9mm; }
.contents { list-style: none; margin: 0; padding: 0; font-size: 10.5pt; }
.contents li { display: flex; gap: 3mm; margin: 0 0 1.6mm; }
.contents a { color: inherit; text-decoration: none; flex: 1 1 auto; }
.contents .page { color: #4a5566; font-variant-numeric: tabular-nums; }
.documents { width: 100%; border-collapse: collapse; font-size: 10pt; }
.documents td { vertical-align: top; padding: 0 0 2.5mm; }
.documents .date { width: 38mm; color: #4a5566; white-space: nowrap; }
.documents .title { font-weight: 600; }
.documents .source { display: block; font-size: 8.5pt; color: #4a5566; word-break: break-all; }
.how { color: #4a5566; font-size: 10pt; margin-top: auto; }
.context-label { margin: 0 0 0.8mm; font-size: 0.85em; font-weight: 600; color: #4a5566; }
.cite { text-decoration: none; }
.references .references-title { font-size: 16pt; margin: 0 0 3mm; }
.references .intro { color: #4a5566; margin: 0 0 4mm; }
.references ol { list-style: none; margin: 0; padding: 0; font-size: 8pt; line-height: 1.3; columns: 2; column-gap: 6mm; flex: 1 1 auto; min-height: 0; }
.references li { display: flex; gap: 1.5mm; margin: 0 0 1.6mm; break-inside: avoid; }
.references .n { min-width: 6mm; color: #4a5566; font-variant-numeric: tabular-nums; }
.references a { word-break: break-all; }
.references .caveat { color: #4a5566; }
`
}

function block(b: HandoutBlock, total: number): string {
  return `<article class="block" id="slide-${b.slide}" data-slide="${b.slide}">
  <div class="block-body"${b.notesPt ? ` style="font-size: ${b.notesPt}pt"` : ''}>
    <div class="slide-frame"><div class="slide-image" data-slide="${b.slide}" role="img" aria-label="${escapeHtml(`Slide ${b.slide}: ${b.slideText?.trim() || b.title}`)}"></div></div>
    <h2 class="label">Slide ${b.slide} of ${total}: ${escapeHtml(b.title)}</h2>
    ${b.notesHtml ? `<p class="context-label">${escapeHtml(CONTEXT_LABEL)}</p><div class="notes">${b.notesHtml}</div>` : ''}
  </div>
  <div class="lines" aria-hidden="true"></div>
</article>`
}

function document(model: HandoutModel, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(model.lecture.title)}: handout</title><style>${styles(model)}</style></head><body>${body}</body></html>`
}

/** All blocks, one under the other at natural height, plus an empty page to measure the room on one. */
export function measureHtml(model: HandoutModel): string {
  return document(model, `<div class="sheet" id="empty-sheet"><div class="sheet-head" aria-hidden="true"><span>head</span></div><div class="blocks"></div><div class="sheet-foot" aria-hidden="true"><span>foot</span></div></div>
<div class="measure">${model.blocks.map(b => block(b, model.totalSlides)).join('\n')}</div>`)
}

/** The finished handout: cover, then `pages` (indices into model.blocks). */
export function handoutHtml(model: HandoutModel, pages: number[][]): string {
  // The cover, the slide pages, the references.
  const totalPages = pages.length + 2
  const pageOfSlide = new Map<number, number>()
  pages.forEach((indices, p) => indices.forEach(i => pageOfSlide.set(model.blocks[i]!.slide, p + 2)))
  const { lecture } = model
  const occasion = `${escapeHtml(lecture.institution)} · ${escapeHtml(formatDate(lecture.date))}`
  const documents = [...model.documents].sort((a, b) => a.date.localeCompare(b.date))
  const cover = `<section class="sheet cover">
  <p class="kicker">Lecture handout</p>
  <h1>${escapeHtml(lecture.title)}</h1>
  <p class="byline">${escapeHtml(lecture.lecturer)}</p>
  <p class="occasion">${occasion}</p>
  <section>
    <h2>Contents</h2>
    <ol class="contents">${model.sections.map(s => `<li><a href="#slide-${s.slide}">${escapeHtml(sectionLabel(s))}</a><span class="page">page ${pageOfSlide.get(s.slide) ?? '?'}</span></li>`).join('')}</ol>
  </section>
  <section>
    <h2>The documents</h2>
    <table class="documents"><tbody>${documents.map((d) => {
      const text = getSource(d.source)
      return `<tr><td class="date">${escapeHtml(formatDate(d.date))}</td><td><span class="title">${escapeHtml(d.title)}</span>${d.place ? `, ${escapeHtml(d.place)}` : ''}<a class="source" href="${escapeHtml(text.url)}">${escapeHtml(text.publisher)}: ${escapeHtml(text.url)}</a></td></tr>`
    }).join('')}</tbody></table>
  </section>
  <p class="how">${model.totalSlides} slides of the lecture, up to ${model.perPage} a page, each with lines for your own notes. Under a slide, the context marked “${escapeHtml(CONTEXT_LABEL)}” was written for this handout; its numbered citations lead to the references on page ${totalPages}.</p>
</section>`
  const sheets = pages.map((indices, p) => {
    const blocks = indices.map(i => model.blocks[i]!)
    const sectionsHere = [...new Set(blocks.map(b => b.section))].filter(s => s !== lecture.title).join('; ')
    return `<section class="sheet">
  <div class="sheet-head" aria-hidden="true"><span>${escapeHtml(lecture.title)}</span><span>${escapeHtml(sectionsHere)}</span></div>
  <div class="blocks">${blocks.map(b => block(b, model.totalSlides)).join('\n')}</div>
  <div class="sheet-foot" aria-hidden="true"><span>${escapeHtml(lecture.lecturer)} · ${occasion}</span><span>page ${p + 2} of ${totalPages}</span></div>
</section>`
  })
  const references = `<section class="sheet references">
  <div class="sheet-head" aria-hidden="true"><span>${escapeHtml(lecture.title)}</span><span>References</span></div>
  <h2 class="references-title">References</h2>
  <p class="intro">The primary texts that the editors’ context cites, numbered as cited. Where the official address could not be opened, the entry says where the text was read.</p>
  <ol>${model.references.map(({ n, source }) => `<li id="${referenceAnchor(n).slice(1)}"><span class="n">[${n}]</span><span><cite>${escapeHtml(source.title)}</cite>, ${escapeHtml(formatSourceDate(source.date))}. ${escapeHtml(source.publisher)}: <a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>.${source.caveat ? ` <span class="caveat">${escapeHtml(source.caveat)}</span>` : ''}</span></li>`).join('')}</ol>
  <div class="sheet-foot" aria-hidden="true" style="margin-top: auto"><span>${escapeHtml(lecture.lecturer)} · ${occasion}</span><span>page ${totalPages} of ${totalPages}</span></div>
</section>`
  return document(model, [cover, ...sheets, references].join('\n'))
}
