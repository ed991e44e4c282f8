// `npm run pptx` and the PowerPoint step of `npm run build`: writes the file made by
// node/pptx/write.ts to exports/ (or `--output`; the build names its staged downloads/). It needs no
// browser, so the build offers it even where no Chromium is found.
import type { Output } from '../../data/deck'
import { join, resolve } from 'node:path'
import { OUTPUTS } from '../../data/deck'
import { EXPORTS_DIR, readDeck } from '../deck/deck'
import { checkOutput, elapsedSince, writeAtomically } from '../files'
import { makePptx } from './write'

export const PPTX: Output = OUTPUTS.pptx

export interface PptxOptions {
  /** The file to write (default exports/japan-us-alliance.pptx). */
  output?: string
  entry?: string
  log?: (line: string) => void
}

export interface PptxResult {
  path: string
  slides: number
  bytes: number
  ms: number
}

export async function exportPptx(options: PptxOptions = {}): Promise<PptxResult> {
  const start = performance.now()
  const deck = await readDeck(options.entry)
  const path = resolve(options.output ?? join(EXPORTS_DIR, PPTX.file))
  await checkOutput(path)
  const bytes = await makePptx(deck)
  await writeAtomically(path, bytes)
  options.log?.(`${PPTX.label}: ${path} (${deck.slides.length} slides, ${(bytes.byteLength / 1024).toFixed(0)} KiB)`)
  return { path, slides: deck.slides.length, bytes: bytes.byteLength, ms: elapsedSince(start) }
}
