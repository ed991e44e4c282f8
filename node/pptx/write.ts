// The editable PowerPoint file, written with pptxgenjs from the deck (node/deck/deck.ts: order, titles,
// notes) and its data module (data/, through node/pptx/layouts.ts), not by Slidev's
// `export --format pptx-editable` (docs/outputs.md says why). One slide per slide of the deck, at its last
// click; 16:9; every title in the layout's title placeholder; notes as node/pptx/notes.ts gives
// them. Afterwards a few parts of the zip are completed where pptxgenjs has no option:
// - the theme's fonts get their family class (serif/sans), which is what a client substitutes by when
//   the named font is not installed, and text set in the heading font refers to the theme's font;
// - each slide's notes become one paragraph each, the labels in bold (pptxgenjs writes one run);
// - the document's language and description in docProps/core.xml;
// - an SVG picture's PNG fallback (the picture a client without SVG support shows): pptxgenjs in Node
//   cannot render one and writes the SVG or a "broken picture" under the PNG's name.
// The result is read back (node/pptx/read.ts) and refused when a slide, a title or notes are missing.
import type { Deck } from '../deck/deck'
import type { NoteParagraph } from './notes'
import type { PptxTheme } from './theme'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { footerFor, OUTPUTS, sectionIdAt } from '../../data/deck'
import { formatDate } from '../../data/format'
import { byId } from '../../data/ids'
import { lecture, sections } from '../../data/lecture'
import { slideContent } from './content'
import { withTerms } from './glossary'
import { fitSize, layoutComponent } from './layouts'
import { pptxNotes } from './notes'
import { pngFallback } from './picture'
import { readPptx } from './read'
import { deckTheme, HEADING_FONT, PAGE } from './theme'

export class PptxCheckError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PptxCheckError'
  }
}

const MASTERS = { cover: 'LECTURE COVER', section: 'LECTURE SECTION', content: 'LECTURE CONTENT' } as const
type Kind = keyof typeof MASTERS

/** The text of the notes placeholder, as pptxgenjs writes it: one paragraph. */
const NOTES_BODY = /(name="Notes Placeholder 2"[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)<a:p>[\s\S]*?<\/a:p>(<\/p:txBody>)/
/** An SVG picture: its fallback blip (a PNG) and, inside it, the SVG blip. */
const SVG_PICTURE = /<a:blip r:embed="(rId\d+)">(?:(?!<\/a:blip>)[\s\S])*?<asvg:svgBlip [^>]*r:embed="(rId\d+)"/g
const PNG_EXTENSION = /\.png$/
/** A relationship of a slide to a part beside its folder (`../media/image-21-1.png`). */
const RELATIONSHIP = /Id="(rId\d+)"[^>]*?Target="\.\.\/([^"]+)"/g
/** A run in the heading font, as pptxgenjs writes a named font (with a sans-serif family class). */
const HEADING_FONT_RUN = /<a:(latin|ea|cs) typeface="\+mj-lt"[^>]*\/>/g

const MARGIN_X = 48
/** Title and body areas on the canvas (px), as styles/index.css sets them. */
const TITLE = { cover: { y: 150, h: 120, rem: 2.6 }, section: { y: 245, h: 110, rem: 2.3 }, content: { y: 28, h: 62, rem: 1.9 } }
const BODY_TOP = 100
const BODY_BOTTOM = 510
const FOOTER_TOP = 524

function defineMasters(pptx: PptxGenJS, theme: PptxTheme): void {
  const { colors, px } = theme
  const w = PAGE.width - 2 * MARGIN_X * px
  for (const kind of Object.keys(MASTERS) as Kind[]) {
    const title = TITLE[kind]
    pptx.defineSlideMaster({
      title: MASTERS[kind],
      background: { color: colors.bg },
      ...(kind === 'cover' ? {} : { slideNumber: { x: PAGE.width - 1.2, y: FOOTER_TOP * px, w: 0.75, h: 0.3, fontSize: 9, color: colors.muted, align: 'right' } }),
      objects: [
        ...(kind === 'cover' ? [] : [{ line: { x: 0, y: FOOTER_TOP * px, w: PAGE.width, h: 0, line: { color: colors.rule, width: 0.75 } } }]),
        {
          placeholder: {
            options: {
              name: 'title',
              type: 'title',
              x: MARGIN_X * px,
              y: title.y * px,
              w,
              h: title.h * px,
              fontFace: HEADING_FONT,
              fontSize: title.rem * 16 * theme.pt,
              bold: true,
              color: colors.accent,
              align: 'left',
              valign: kind === 'content' ? 'middle' : 'bottom',
              margin: 0,
            },
            text: '',
          },
        },
      ],
    })
  }
}

