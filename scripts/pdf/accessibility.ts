// What makes the PDFs readable with assistive technology, past Chromium's tagging (`page.pdf({ tagged:
// true })`, which writes the structure tree from the page's HTML and leaves aria-hidden content out of
// it): XMP metadata with dc:title, a description on every link annotation, tab order by structure, and
// a check of PDF/UA's machine-checkable basics that the exports run on their own result.
import type { PDFPage, PDFRef } from 'pdf-lib'
import type { DocumentInfo } from './metadata'
import { Buffer } from 'node:buffer'
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib'
import { escapeHtml } from '../../app/node/html'

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

/** The XMP packet: title, author, subject and language, as the document information says them. */
export function xmpPacket(info: DocumentInfo): string {
  const alt = (value: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeHtml(value)}</rdf:li></rdf:Alt>`
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(info.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeHtml(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(info.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>${escapeHtml(info.language)}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>pdf-lib</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}

function linkAnnotations(page: PDFPage): PDFDict[] {
  const annots = page.node.lookup(PDFName.of('Annots'))
  if (!(annots instanceof PDFArray))
    return []
  return annots.asArray()
    .map(ref => page.doc.context.lookup(ref))
    .filter((a): a is PDFDict => a instanceof PDFDict && a.get(PDFName.of('Subtype')) === PDFName.of('Link'))
}

/** How a link is described to a screen reader: where it leads. */
export type DescribeLink = (target: { uri?: string, page?: number }) => string

function linkTarget(pdf: PDFDocument, link: PDFDict): { uri?: string, page?: number } {
  const action = link.lookup(PDFName.of('A'))
  if (action instanceof PDFDict) {
    const uri = text(action.lookup(PDFName.of('URI')))
    if (uri)
      return { uri }
  }
  const dest = link.lookup(PDFName.of('Dest'))
  if (dest instanceof PDFArray)
    return { page: pdf.getPages().findIndex(page => page.ref === dest.get(0)) }
  return {}
}

/** Writes the XMP metadata, describes every link, and orders tabbing by the structure. */
export function completeAccessibility(pdf: PDFDocument, info: DocumentInfo, describe: DescribeLink): void {
  const metadata = pdf.context.stream(xmpPacket(info), { Type: 'Metadata', Subtype: 'XML' })
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata))
  const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'))
  if (!(markInfo instanceof PDFDict))
    pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }))
  for (const page of pdf.getPages()) {
    const links = linkAnnotations(page)
    if (links.length > 0)
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
    for (const link of links) {
      if (!text(link.lookup(PDFName.of('Contents'))))
        link.set(PDFName.of('Contents'), PDFHexString.fromText(describe(linkTarget(pdf, link))))
    }
  }
}

export interface StructElement {
  role: string
  alt?: string
  children: StructElement[]
}

/** The structure tree as pdf-lib reads it: roles, alternative texts, nesting (content left out). */
export function structTree(pdf: PDFDocument): StructElement[] {
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  if (!(root instanceof PDFDict))
    return []
  const seen = new Set<PDFDict>()
  const kids = (value: unknown): StructElement[] => {
    const resolved = value && typeof value === 'object' && 'objectNumber' in value ? pdf.context.lookup(value as never) : value
    if (resolved instanceof PDFArray)
      return resolved.asArray().flatMap(kids)
    if (!(resolved instanceof PDFDict) || seen.has(resolved))
      return []
    const role = resolved.lookup(PDFName.of('S'))
    if (!(role instanceof PDFName))
      return []
    seen.add(resolved)
    return [{ role: role.decodeText(), alt: text(resolved.lookup(PDFName.of('Alt'))), children: kids(resolved.get(PDFName.of('K'))) }]
  }
  return kids(root.get(PDFName.of('K')))
}

function flatten(elements: StructElement[]): StructElement[] {
  return elements.flatMap(e => [e, ...flatten(e.children)])
}

/**
 * What keeps the PDF from PDF/UA's machine-checkable basics: no structure tree, not marked, no
 * language, the title not shown, no XMP title, a figure without alternative text, a link without a
 * description, a headings count other than `headings.count` of `headings.role`.
 */
export function accessibilityProblems(pdf: PDFDocument, headings?: { role: string, count: number }): string[] {
  const problems: string[] = []
  const elements = flatten(structTree(pdf))
  if (elements.length === 0)
    problems.push('it is not tagged (no structure tree)')
  const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'))
  if (!(markInfo instanceof PDFDict) || markInfo.lookup(PDFName.of('Marked')) !== PDFBool.True)
    problems.push('it is not marked as tagged (MarkInfo /Marked)')
  if (!text(pdf.catalog.lookup(PDFName.of('Lang'))))
    problems.push('it names no language (/Lang)')
  const prefs = pdf.catalog.lookup(PDFName.of('ViewerPreferences'))
  if (!(prefs instanceof PDFDict) || prefs.lookup(PDFName.of('DisplayDocTitle')) !== PDFBool.True)
    problems.push('viewers are not told to show its title (DisplayDocTitle)')
  const title = pdf.getTitle()
  const metadata = pdf.catalog.lookup(PDFName.of('Metadata'))
  const xmp = metadata && 'getContentsString' in metadata ? (metadata as unknown as { getContentsString: () => string }).getContentsString() : ''
  if (!title || !xmp.includes('<dc:title>') || !xmp.includes(escapeHtml(title)))
    problems.push('its XMP metadata has no dc:title matching its title')
  const figures = elements.filter(e => e.role === 'Figure' && !e.alt?.trim())
  if (figures.length > 0)
    problems.push(`${figures.length} figure(s) have no alternative text`)
  pdf.getPages().forEach((page, index) => {
    const links = linkAnnotations(page)
    const bare = links.filter(link => !text(link.lookup(PDFName.of('Contents')))?.trim())
    if (bare.length > 0)
      problems.push(`page ${index + 1}: ${bare.length} link(s) without a description (/Contents)`)
    if (links.length > 0 && page.node.lookup(PDFName.of('Tabs')) !== PDFName.of('S'))
      problems.push(`page ${index + 1}: tab order does not follow the structure (/Tabs /S)`)
  })
  if (headings) {
    const found = elements.filter(e => e.role === headings.role).length
    if (found !== headings.count)
      problems.push(`it has ${found} ${headings.role} headings, not ${headings.count}`)
  }
  return problems
}

const MARKED_CONTENT = /\/[\w.-]+\s*<<[^>]*\/MCID\s+\d[^>]*>>\s*BDC/g

/**
 * A copy of a tagged PDF whose pages mark all their content as artifacts: for drawing its pages into
 * another tagged PDF (the handout), where their own marked-content ids would otherwise be read as the
 * host page's, and where a figure with alternative text speaks for them instead.
 */
export async function asArtifacts(tagged: PDFDocument): Promise<PDFDocument> {
  const copy = await PDFDocument.load(await tagged.save())
  for (const page of copy.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'))
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
    for (const ref of refs) {
      const stream = copy.context.lookup(ref as PDFRef)
      if (!(stream instanceof PDFRawStream))
        continue
      // Latin-1 keeps every byte as it is; only the marked-content operators change.
      const source = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
      const rewritten = source.replace(MARKED_CONTENT, '/Artifact BMC')
      const dict = stream.dict.clone(copy.context)
      for (const key of ['Filter', 'DecodeParms', 'Length'])
        dict.delete(PDFName.of(key))
      copy.context.assign(ref as PDFRef, copy.context.flateStream(Buffer.from(rewritten, 'latin1'), Object.fromEntries(dict.entries().map(([k, v]) => [k.decodeText(), v]))))
    }
  }
  copy.catalog.delete(PDFName.of('StructTreeRoot'))
  return copy
}
