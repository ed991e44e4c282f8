// The outputs as one table: for each file of data/deck.ts's OUTPUTS (name, label, what a student gets),
// what it needs and how it is made. `npm run build` makes every output its machine can (node/build/build.ts),
// `npm run export`, `handout` and `pptx` make one each (`exportOutput`), and the bench times each
// output's command. The site's downloads follow OUTPUTS. A new output is a folder under node/ that makes its bytes, an entry in OUTPUTS and
// one here, and its test.
import type { Browser } from 'playwright-chromium'
import type { OutputId } from '../../data/deck'
import type { Deck } from '../deck/deck'
import { OUTPUTS } from '../../data/deck'

export interface MakeInput {
  deck: Deck
  /** A browser, for the outputs that need one. */
  browser?: Browser
  /** Where the built site is served (the PDFs are printed from two of its pages). */
  servedAt?: string
  /** The built site's folder. */
  siteDir?: string
  /** Where the site will be published (`--site-url`), when the build was told. */
  publishedAt?: string
  /** Slides per handout page. */
  perPage?: number
  /** How long a page may take to render, in ms. */
  timeout?: number
}

export interface Made {
  bytes: Uint8Array
  /** Pages of a PDF, slides of a PowerPoint file, pages of an HTML file. */
  count: number
}

// Each maker loads its writer when it runs (pptxgenjs is slow to load): a command loads only its own.
export interface Maker {
  /**
   * `browser`: printed by Chromium from the served site; `site`: made from the built site's files;
   * `deck`: written from slides.md and data/ alone.
   */
  needs: 'browser' | 'site' | 'deck'
  /** The npm script that makes it alone (`npm run <command>`); none when only the build makes it. */
  command?: string
  /** What `count` counts. */
  unit: 'pages' | 'slides' | 'files'
  make: (input: MakeInput) => Promise<Made>
}

function browserOf(input: MakeInput): { browser: Browser, siteUrl: string } {
  if (!input.browser || !input.servedAt)
    throw new Error('A PDF is printed by a browser from the served site: give both.')
  return { browser: input.browser, siteUrl: input.servedAt }
}

export const MAKERS: Record<OutputId, Maker> = {
  slides: {
    needs: 'browser',
    command: 'export',
    unit: 'pages',
    make: async (input) => {
      const { browser, siteUrl } = browserOf(input)
      const { printSlides } = await import('../pdf/slides')
      return { bytes: await printSlides(browser, input.deck, siteUrl, input.timeout), count: input.deck.slides.length }
    },
  },
  handout: {
    needs: 'browser',
    command: 'handout',
    unit: 'pages',
    make: async (input) => {
      const { browser, siteUrl } = browserOf(input)
      const { printHandout } = await import('../pdf/handout')
      const { pdf, pages } = await printHandout(browser, input.deck, siteUrl, input.perPage, input.timeout)
      return { bytes: pdf, count: pages }
    },
  },
  pptx: {
    needs: 'deck',
    command: 'pptx',
    unit: 'slides',
    make: async ({ deck }) => {
      const { makePptx } = await import('../pptx/write')
      return { bytes: await makePptx(deck), count: deck.slides.length }
    },
  },
  reader: {
    needs: 'site',
    unit: 'files',
    make: async ({ siteDir, publishedAt }) => {
      if (!siteDir)
        throw new Error('The reader edition\'s one file is made from the built site: give its folder.')
      const { makeReaderFile } = await import('../reader-file/reader-file')
      return { bytes: await makeReaderFile(siteDir, publishedAt), count: 1 }
    },
  },
}

/** Every output, in the order of OUTPUTS (the site's downloads). */
export const OUTPUT_IDS = Object.keys(OUTPUTS) as OutputId[]

/** One line for the log: `Slides (PDF): <path> (22 pages, 166 KiB)`. */
export function describeMade(id: OutputId, path: string, made: Made): string {
  const unit = made.count === 1 ? MAKERS[id].unit.slice(0, -1) : MAKERS[id].unit
  return `${OUTPUTS[id].label}: ${path} (${made.count} ${unit}, ${(made.bytes.byteLength / 1024).toFixed(0)} KiB)`
}