function kindOf(slide: Deck['slides'][number], index: number): Kind {
  if (index === 0 || slide.frontmatter.layout === 'cover')
    return 'cover'
  return slide.frontmatter.layout === 'section' ? 'section' : 'content'
}

/** The PPTX of `deck`, checked, as bytes. */
export async function makePptx(deck: Deck): Promise<Uint8Array> {
  const theme = deckTheme(deck)
  const { colors, px } = theme
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = lecture.title
  pptx.author = lecture.lecturer
  pptx.subject = `A lecture by ${lecture.lecturer} at ${lecture.institution}, ${formatDate(lecture.date)}`
  pptx.company = lecture.institution
  pptx.theme = { headFontFace: theme.fonts.serif, bodyFontFace: theme.fonts.sans }
  defineMasters(pptx, theme)
  const frontmatters = deck.slides.map(slide => slide.frontmatter)
  // A section's questions go in the notes of its last slide.
  const sectionOf = deck.slides.map(slide => sectionIdAt(frontmatters, slide.no))
  const checks = sectionOf.map((section, i) => section && sectionOf[i + 1] !== section ? section : null)
  const notes = pptxNotes(deck.slides.map(slide => slide.note), checks, Object.fromEntries(deck.slides.map(slide => [slide.title, slide.no])))

  deck.slides.forEach((deckSlide, index) => {
    const kind = kindOf(deckSlide, index)
    const slide = pptx.addSlide({ masterName: MASTERS[kind] })
    const title = TITLE[kind]
    const titleFrame = { w: PAGE.width - 2 * MARGIN_X * px, h: title.h * px }
    // The divider's number first, so that it reads before the title (as on the slide).
    if (kind === 'section' && deckSlide.opens) {
      slide.addText(String(byId(sections, deckSlide.opens).number), {
        x: MARGIN_X * px,
        y: (title.y - 80) * px,
        w: 2,
        h: 80 * px,
        margin: 0,
        fontFace: HEADING_FONT,
        bold: true,
        fontSize: 64 * theme.pt,
        color: colors.number,
        valign: 'bottom',
      })
    }
    // The size goes on the run: pptxgenjs lets the placeholder's own options override the text box's.
    const titleSize = fitSize([{ text: deckSlide.title, bold: true }], title.rem * 16 * theme.pt, titleFrame, 1.15, 0)
    slide.addText([{ text: deckSlide.title, options: { fontSize: titleSize } }], { placeholder: 'title' })
    const footer = !deckSlide.frontmatter.hideFooter && footerFor(frontmatters, deckSlide.no)
    if (footer)
      slide.addText(footer.section, { x: MARGIN_X * px * 0.7, y: FOOTER_TOP * px, w: PAGE.width - 2.5, h: 0.3, fontSize: 9, color: colors.muted, margin: 0, valign: 'middle' })
    let y = kind === 'cover' ? (title.y + title.h + 20) * px : BODY_TOP * px
    for (const use of slideContent(deckSlide).components) {
      const frame = { x: MARGIN_X * px, y, w: PAGE.width - 2 * MARGIN_X * px, h: BODY_BOTTOM * px - y }
      y += layoutComponent({ slide, theme, deck, frame }, use, deckSlide.no)
    }
    // pptxgenjs writes the notes as one run; the paragraphs are set in finishParts.
    const paragraphs = notes[index]!
    if (paragraphs.length > 0)
      slide.addNotes(paragraphs.map(p => p.text).join('\n'))
  })

  const written = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  // The glossary's terms on each slide, found in the slide's text as written (node/pptx/glossary.ts).
  const slideTexts = (await readPptx(written)).slides.map(slide => slide.paragraphs.join('\n'))
  const notesWithTerms = withTerms(notes, slideTexts)
  const bytes = await finishParts(written, deck, theme, notesWithTerms)
  await checkPptx(bytes, deck, notesWithTerms)
  return bytes
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function notesXml(paragraphs: NoteParagraph[]): string {
  return paragraphs.map(p => `<a:p><a:r><a:rPr lang="en-US" dirty="0"${p.label ? ' b="1"' : ''}/><a:t>${escape(p.text)}</a:t></a:r></a:p>`).join('')
}

async function finishParts(bytes: Uint8Array, deck: Deck, theme: PptxTheme, notes: NoteParagraph[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const edit = async (part: string, change: (xml: string) => string): Promise<void> => {
    const xml = await zip.file(part)!.async('string')
    const changed = change(xml)
    if (changed === xml)
      throw new Error(`pptxgenjs wrote ${part} differently than node/pptx/write.ts expects; nothing was changed in it.`)
    zip.file(part, changed)
  }
  // Family classes (pitchFamily: 18 = roman, variable pitch; 34 = swiss, variable pitch): a client without
  // Source Serif 4 / Source Sans 3 substitutes a serif / sans-serif font, not a default one.
  await edit('ppt/theme/theme1.xml', xml => xml
    .replace(`<a:majorFont><a:latin typeface="${theme.fonts.serif}"/>`, `<a:majorFont><a:latin typeface="${theme.fonts.serif}" pitchFamily="18" charset="0"/>`)
    .replace(`<a:minorFont><a:latin typeface="${theme.fonts.sans}"/>`, `<a:minorFont><a:latin typeface="${theme.fonts.sans}" pitchFamily="34" charset="0"/>`))
  const slideCount = deck.slides.length
  for (let n = 1; n <= slideCount; n++) {
    const part = `ppt/slides/slide${n}.xml`
    const xml = await zip.file(part)!.async('string')
    // pptxgenjs gives every named font a sans-serif family class; the theme reference needs none.
    zip.file(part, xml.replace(HEADING_FONT_RUN, (_, script: string) => `<a:${script} typeface="+mj-${script === 'latin' ? 'lt' : script}"/>`))
    for (const [, pngId, svgId] of xml.matchAll(SVG_PICTURE)) {
      const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string')
      const targets = new Map([...rels.matchAll(RELATIONSHIP)].map(([, id, target]) => [id, `ppt/${target}`]))
      const png = targets.get(pngId!)
      const svg = targets.get(svgId!)
      if (!png || !svg || !PNG_EXTENSION.test(png))
        throw new Error(`pptxgenjs wrote the SVG picture on slide ${n} differently than node/pptx/write.ts expects: its fallback ${pngId} is ${png ?? 'no part'} (a .png part expected), its SVG ${svgId} is ${svg ?? 'no part'}.`)
      zip.file(png, pngFallback(await zip.file(svg)!.async('string'), `slide ${n}`))
    }
    if (notes[n - 1]!.length > 0) {
      await edit(`ppt/notesSlides/notesSlide${n}.xml`, notesSlide => notesSlide.replace(
        NOTES_BODY,
        (_, head: string, tail: string) => `${head}${notesXml(notes[n - 1]!)}${tail}`,
      ))
    }
  }
  const info = typeof deck.headmatter.info === 'string' ? deck.headmatter.info.trim() : ''
  const language = typeof deck.headmatter.lang === 'string' ? deck.headmatter.lang : 'en'
  await edit('docProps/core.xml', xml => xml.replace('</dc:creator>', `</dc:creator><dc:language>${escape(language)}</dc:language>${info ? `<dc:description>${escape(info)}</dc:description>` : ''}`))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** Refuses a file that lacks a slide, a title placeholder with the slide's title, or the notes. */
export async function checkPptx(bytes: Uint8Array, deck: Deck, notes: NoteParagraph[][]): Promise<void> {
  const file = await readPptx(bytes)
  const problems: string[] = []
  if (file.slides.length !== deck.slides.length)
    problems.push(`${file.slides.length} slides, the deck has ${deck.slides.length}`)
  file.slides.forEach((slide, index) => {
    const expected = deck.slides[index]
    if (expected && slide.title !== expected.title)
      problems.push(`slide ${index + 1}: title placeholder ${slide.title === null ? 'missing' : `reads "${slide.title}"`}, expected "${expected.title}"`)
    if (slide.paragraphs.length < 2)
      problems.push(`slide ${index + 1}: no text besides its title`)
    if (slide.notes.length !== (notes[index]?.length ?? 0))
      problems.push(`slide ${index + 1}: ${slide.notes.length} paragraphs of notes, expected ${notes[index]?.length ?? 0}`)
  })
  if (file.properties.title !== lecture.title || file.properties.creator !== lecture.lecturer)
    problems.push('document title or author missing')
  if (problems.length > 0)
    throw new PptxCheckError(`The PowerPoint file (${OUTPUTS.pptx.file}) is wrong and was not written:\n  ${problems.join('\n  ')}`)
}
