// `npm run pptx` and the PowerPoint step of `npm run build`: writes the file made by
// scripts/pptx/write.ts to exports/ (or `--output`) and, in a build, the same bytes into the site's
// downloads/. It needs no browser, so the build offers it even where no Chromium is found.
import type { Output } from '../../data/deck'
import { copyFile, mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { EXPORTS_DIR, readDeck } from '../../app/node/deck'
import { DOWNLOADS_FOLDER, OUTPUTS } from '../../data/deck'
import { elapsedSince, writeAtomically } from '../pdf/runtime'
import { makePptx } from './write'

export const PPTX: Output = OUTPUTS.pptx

export interface PptxOptions {
  /** The file to write (default exports/japan-us-alliance.pptx). */
  output?: string
  entry?: string
  /** A built site whose downloads/ gets a copy. */
  site?: string
  log?: (line: string) => void
}

export interface PptxResult {
  path: string
  download?: string
  slides: number
  bytes: number
  ms: number
}

export async function exportPptx(options: PptxOptions = {}): Promise<PptxResult> {
  const start = performance.now()
  const deck = await readDeck(options.entry)
  const path = resolve(options.output ?? join(EXPORTS_DIR, PPTX.file))
  const bytes = await makePptx(deck)
  await writeAtomically(path, bytes)
  let download: string | undefined
  if (options.site) {
    download = join(options.site, DOWNLOADS_FOLDER, PPTX.file)
    await mkdir(join(options.site, DOWNLOADS_FOLDER), { recursive: true })
    await copyFile(path, download)
  }
  options.log?.(`${PPTX.label}: ${path} (${deck.slides.length} slides, ${(bytes.byteLength / 1024).toFixed(0)} KiB)${download ? `, also in the site as ${DOWNLOADS_FOLDER}/${PPTX.file}` : ''}`)
  return { path, download, slides: deck.slides.length, bytes: bytes.byteLength, ms: elapsedSince(start) }
}
