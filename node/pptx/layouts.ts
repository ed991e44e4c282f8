// How each slide component of slides.md is laid out on a PowerPoint slide, from the same data module
// (data/lecture.ts) that the Vue component draws: every line as editable text in a text box (lists as
// real bulleted or numbered paragraphs, the treaty article as a quotation box, the timeline as one row
// a document), at the type sizes the deck uses, made smaller where a long text would not fit. A
// component missing here stops the export with its name (see `layoutComponent`).
import type PptxGenJS from 'pptxgenjs'
import type { OutlineItem } from '../../data/types'
import type { Deck } from '../deck/deck'
import type { ComponentUse } from './content'
import type { PptxTheme } from './theme'
import { Buffer } from 'node:buffer'
import { mapDrawing, mapSvg, sourceNames, SVG_MARGIN } from '../../app/map/drawing'
import { formatDate, formatLongDate, splitNumber, yearOf } from '../../data/format'
import { byId } from '../../data/ids'
import { articles, documents, lecture, objectives, outlines, sections, supportMeasures } from '../../data/lecture'
import { moves } from '../../data/realignment'
import { sources } from '../../data/sources'
import { geometry } from '../map/geometry'
import { outlinedLabel } from './picture'
import { HEADING_FONT } from './theme'

/** A rectangle on the slide, in inches. */
export interface Frame {
  x: number
  y: number
  w: number
  h: number
}

export interface LayoutContext {
  slide: PptxGenJS.Slide
  theme: PptxTheme
  deck: Deck
  /** Where the component may draw: below the title, above the footer. */
  frame: Frame
}

type TextRun = PptxGenJS.TextProps

// Text fitting. A PPTX cannot carry the deck's fonts, so the text must fit in whatever font the
// viewer substitutes: widths are estimated for a wide sans-serif (DejaVu Sans averages about 0.55 em
// a character in English text; Source Sans 3 about 0.47 em), so the boxes keep room to spare.
const AVERAGE_EM = 0.56
/** Inset of a text box on each side, in inches (PowerPoint's default is 0.1 × 0.05). */
const INSET = 0.08

export interface Paragraph {
  text: string
  /** Size relative to the box's base size. */
  scale?: number
  /** Left indent, in inches (bullets, nested levels). */
  indent?: number
  /** Bold type runs about a tenth wider. */
  bold?: boolean
}

/** The estimated height in inches of `paragraphs` set at `size` pt in a box `width` inches wide. */
export function textHeight(paragraphs: Paragraph[], size: number, width: number, lineSpacing = 1.2, spaceAfter = 0.4): number {
  return paragraphs.reduce((height, p) => {
    const pt = size * (p.scale ?? 1)
    const perLine = Math.max(1, Math.floor(((width - 2 * INSET - (p.indent ?? 0)) * 72) / (pt * AVERAGE_EM * (p.bold ? 1.1 : 1))))
    const lines = p.text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0)
    return height + (lines * pt * lineSpacing + pt * spaceAfter) / 72
  }, 2 * INSET)
}

/** The largest size up to `size` pt (in half points, down to `min`) at which `paragraphs` fit `frame`. */
export function fitSize(paragraphs: Paragraph[], size: number, frame: { w: number, h: number }, lineSpacing?: number, spaceAfter?: number, min = 10): number {
  let pt = Math.round(size * 2) / 2
  while (pt > min && textHeight(paragraphs, pt, frame.w, lineSpacing, spaceAfter) > frame.h)
    pt -= 0.5
  return pt
}

/** Points for a CSS size in rem (16 px) on the canvas. */
function rem(theme: PptxTheme, value: number): number {
  return Math.round(value * 16 * theme.pt * 2) / 2
}

function box(slide: PptxGenJS.Slide, runs: TextRun[] | string, frame: Frame, options: PptxGenJS.TextPropsOptions = {}): void {
  slide.addText(runs, { ...frame, margin: INSET * 72, valign: 'top', fit: 'shrink', ...options })
}

