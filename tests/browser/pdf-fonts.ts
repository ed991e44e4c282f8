// The fonts in a PDF file, read with pdf-lib, for the tests that check the exports embed the project's
// fonts and no other (pdf.js does not list a file's fonts without rendering it), and the glyphs that no
// font had.
import type { PDFDocument, PDFPageLeaf } from 'pdf-lib'
import { Buffer } from 'node:buffer'
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream } from 'pdf-lib'

const SUBSET_TAG = /^[A-Z]{6}\+/

/** The fonts the project ships (styles/index.ts), as Chromium names them in a PDF. */
export const PROJECT_FONTS = /^(?:SourceSans3|SourceSerif4|NotoSansJP|NotoSansSC)/

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

/** The decoded content streams of a page or form: its own, then those of the forms it draws. */
function contentStreams(owner: PDFDict, contents: unknown): string[] {
  const streams = contents instanceof PDFArray
    ? contents.asArray().map(ref => owner.context.lookup(ref))
    : [contents]
  const own = streams.filter(stream => stream instanceof PDFRawStream).map(stream => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'))
  const xobjects = owner.lookup(PDFName.of('Resources'))
  const forms = xobjects instanceof PDFDict ? xobjects.lookup(PDFName.of('XObject')) : undefined
  const nested = forms instanceof PDFDict
    ? forms.values().map(ref => owner.context.lookup(ref)).filter(form => form instanceof PDFRawStream && form.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')).flatMap(form => contentStreams((form as PDFRawStream).dict, form))
    : []
  return [...own, ...nested]
}

const SHOWN_TEXT = /\[([^\]]*)\]\s*TJ|<([0-9a-f]*)>\s*Tj/gi
const HEX_STRING = /<([0-9a-f]*)>/gi

/**
 * How many glyphs each page draws as .notdef (glyph 0), the box a browser draws for a character that no
 * font it was given has. Chromium writes every font as Type 0 with two-byte glyph ids and still maps
 * such a box to its character (ActualText), so the text reads right: only the glyph ids tell.
 */
export function notdefGlyphs(pdf: PDFDocument): number[] {
  return pdf.getPages().map((page) => {
    const node: PDFPageLeaf = page.node
    let count = 0
    for (const stream of contentStreams(node, node.Contents())) {
      for (const [, array, single] of stream.matchAll(SHOWN_TEXT)) {
        const strings = single !== undefined ? [single] : [...array!.matchAll(HEX_STRING)].map(m => m[1]!)
        count += strings.flatMap(hex => hex.match(/.{4}/g) ?? []).filter(id => id === '0000').length
      }
    }
    return count
  })
}
