// Reads a PDF as a reader's software would, with pdf.js in Node (no rendering): each page's size, text,
// links and structure tree, the outline, the document information and the XMP title. The exports
// check their own result with it after printing; the tests read the PDFs with it too.
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'

export interface TaggedElement {
  role: string
  alt?: string
  /** The text of the element and everything in it, in reading order. */
  text: string
}

export interface PdfLink {
  /** 0-based page that an internal link jumps to. */
  toPage?: number
  /** Address of a web link. */
  uri?: string
  /** Its description for assistive technology (`/Contents`). */
  description: string
}

export interface PdfPage {
  /** Size in PDF points. */
  width: number
  height: number
  text: string
  links: PdfLink[]
  /** The structure tree of the page, element by element in reading order. Artifacts are in none. */
  tags: TaggedElement[]
}

export interface PdfOutlineEntry {
  title: string
  /** 0-based page the entry opens. */
  page: number
  children: PdfOutlineEntry[]
}

export interface PdfFacts {
  pages: PdfPage[]
  outline: PdfOutlineEntry[]
  info: { title?: string, author?: string, subject?: string, language?: string }
  xmpTitle?: string
  marked: boolean
  displayDocTitle: boolean
}

interface StructNode { role?: string, alt?: string, type?: string, id?: string, children?: StructNode[] }

/** Resolves link and outline targets to 0-based pages; named destinations are read once. */
function pageFinder(doc: PDFDocumentProxy): (dest: unknown) => Promise<number> {
  const named = doc.getDestinations() as Promise<Record<string, unknown[]>>
  return async (dest) => {
    const ref = (typeof dest === 'string' ? (await named)[dest] : dest as unknown[] | undefined)?.[0]
    return typeof ref === 'number' ? ref : ref && typeof ref === 'object' ? doc.getPageIndex(ref as never) : -1
  }
}

async function readPage(doc: PDFDocumentProxy, n: number, pageOf: (dest: unknown) => Promise<number>): Promise<PdfPage> {
  const page = await doc.getPage(n)
  const [content, tree, annotations] = await Promise.all([page.getTextContent({ includeMarkedContent: true }), page.getStructTree(), page.getAnnotations()])
  // Text by marked-content id, for the structure tree's leaves.
  const byId = new Map<string, string>()
  const open: string[] = []
  let text = ''
  for (const item of content.items) {
    if ('str' in item) {
      text += item.str + (item.hasEOL ? '\n' : '')
      const id = [...open].reverse().find(Boolean)
      if (id)
        byId.set(id, `${byId.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`)
    }
    else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.type === 'beginMarkedContentProps' ? String(item.id ?? '') : '')
    }
    else if (item.type === 'endMarkedContent') {
      open.pop()
    }
  }
  const tags: TaggedElement[] = []
  const walk = (node: StructNode): string => {
    if (node.type === 'content')
      return byId.get(node.id ?? '') ?? ''
    const slot = node.role && node.role !== 'Root' ? tags.push({ role: node.role, alt: node.alt, text: '' }) - 1 : -1
    const inner = (node.children ?? []).map(walk).join(' ').replace(/\s+/g, ' ').trim()
    if (slot >= 0)
      tags[slot]!.text = inner
    return inner
  }
  if (tree)
    walk(tree as StructNode)
  const links = await Promise.all(annotations.filter(a => a.subtype === 'Link').map(async a => ({
    ...(a.url ? { uri: a.url as string } : { toPage: await pageOf(a.dest) }),
    description: (a.contentsObj?.str as string | undefined) ?? '',
  })))
  const [, , width, height] = page.view
  page.cleanup()
  return { width: width!, height: height!, text, links, tags }
}

let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined

/** Loads pdf.js (0.4 s) ahead of need: the printers call it while Chromium renders the page. */
export function loadPdfReader(): typeof pdfjs {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return pdfjs
}

export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const { getDocument } = (await loadPdfReader())!
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const pageOf = pageFinder(doc)
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++)
      pages.push(await readPage(doc, n, pageOf))
    interface Item { title: string, dest: unknown, items: Item[] }
    const level = async (items: Item[] | null): Promise<PdfOutlineEntry[]> =>
      Promise.all((items ?? []).map(async item => ({ title: item.title, page: await pageOf(item.dest), children: await level(item.items) })))
    const [outline, metadata, markInfo, preferences] = await Promise.all([
      doc.getOutline().then(items => level(items as Item[] | null)),
      doc.getMetadata(),
      doc.getMarkInfo(),
      doc.getViewerPreferences(),
    ])
    const info = metadata.info as Record<string, string | undefined>
    return {
      pages,
      outline,
      info: { title: info.Title, author: info.Author, subject: info.Subject, language: info.Language },
      xmpTitle: metadata.metadata?.get('dc:title') ?? undefined,
      marked: markInfo?.Marked === true,
      displayDocTitle: (preferences as Record<string, unknown> | null)?.DisplayDocTitle === true,
    }
  }
  finally {
    await doc.destroy()
  }
}

/**
 * What keeps the PDF from the tagged-PDF basics that every export promises: not marked, no language,
 * the title not shown, no XMP title, a figure without alternative text, a link without a description.
 */
export function taggingProblems(pdf: PdfFacts, title: string): string[] {
  const problems: string[] = []
  const tags = pdf.pages.flatMap(page => page.tags)
  if (tags.length === 0)
    problems.push('it is not tagged (no structure tree)')
  if (!pdf.marked)
    problems.push('it is not marked as tagged (MarkInfo /Marked)')
  if (!pdf.info.language)
    problems.push('it names no language (/Lang)')
  if (!pdf.displayDocTitle)
    problems.push('viewers are not told to show its title (DisplayDocTitle)')
  if (pdf.xmpTitle !== title)
    problems.push('its XMP metadata has no dc:title matching its title')
  const bare = tags.filter(e => e.role === 'Figure' && !e.alt?.trim()).length
  if (bare > 0)
    problems.push(`${bare} figure(s) have no alternative text`)
  pdf.pages.forEach((page, index) => {
    const undescribed = page.links.filter(link => !link.description.trim()).length
    if (undescribed > 0)
      problems.push(`page ${index + 1}: ${undescribed} link(s) without a description (/Contents)`)
  })
  return problems
}
