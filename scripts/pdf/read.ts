// Reads back what the exports wrote into a PDF: outline, links, fonts, document information. Used by
// the tests and handy for checking a PDF by hand.
import type { PDFDocument, PDFRef } from 'pdf-lib'
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export interface ReadOutlineEntry {
  title: string
  /** 0-based page the entry opens. */
  page: number
  children: ReadOutlineEntry[]
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

function pageIndexOf(pdf: PDFDocument, ref: unknown): number {
  return pdf.getPages().findIndex(page => page.ref === ref)
}

function destPage(pdf: PDFDocument, dict: PDFDict): number {
  const dest = dict.lookup(PDFName.of('Dest'))
  return dest instanceof PDFArray ? pageIndexOf(pdf, dest.get(0)) : -1
}

export function readOutline(pdf: PDFDocument): ReadOutlineEntry[] {
  const root = pdf.catalog.lookup(PDFName.of('Outlines'))
  if (!(root instanceof PDFDict))
    return []
  const level = (first: unknown): ReadOutlineEntry[] => {
    const entries: ReadOutlineEntry[] = []
    let ref = first
    while (ref) {
      const dict = pdf.context.lookup(ref as PDFRef) as PDFDict
      entries.push({
        title: text(dict.lookup(PDFName.of('Title'))) ?? '',
        page: destPage(pdf, dict),
        children: level(dict.get(PDFName.of('First'))),
      })
      ref = dict.get(PDFName.of('Next'))
    }
    return entries
  }
  return level(root.get(PDFName.of('First')))
}

export interface ReadLink {
  /** 0-based page a GoTo link jumps to, if it is one. */
  toPage?: number
  /** Address of a URI link, if it is one. */
  uri?: string
}

export function readLinks(pdf: PDFDocument, pageIndex: number): ReadLink[] {
  const annots = pdf.getPage(pageIndex).node.Annots()
  const links: ReadLink[] = []
  for (let i = 0; i < (annots?.size() ?? 0); i++) {
    const annot = annots!.lookup(i) as PDFDict
    if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link'))
      continue
    const action = annot.lookup(PDFName.of('A'))
    if (action instanceof PDFDict && action.get(PDFName.of('S')) === PDFName.of('URI'))
      links.push({ uri: text(action.lookup(PDFName.of('URI'))) })
    else if (annot.has(PDFName.of('Dest')))
      links.push({ toPage: destPage(pdf, annot) })
  }
  return links
}

const SUBSET_TAG = /^[A-Z]{6}\+/

export interface ReadFont {
  /** BaseFont without the subset tag (`AAAAAA+`); empty for unnamed (Type 3) fonts. */
  name: string
  subtype: string
  embedded: boolean
}

/** Every font in the file, with whether its program is embedded. */
export function readFonts(pdf: PDFDocument): ReadFont[] {
  const fonts: ReadFont[] = []
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font'))
      continue
    const subtype = (object.get(PDFName.of('Subtype')) as PDFName | undefined)?.decodeText() ?? ''
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2')
      continue // described through their Type0 parent
    const base = (object.get(PDFName.of('BaseFont')) as PDFName | undefined)?.decodeText() ?? ''
    let descriptorOwner: PDFDict = object
    if (subtype === 'Type0') {
      const descendants = object.lookup(PDFName.of('DescendantFonts'), PDFArray)
      descriptorOwner = descendants.lookup(0, PDFDict)
    }
    const descriptor = descriptorOwner.lookup(PDFName.of('FontDescriptor'))
    const embedded = subtype === 'Type3'
      ? object.has(PDFName.of('CharProcs'))
      : descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor.has(PDFName.of(key)))
    fonts.push({ name: base.replace(SUBSET_TAG, ''), subtype, embedded })
  }
  return fonts
}

/** The document's language (`/Lang` in the catalog). */
export function readLanguage(pdf: PDFDocument): string | undefined {
  return text(pdf.catalog.lookup(PDFName.of('Lang')))
}

export interface TaggedElement {
  role: string
  alt?: string
  /** The text of the element and everything in it, in reading order. */
  text: string
}

/**
 * The structure tree of each page as pdf.js reads it (as a screen reader would walk it): every element
 * in reading order with its role, alternative text and text. Untagged text (artifacts) is in none.
 */
export async function readStructure(bytes: Uint8Array): Promise<TaggedElement[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise
  const pages: TaggedElement[][] = []
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const [tree, content] = await Promise.all([page.getStructTree(), page.getTextContent({ includeMarkedContent: true })])
      const byId = new Map<string, string>()
      const open: string[] = []
      for (const item of content.items) {
        if ('str' in item) {
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
      const elements: TaggedElement[] = []
      interface Node { role?: string, alt?: string, type?: string, id?: string, children?: Node[] }
      const walk = (node: Node): string => {
        if (node.type === 'content')
          return byId.get(node.id ?? '') ?? ''
        const slot = node.role && node.role !== 'Root' ? elements.push({ role: node.role, alt: node.alt, text: '' }) - 1 : -1
        const text = (node.children ?? []).map(walk).join(' ').replace(/\s+/g, ' ').trim()
        if (slot >= 0)
          elements[slot]!.text = text
        return text
      }
      if (tree)
        walk(tree as Node)
      pages.push(elements)
    }
  }
  finally {
    await doc.destroy()
  }
  return pages
}