type Layout = (ctx: LayoutContext, attrs: ComponentUse['attrs']) => number

function attr(use: ComponentUse['attrs'], name: string, component: string): string {
  const value = use[name]
  if (typeof value !== 'string')
    throw new Error(`<${component}> needs ${name}="…" for the PowerPoint file.`)
  return value
}

/** Place, date and lecturer under the cover's title. */
const LectureCover: Layout = ({ slide, theme, frame }) => {
  const { colors } = theme
  const h = 1.9
  box(slide, [
    { text: lecture.institution, options: { fontSize: rem(theme, 1.5), color: colors.text, breakLine: true } },
    { text: formatDate(lecture.date), options: { fontSize: rem(theme, 1.25), color: colors.muted, breakLine: true, paraSpaceAfter: 18 } },
    { text: lecture.lecturer, options: { fontSize: rem(theme, 1.7), fontFace: HEADING_FONT, bold: true, color: colors.text } },
  ], { ...frame, h }, { fit: 'none' })
  return h
}

/** The site's own links (reader edition, search, downloads): not part of a file that is passed on. */
const StudyLinks: Layout = () => 0

/** The six sections as a numbered list, each linking to its divider slide. */
const SectionAgenda: Layout = ({ slide, theme, deck, frame }) => {
  const lines = sections.map(s => `${s.number}   ${s.title}`)
  // Each on one line: LibreOffice does not break a line inside a link.
  const longest = Math.max(...lines.map(line => line.length))
  const oneLine = Math.floor((((frame.w - 2 * INSET) * 72) / (longest * AVERAGE_EM)) * 2) / 2
  const size = Math.min(oneLine, fitSize(lines.map(text => ({ text })), rem(theme, 1.55), frame, 1.2, 0.7))
  const runs = sections.flatMap((section): TextRun[] => {
    const divider = deck.slides.find(s => s.opens === section.id)
    return [
      { text: `${section.number}   `, options: { fontFace: HEADING_FONT, bold: true, color: theme.colors.accent } },
      { text: section.title, options: { color: theme.colors.text, breakLine: true, ...(divider ? { hyperlink: { slide: divider.no, tooltip: `Go to slide ${divider.no}: ${divider.title}` } } : {}) } },
    ]
  })
  box(slide, runs, frame, { fontSize: size, paraSpaceAfter: size * 1.1 })
  return frame.h
}

function outlineParagraphs(items: OutlineItem[], depth = 0): Array<Paragraph & { depth: number, numbered: boolean }> {
  return items.flatMap(item => [
    { text: item.text, depth, indent: 0.35 * (depth + 1), numbered: Boolean(splitNumber(item.text).number), scale: depth === 0 ? 1 : 0.88 },
    ...outlineParagraphs(item.children ?? [], depth + 1),
  ])
}

/** An outline of the lecture's as bulleted paragraphs, nested by level; a line the source numbers keeps its number. */
const OutlineList: Layout = ({ slide, theme, frame }, attrs) => {
  const items = byId(outlines, attr(attrs, 'id', 'OutlineList')).items
  const paragraphs = outlineParagraphs(items)
  const large = attrs.size === 'large'
  const start = rem(theme, large ? (paragraphs.length <= 3 ? 2.2 : 1.85) : 1.55)
  const size = fitSize(paragraphs, start, frame, 1.3, 0.5)
  box(slide, paragraphs.map((p, index) => ({
    text: p.text,
    options: {
      fontSize: size * (p.scale ?? 1),
      color: theme.colors.text,
      breakLine: index < paragraphs.length - 1,
      indentLevel: p.depth,
      bullet: p.numbered ? false : { indent: 20 },
      paraSpaceAfter: size * 0.4,
    },
  })), frame, { lineSpacingMultiple: 1.1 })
  return frame.h
}

