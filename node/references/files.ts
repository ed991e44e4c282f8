// The references as files in the site's downloads/: every source of the register (data/sources.ts)
// with its title, publisher, date and address, as CSL-JSON, BibTeX and RIS, for a reference manager
// (Zotero, EndNote, JabRef ...). Written by `npm run build` (node/build/build.ts) from the register alone,
// so they need no browser and are in every build; the reader edition links to them.
import type { Source } from '../../data/types'
import type { CslItem } from './csl'
import { Buffer } from 'node:buffer'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toBibtex, toCslJson, toRis } from './citation'
import { registerItems } from './csl'

export type ReferenceFormat = 'csl-json' | 'bibtex' | 'ris'

export interface ReferenceFile {
  format: ReferenceFormat
  /** File name in the site's downloads/. */
  file: string
  label: string
  /** Who reads it, for the link's description. */
  description: string
  write: (items: CslItem[]) => string
}

/** The three files, in the order the reader edition offers them. */
export const REFERENCE_FILES: ReferenceFile[] = [
  {
    format: 'csl-json',
    file: 'japan-us-alliance-references.json',
    label: 'CSL-JSON',
    description: 'for Zotero, Mendeley, Pandoc and other CSL processors',
    write: toCslJson,
  },
  {
    format: 'bibtex',
    file: 'japan-us-alliance-references.bib',
    label: 'BibTeX',
    description: 'for LaTeX with BibTeX or Biber, JabRef and Zotero; UTF-8',
    write: toBibtex,
  },
  {
    format: 'ris',
    file: 'japan-us-alliance-references.ris',
    label: 'RIS',
    description: 'for EndNote, Zotero and most other reference managers',
    write: toRis,
  },
]

export interface WrittenReferenceFile {
  format: ReferenceFormat
  path: string
  bytes: number
}

/** Each file's text, from the register (or `sources`). */
export function referenceFileTexts(sources?: Source[]): Array<{ file: ReferenceFile, text: string }> {
  const items = registerItems(sources)
  return REFERENCE_FILES.map(file => ({ file, text: file.write(items) }))
}

/** Writes the three files into `folder` (the site's downloads/). */
export async function writeReferenceFiles(folder: string, sources?: Source[]): Promise<WrittenReferenceFile[]> {
  await mkdir(folder, { recursive: true })
  return Promise.all(referenceFileTexts(sources).map(async ({ file, text }) => {
    const path = join(folder, file.file)
    await writeFile(path, text)
    return { format: file.format, path, bytes: Buffer.byteLength(text) }
  }))
}
