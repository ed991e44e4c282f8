// What Chromium's print does not write, added with pdf-lib: the document information (title, author,
// subject, keywords, language, shown in the title bar), the same as XMP metadata, a description on every
// link annotation ("Goes to slide 9: …", "Opens https://…") and tab order by structure (/Tabs /S).
// Chromium writes the rest: the structure tree, the outline, the links, the fonts. The links it
// described come back with the file, for the check (pdf-lib has them; pdf.js would read them all again).
import type { PDFDict as Dict } from 'pdf-lib'
import type { PdfLink } from './read'
import { escapeHtml } from '../../app/html'
import { formatDate } from '../../data/format'
import { lecture, sections } from '../../data/lecture'
import { pdfLib } from '../cjs'

export type PdfKind = 'slides' | 'handout'

export interface DocumentInfo {
  title: string
  author: string
  subject: string
  keywords: string[]
  language: string
  creator: string
}

/** The slides are the lecturer's; the handout adds context by the deck's editors, and says so. */
export function documentInfo(kind: PdfKind): DocumentInfo {
  const occasion = `Lecture at ${lecture.institution}, ${formatDate(lecture.date)}`
  return {
    title: lecture.title,
    author: kind === 'slides' ? lecture.lecturer : `${lecture.lecturer} (lecture); the deck's editors (context and references)`,
    subject: kind === 'slides' ? `${occasion}: slides` : `${occasion}: handout, the slides with context added by the deck's editors`,
    keywords: ['Japan-US Alliance', ...sections.map(section => section.title)],
    language: 'en',
    creator: kind === 'slides' ? 'Slidev print view, Chromium, scripts/export.ts' : 'The site\'s handout page, Chromium, scripts/handout.ts',
  }
}

export function xmpPacket(info: DocumentInfo): string {
  const alt = (value: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeHtml(value)}</rdf:li></rdf:Alt>`
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(info.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeHtml(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(info.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>${escapeHtml(info.language)}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>Skia/PDF, pdf-lib</pdf:Producer>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`
}

/**
 * How a link is described: `uri` for a web link; `name` for a jump inside the file, the id of the
 * element it leads to on the printed page (`lecture-slide-9`, `ref-3`).
 */
export type DescribeLink = (target: { uri?: string, name?: string }) => string

export interface FinishedPdf {
  pdf: Uint8Array
  /** Each page's links as written: a jump's 0-based target page (-1 when its name leads nowhere). */
  links: PdfLink[][]
}

/** The printed PDF with document information, XMP, link descriptions and tab order. */
export async function finishPdf(printed: Uint8Array, info: DocumentInfo, describe: DescribeLink): Promise<FinishedPdf> {
  // Loaded on first use, after Chromium has started (print.ts loads it while the page settles).
  const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } = pdfLib()
  const text = (value: unknown): string | undefined =>
    value instanceof PDFString || value instanceof PDFHexString || value instanceof PDFName ? value.decodeText() : undefined
  const pdf = await PDFDocument.load(printed)
  pdf.setTitle(info.title, { showInWindowTitleBar: true })
  pdf.setAuthor(info.author)
  pdf.setSubject(info.subject)
  pdf.setKeywords(info.keywords)
  pdf.setLanguage(info.language)
  pdf.setCreator(info.creator)
  pdf.setProducer('Skia/PDF, pdf-lib')
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(new TextEncoder().encode(xmpPacket(info)), { Type: 'Metadata', Subtype: 'XML' })))
  // Chromium names a jump's target in the catalog's /Dests: name -> [page, /XYZ ...].
  const dests = pdf.catalog.lookup(PDFName.of('Dests'))
  const pageRefs = pdf.getPages().map(page => page.ref)
  const pageOf = (name: string): number => {
    const target = dests instanceof PDFDict ? dests.lookup(PDFName.of(name)) : undefined
    const ref = target instanceof PDFArray ? target.get(0) : undefined
    return ref instanceof PDFRef ? pageRefs.indexOf(ref) : -1
  }
  const written = pdf.getPages().map((page) => {
    const annots = page.node.lookup(PDFName.of('Annots'))
    const links = annots instanceof PDFArray
      ? annots.asArray().map(ref => pdf.context.lookup(ref)).filter((a): a is Dict => a instanceof PDFDict && a.get(PDFName.of('Subtype')) === PDFName.of('Link'))
      : []
    if (links.length > 0)
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
    return links.map((link) => {
      const action = link.lookup(PDFName.of('A'))
      const uri = action instanceof PDFDict ? text(action.lookup(PDFName.of('URI'))) : undefined
      const name = text(link.lookup(PDFName.of('Dest'))) ?? (action instanceof PDFDict ? text(action.lookup(PDFName.of('D'))) : undefined)
      const description = describe({ uri, name })
      link.set(PDFName.of('Contents'), PDFHexString.fromText(description))
      return uri ? { uri, description } : { toPage: name ? pageOf(name) : -1, description }
    })
  })
  return { pdf: await pdf.save(), links: written }
}