/** "New York, September 23, 1997": where and when a document was issued. */
const DocumentDate: Layout = ({ slide, theme, frame }, attrs) => {
  const doc = byId(documents, attr(attrs, 'id', 'DocumentDate'))
  const h = 0.5
  box(slide, `${doc.place ? `${doc.place}, ` : ''}${formatLongDate(doc.date)}`, { ...frame, h }, { fontSize: rem(theme, 1.2), color: theme.colors.muted, fit: 'none' })
  return h + 0.1
}

/** The treaty's title and date, then the article as a quotation: "Article V:" in bold, then its text. */
const TreatyArticle: Layout = ({ slide, theme, frame }, attrs) => {
  const article = byId(articles, attr(attrs, 'id', 'TreatyArticle'))
  const treaty = byId(documents, article.treaty)
  const { colors } = theme
  const head = 0.75
  box(slide, [
    { text: treaty.title, options: { italic: true, color: colors.text, breakLine: true } },
    { text: formatLongDate(treaty.date), options: { color: colors.muted } },
  ], { ...frame, h: head }, { fontSize: rem(theme, 1.05), fit: 'none' })
  const quote = { x: frame.x + 0.12, y: frame.y + head + 0.1, w: frame.w - 0.12, h: frame.h - head - 0.1 }
  const text = `Article ${article.number}: ${article.text}`
  const size = fitSize([{ text }], rem(theme, 1.45), { w: quote.w - 0.2, h: quote.h }, 1.4, 0)
  slide.addShape('rect', { x: frame.x, y: quote.y, w: 0.07, h: quote.h, fill: { color: colors.accent }, line: { color: colors.accent, width: 0 } })
  box(slide, [
    { text: `Article ${article.number}:`, options: { bold: true, color: colors.accent } },
    { text: ` ${article.text}`, options: { color: colors.text } },
  ], { ...quote, x: quote.x + 0.1, w: quote.w - 0.1 }, { fontSize: size, lineSpacingMultiple: 1.3 })
  return frame.h
}

/** A heading of the Guidelines' support for U.S. forces, and its paragraphs. */
const SupportMeasure: Layout = ({ slide, theme, frame }, attrs) => {
  const id = attr(attrs, 'id', 'SupportMeasure')
  const measure = byId(supportMeasures, id)
  const large = attrs.size === 'large'
  const heading = rem(theme, large ? 1.9 : 1.55)
  const body = { ...frame, y: frame.y + heading / 72 * 1.6, h: frame.h - heading / 72 * 1.6 }
  box(slide, measure.heading, { ...frame, h: heading / 72 * 1.6 }, { fontSize: heading, fontFace: HEADING_FONT, bold: true, color: theme.colors.accent, fit: 'none' })
  const paragraphs = measure.paragraphs.map(text => ({ text }))
  const size = fitSize(paragraphs, rem(theme, large ? 1.75 : 1.3), body, 1.4, 0.6)
  box(slide, paragraphs.map((p, index) => ({ text: p.text, options: { breakLine: index < paragraphs.length - 1, paraSpaceAfter: size * 0.6 } })), body, { fontSize: size, color: theme.colors.text, lineSpacingMultiple: 1.25 })
  return frame.h
}

/** The SCC's objectives as a numbered list; more than six in two columns that number on. */
const ObjectiveList: Layout = ({ slide, theme, frame }, attrs) => {
  const scope = attr(attrs, 'scope', 'ObjectiveList')
  const list = byId(objectives, scope)
  const columns = list.items.length > 6 ? 2 : 1
  const perColumn = Math.ceil(list.items.length / columns)
  const gap = 0.3
  const w = (frame.w - gap * (columns - 1)) / columns
  const chunks = Array.from({ length: columns }, (_, c) => list.items.slice(c * perColumn, (c + 1) * perColumn))
  const start = rem(theme, columns === 2 ? 1.125 : 1.35)
  const size = Math.min(...chunks.map(items => fitSize(items.map(text => ({ text, indent: 0.4 })), start, { w, h: frame.h }, 1.25, 0.4)))
  chunks.forEach((items, c) => {
    box(slide, items.map((text, index) => ({
      text,
      options: { breakLine: index < items.length - 1, bullet: { type: 'number', style: 'arabicPeriod', numberStartAt: c * perColumn + 1, indent: 30 }, paraSpaceAfter: size * 0.4 },
    })), { x: frame.x + c * (w + gap), y: frame.y, w, h: frame.h }, { fontSize: size, color: theme.colors.text, lineSpacingMultiple: 1.05 })
  })
  return frame.h
}

