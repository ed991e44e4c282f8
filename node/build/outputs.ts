// The outputs as one table: for each file of data/deck.ts's OUTPUTS (name, label, what a student gets),
// what it needs and how it is made. `npm run build` makes every output its machine can (node/build/build.ts),
// `npm run export`, `handout` and `pptx` make one each (`exportOutput`), and the bench times each
// output's command. A new output is a folder under node/ that makes its bytes, an entry in OUTPUTS and
// one here, and its test.
import type { Browser } from 'playwright-chromium'
import type { OutputId } from '../../data/deck'
import type { Deck } from '../deck/deck'
import { OUTPUTS } from '../../data/deck'

export interface MakeInput {
  deck: Deck
  /** A browser, for the outputs that need one. */
  browser?: Browser
  /** The built site's address (for the PDFs, printed from two of its pages). */
  siteUrl?: string
  /** Slides per handout page. */
  perPage?: number
  /** How long a page may take to render, in ms. */
  timeout?: number
}

export interface Made {
  bytes: Uint8Array
  /** Pages of a PDF, slides of a PowerPoint file. */
  count: number
}

// Each maker loads its writer when it runs (pptxgenjs is slow to load): a command loads only its own.
export interface Maker {
  /** `browser`: printed by Chromium from the built site; `deck`: written from slides.md and data/ alone. */
  needs: 'browser' | 'deck'
  /** The npm script that makes it alone (`npm run <command>`). */
  command: string
  /** What `count` counts. */
  unit: 'pages' | 'slides'
  make: (input: MakeInput) => Promise<Made>
}

function browserOf(input: MakeInput): { browser: Browser, siteUrl: string } {
  if (!input.browser || !input.siteUrl)
    throw new Error('A PDF is printed by a browser from the built site: give both.')
  return { browser: input.browser, siteUrl: input.siteUrl }
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
}

/** Every output, in the order of OUTPUTS (the site's downloads). */
export const OUTPUT_IDS = Object.keys(OUTPUTS) as OutputId[]

/** One line for the log: `Slides (PDF): <path> (22 pages, 166 KiB)`. */
export function describeMade(id: OutputId, path: string, made: Made): string {
  return `${OUTPUTS[id].label}: ${path} (${made.count} ${MAKERS[id].unit}, ${(made.bytes.byteLength / 1024).toFixed(0)} KiB)`
}
