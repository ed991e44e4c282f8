// The PDFs a student can download from the static site. `npm run export` and `npm run handout` write
// them into exports/; `npm run build` copies those that exist into the site (see vite-plugins.ts), and
// the site links only to the ones it carries.

export interface Download {
  /** File name in exports/ and, under downloads/, in the built site. */
  file: string
  label: string
  /** What the student gets, for the link's description. */
  description: string
}

export const DOWNLOADS: Download[] = [
  {
    file: 'japan-us-alliance-slides.pdf',
    label: 'Slides (PDF)',
    description: 'every slide, one per page',
  },
  {
    file: 'japan-us-alliance-handout.pdf',
    label: 'Handout (PDF, A4)',
    description: 'the slides, with context and references by the deck’s editors',
  },
]

export const DOWNLOADS_FOLDER = 'downloads'

/** The downloads whose files exist, as decided by `exists` (a file name in exports/ → present?). */
export function availableDownloads(exists: (file: string) => boolean, all: Download[] = DOWNLOADS): Download[] {
  return all.filter(download => exists(download.file))
}
