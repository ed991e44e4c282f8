// Reads a .pptx back (a zip of XML parts) the way a client sees it: the slides in presentation order,
// each slide's title placeholder, its paragraphs of text, its speaker notes, its pictures (where,
// alternative text, the parts they show), and the document properties. Used by the writer's self-check and by the tests; a few regular
// expressions suffice for the parts pptxgenjs writes (no XML library is a dependency of the project).
import JSZip from 'jszip'

export interface PptxSlideText {
  /** The slide's part name, `ppt/slides/slide3.xml`. */
  part: string
  /** The text of its title placeholder (`<p:ph type="title">`), or null when it has none. */
  title: string | null
  /** Every paragraph of every text box, in the order of the shapes. */
  paragraphs: string[]
  /** The paragraphs of its speaker notes. */
  notes: string[]
  pictures: PptxPicture[]
}

export interface PptxPicture {
  /** Its alternative text (`descr`). */
  descr: string
  /** Where it is on the slide, in inches. */
  box: { x: number, y: number, w: number, h: number }
  /** The part of its picture (`ppt/media/…`): for an SVG picture, the fallback shown where SVG is not supported. */
  part: string
  /** The part of its SVG, where it has one (`asvg:svgBlip`). */
  svgPart?: string
}

export interface PptxText {
  slides: PptxSlideText[]
  /** Slide size in inches. */
  size: { width: number, height: number }
  properties: { title?: string, creator?: string, subject?: string, language?: string, description?: string }
  /** The theme's heading (major) and body (minor) fonts. */
  themeFonts: { major?: string, minor?: string }
  /** Every `<a:latin>` element of the theme and the slides, as written. */
  latinFonts: string[]
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }

export function decodeXml(text: string): string {
  return text.replace(ENTITY, (_, name: string) => name[0] === '#'
    ? String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)))
    : NAMED[name.toLowerCase()]!)
}

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g
const TEXT_OR_BREAK = /<a:t>([^<]*)<\/a:t>|<a:br\b/g
const SHAPE = /<p:sp>([\s\S]*?)<\/p:sp>/g
const PICTURE = /<p:pic>([\s\S]*?)<\/p:pic>/g
const DESCR = /descr="([^"]*)"/
const OFFSET = /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/
const BLIP = /<a:blip r:embed="(rId\d+)"/
const SVG_BLIP = /<asvg:svgBlip [^>]*r:embed="(rId\d+)"/
const PARENT_FOLDER = /^\.\.\//
const EMU_PER_INCH = 914400
const XML_EXTENSION = /\.xml$/
const RELATIONSHIP = /Id="(rId\d+)"[^>]*?Target="([^"]+)"/g
const SLIDE_ID = /<p:sldId [^>]*r:id="(rId\d+)"/g
const NOTES_TARGET = /Target="\.\.\/notesSlides\/([^"]+)"/
const BODY_PLACEHOLDER = /<p:ph\s[^>]*type="body"/
const TITLE_PLACEHOLDER = /<p:ph\s[^>]*type="(?:title|ctrTitle)"/
const SLIDE_SIZE = /<p:sldSz cx="(\d+)" cy="(\d+)"/
const MAJOR_FONT = /<a:majorFont><a:latin typeface="([^"]+)"/
const MINOR_FONT = /<a:minorFont><a:latin typeface="([^"]+)"/
const LATIN = /<a:latin [^>]*\/>/g

/** The paragraphs of an XML fragment's text, line breaks within a paragraph as spaces. */
export function xmlParagraphs(xml: string): string[] {
  return [...xml.matchAll(PARAGRAPH)]
    .map(([, body]) => [...body!.matchAll(TEXT_OR_BREAK)].map(([, t]) => t === undefined ? ' ' : decodeXml(t)).join(''))
    .filter(text => text.trim() !== '')
}

function tag(xml: string, name: string): string | undefined {
  const found = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml)
  return found ? decodeXml(found[1]!).trim() : undefined
}

export async function readPptx(bytes: Uint8Array): Promise<PptxText> {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (part: string): Promise<string> => {
    const file = zip.file(part)
    if (!file)
      throw new Error(`The PPTX has no part ${part}.`)
    return file.async('string')
  }
  const presentation = await read('ppt/presentation.xml')
  const presentationRels = await read('ppt/_rels/presentation.xml.rels')
  const targets = new Map([...presentationRels.matchAll(RELATIONSHIP)].map(([, id, target]) => [id!, target!]))
  const order = [...presentation.matchAll(SLIDE_ID)].map(([, id]) => `ppt/${targets.get(id!)}`)
  const slides = await Promise.all(order.map(async (part): Promise<PptxSlideText> => {
    const xml = await read(part)
    const rels = await read(part.replace('slides/', 'slides/_rels/').replace(XML_EXTENSION, '.xml.rels'))
    const notesTarget = NOTES_TARGET.exec(rels)?.[1]
    const notesXml = notesTarget ? await read(`ppt/notesSlides/${notesTarget}`) : ''
    const notesBody = [...notesXml.matchAll(SHAPE)].map(([, sp]) => sp!).find(sp => BODY_PLACEHOLDER.test(sp)) ?? ''
    const slideTargets = new Map([...rels.matchAll(RELATIONSHIP)].map(([, id, target]) => [id!, `ppt/${target!.replace(PARENT_FOLDER, '')}`]))
    const partOf = (id: string | undefined): string => {
      const target = id && slideTargets.get(id)
      if (!target)
        throw new Error(`${part} has a picture whose relationship ${id ?? '(none)'} names no part.`)
      return target
    }
    const shapes = [...xml.matchAll(SHAPE)].map(([, sp]) => sp!)
    const titleShape = shapes.find(sp => TITLE_PLACEHOLDER.test(sp))
    return {
      part,
      title: titleShape ? xmlParagraphs(titleShape).join(' ') : null,
      paragraphs: shapes.flatMap(xmlParagraphs),
      notes: xmlParagraphs(notesBody),
      pictures: [...xml.matchAll(PICTURE)].map(([, pic]) => {
        const [x, y, w, h] = (OFFSET.exec(pic!)?.slice(1) ?? []).map(emu => Number(emu) / EMU_PER_INCH)
        const svg = SVG_BLIP.exec(pic!)?.[1]
        return {
          descr: decodeXml(DESCR.exec(pic!)?.[1] ?? ''),
          box: { x: x ?? Number.NaN, y: y ?? Number.NaN, w: w ?? Number.NaN, h: h ?? Number.NaN },
          part: partOf(BLIP.exec(pic!)?.[1]),
          ...(svg ? { svgPart: partOf(svg) } : {}),
        }
      }),
    }
  }))
  const size = SLIDE_SIZE.exec(presentation)
  const core = await read('docProps/core.xml')
  const theme = await read('ppt/theme/theme1.xml')
  const slideXml = await Promise.all(order.map(read))
  return {
    slides,
    size: { width: Number(size?.[1]) / EMU_PER_INCH, height: Number(size?.[2]) / EMU_PER_INCH },
    properties: {
      title: tag(core, 'dc:title'),
      creator: tag(core, 'dc:creator'),
      subject: tag(core, 'dc:subject'),
      language: tag(core, 'dc:language'),
      description: tag(core, 'dc:description'),
    },
    themeFonts: {
      major: MAJOR_FONT.exec(theme)?.[1],
      minor: MINOR_FONT.exec(theme)?.[1],
    },
    latinFonts: [theme, ...slideXml].flatMap(xml => [...xml.matchAll(LATIN)].map(([m]) => m)),
  }
}
