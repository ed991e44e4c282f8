// The PDFs a student can download from the static site. `npm run export` and `npm run handout` write
// them into exports/; `npm run build` copies those that exist into the site (see vite-plugins.ts), and
// the site links only to the ones it carries.

import type { Output } from '../../data/deck'
import { OUTPUTS } from '../../data/deck'

/** The PDFs the site may offer, slides first. */
export const DOWNLOADS: Output[] = [OUTPUTS.slides, OUTPUTS.handout]

/** The downloads whose files exist, as decided by `exists` (a file name in exports/ → present?). */
export function availableDownloads(exists: (file: string) => boolean, all: Output[] = DOWNLOADS): Output[] {
  return all.filter(download => exists(download.file))
}
