// The PDFs a student can download from the static site. `npm run build` (scripts/build.ts) decides
// before Vite starts which ones it will print (all of them when it has a browser, none without) and
// says so in an environment variable; the site links to those, and the build writes them into its
// downloads/ folder once printed, or fails.
import type { Output, OutputId } from '../../data/deck'
import { OUTPUTS } from '../../data/deck'

/** The files the site may offer: every output, in the order data/deck.ts lists them. */
export const DOWNLOADS: Output[] = Object.values(OUTPUTS)

/** Names the outputs the build will print, comma separated (`slides,handout`). */
export const DOWNLOADS_ENV = 'LECTURE_DOWNLOADS'

/** The downloads that `value` (the environment variable's) names, in the site's order. */
export function plannedDownloads(value: string | undefined, all: Output[] = DOWNLOADS): Output[] {
  const named = new Set((value ?? '').split(',').map(id => id.trim()).filter(Boolean))
  for (const id of named) {
    if (!all.some(d => d.id === id))
      throw new Error(`${DOWNLOADS_ENV} names "${id}", which is not an output (${all.map(d => d.id).join(', ')}).`)
  }
  return all.filter(download => named.has(download.id as OutputId))
}