/** The five documents on a time axis, then one row a document: year, title, date and strand. */
const DocumentTimeline: Layout = ({ slide, theme, frame }, attrs) => {
  const from = Number(attrs.from ?? 1950)
  const to = Number(attrs.to ?? 2010)
  const { colors } = theme
  const sorted = [...documents].sort((a, b) => a.date.localeCompare(b.date))
  const strands = [...new Set(sorted.map(doc => doc.strand))]
  const strandColor = [colors.accent, colors.number, colors.accentSoft]
  // The axis: a drawing whose words (the years) the rows below give in full.
  const axis = { x: frame.x + 0.35, y: frame.y + 0.45, w: frame.w - 0.7 }
  const at = (year: number) => axis.x + ((year - from) / (to - from)) * axis.w
  slide.addShape('line', { x: axis.x, y: axis.y, w: axis.w, h: 0, line: { color: colors.accent, width: 2.25 } })
  for (let year = Math.ceil(from / 10) * 10; year <= to; year += 10)
    box(slide, String(year), { x: at(year) - 0.4, y: axis.y + 0.03, w: 0.8, h: 0.3 }, { fontSize: rem(theme, 0.8), color: colors.muted, align: 'center', fit: 'none' })
  for (const doc of sorted) {
    const year = yearOf(doc.date) + (Date.parse(`${doc.date}T00:00:00Z`) - Date.UTC(yearOf(doc.date), 0, 1)) / (365.25 * 864e5)
    slide.addShape('ellipse', { x: at(year) - 0.08, y: axis.y - 0.08, w: 0.16, h: 0.16, fill: { color: colors.accent }, line: { color: colors.bg, width: 2 } })
  }
  const top = axis.y + 0.45
  const gap = 0.08
  const rowH = (frame.y + frame.h - top - gap * (sorted.length - 1)) / sorted.length
  const titleSize = rem(theme, 1.2)
  const metaSize = rem(theme, 0.95)
  const yearW = 1.45
  const textFrame = { w: frame.w - yearW - 0.2, h: rowH }
  // One size for every row, the size at which the longest title fits.
  const size = Math.min(...sorted.map(doc => fitSize([{ text: doc.title, bold: true }, { text: `${formatLongDate(doc.date)} · ${doc.strand}`, scale: metaSize / titleSize }], titleSize, textFrame, 1.15, 0.1)))
  sorted.forEach((doc, index) => {
    const y = top + index * (rowH + gap)
    slide.addShape('rect', { x: frame.x, y, w: frame.w, h: rowH, fill: { color: colors.panel }, line: { color: colors.panel, width: 0 } })
    slide.addShape('rect', { x: frame.x, y, w: 0.08, h: rowH, fill: { color: strandColor[strands.indexOf(doc.strand)] ?? colors.accent }, line: { width: 0, color: colors.panel } })
    box(slide, String(yearOf(doc.date)), { x: frame.x + 0.15, y, w: yearW, h: rowH }, { fontSize: rem(theme, 1.9), fontFace: HEADING_FONT, bold: true, color: colors.accent, valign: 'middle', fit: 'none' })
    const text = { x: frame.x + yearW + 0.2, y, ...textFrame }
    box(slide, [
      { text: doc.title, options: { bold: true, color: colors.text, fontSize: size, breakLine: true } },
      { text: `${formatLongDate(doc.date)} · ${doc.strand}`, options: { color: colors.muted, fontSize: size * metaSize / titleSize } },
    ], text, { valign: 'middle' })
  })
  return frame.h
}

