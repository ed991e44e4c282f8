// The fonts in a PDF file, read with pdf-lib, for the tests that check the exports embed the project's
// fonts and no other (pdf.js does not list a file's fonts without rendering it).
import type { PDFDocument } from 'pdf-lib'
import { PDFArray, PDFDict, PDFName } from 'pdf-lib'

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