/** The five documents, each title linking to its official text, with date and publisher. */
const DocumentSources: Layout = ({ slide, theme, frame }) => {
  const sorted = [...documents].sort((a, b) => a.date.localeCompare(b.date))
  const paragraphs = sorted.flatMap(doc => [{ text: doc.title }, { text: `${formatDate(doc.date)} · ${byId(sources, doc.source).publisher}`, scale: 0.82 }])
  const size = fitSize(paragraphs, rem(theme, 1.3), frame, 1.2, 0.35)
  box(slide, sorted.flatMap((doc, index): TextRun[] => {
    const source = byId(sources, doc.source)
    return [
      { text: doc.title, options: { color: theme.colors.accent, breakLine: true, hyperlink: { url: source.url, tooltip: `Opens ${source.url}` } } },
      { text: `${formatDate(doc.date)} · ${source.publisher}`, options: { fontSize: size * 0.82, color: theme.colors.muted, breakLine: index < sorted.length - 1, paraSpaceAfter: size * 0.8 } },
    ]
  }), frame, { fontSize: size })
  return frame.h
}

/**
 * The realignment map: the drawing as a picture (it has no text equivalent of its own), its labels
 * as outlines (node/pptx/picture.ts), whose alternative text gives every move in full, beside the
 * moves as an editable numbered list and the sources, as on the slide. Its PNG fallback is put in by
 * write.ts.
 */
const RealignmentMap: Layout = ({ slide, theme, frame }) => {
  const h = frame.h
  const w = h * (geometry.width + 2 * SVG_MARGIN) / geometry.height
  const svg = Buffer.from(mapSvg(mapDrawing(geometry), outlinedLabel)).toString('base64')
  slide.addImage({
    data: `image/svg+xml;base64,${svg}`,
    x: frame.x - 0.2,
    y: frame.y,
    w,
    h,
    altText: `Map of the moves of the Roadmap of 1 May 2006: ${moves.map((move, i) => `${i + 1}. ${move.text}`).join(' ')}`,
  })
  const list = { x: frame.x + w + 0.05, y: frame.y, w: frame.w - w - 0.05, h: h * 0.8 }
  const size = fitSize(moves.map(move => ({ text: move.label, indent: 0.35 })), rem(theme, 1.125), list, 1.1, 0.3)
  box(slide, moves.map((move, index) => ({
    text: move.label,
    options: { breakLine: index < moves.length - 1, bullet: { type: 'number', style: 'arabicPeriod', indent: 24 }, paraSpaceAfter: size * 0.3 },
  })), list, { fontSize: size, color: theme.colors.text })
  box(slide, `Added by the deck’s editors, not the lecturer’s words. Sources: ${sourceNames.join('; ')}; translations from Japanese by the editors. Coastlines: Natural Earth.`, { x: list.x, y: frame.y + h * 0.8, w: list.w, h: h * 0.2 }, { fontSize: rem(theme, 0.8), color: theme.colors.muted })
  return h
}

/** Every slide component slides.md may use, by tag. */
export const LAYOUTS: Record<string, Layout> = {
  DocumentDate,
  DocumentSources,
  DocumentTimeline,
  LectureCover,
  ObjectiveList,
  OutlineList,
  RealignmentMap,
  SectionAgenda,
  StudyLinks,
  SupportMeasure,
  TreatyArticle,
}

/** Draws `use` into `ctx.frame`; returns the height it took. An unknown component stops the export. */
export function layoutComponent(ctx: LayoutContext, use: ComponentUse, slideNo: number): number {
  const layout = LAYOUTS[use.name]
  if (!layout)
    throw new Error(`Slide ${slideNo} uses <${use.name}>, which the PowerPoint writer cannot lay out yet: add it to LAYOUTS in node/pptx/layouts.ts (known: ${Object.keys(LAYOUTS).join(', ')}).`)
  return layout(ctx, use.attrs)
}
