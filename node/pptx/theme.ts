// What the PowerPoint file takes from the deck's own design, each read from where it is written once:
// colours from styles/index.css (`--lecture-*`), font names from the headmatter of slides.md (the
// first of `fonts.sans` and of `fonts.serif`: the Latin fonts; the Japanese and Chinese ones that follow
// are left to the client's own East Asian fonts, which the theme names for those scripts), the page from the canvas (980 × 552 px at 16:9). Lengths on a PPTX
// slide are inches: one canvas pixel is 13.333 / 980 inch, so a CSS size carries over as it is drawn.
import type { Deck } from '../deck/deck'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { PROJECT_ROOT } from '../deck/deck'

/** The heading font, as a reference to the theme's heading (major) font: a colleague changes it in one place. */
export const HEADING_FONT = '+mj-lt'

/** PowerPoint's 16:9 page, in inches. */
export const PAGE = { width: 13.333, height: 7.5 }

export interface PptxTheme {
  colors: Record<'bg' | 'panel' | 'text' | 'muted' | 'accent' | 'accentSoft' | 'number' | 'rule', string>
  /** The deck's text and heading fonts: a PPTX names them, it cannot carry them (see docs/outputs.md). */
  fonts: { sans: string, serif: string }
  /** Inches per canvas pixel. */
  px: number
  /** Points per canvas pixel: a 16 px CSS font is 16 × pt points. */
  pt: number
}

const VARIABLE = /--lecture-([\w-]+):\s*(#[0-9a-f]{6})\b/gi
const CAMEL = /-(\w)/g

/** The `--lecture-*` colours of the deck's stylesheet, as PPTX hex colours (no `#`). */
export function deckColors(css: string): PptxTheme['colors'] {
  const found = Object.fromEntries([...css.matchAll(VARIABLE)].map(([, name, hex]) => [name!.replace(CAMEL, (_, c: string) => c.toUpperCase()), hex!.slice(1).toUpperCase()]))
  const names = ['bg', 'panel', 'text', 'muted', 'accent', 'accentSoft', 'number', 'rule'] as const
  const missing = names.filter(name => !found[name])
  if (missing.length > 0)
    throw new Error(`styles/index.css defines no --lecture-${missing.join(', --lecture-')} colour (as #rrggbb): the PowerPoint file takes its colours from there.`)
  return Object.fromEntries(names.map(name => [name, found[name]!])) as PptxTheme['colors']
}

export function deckTheme(deck: Deck, css = readFileSync(resolve(PROJECT_ROOT, 'styles/index.css'), 'utf8')): PptxTheme {
  const fonts = (deck.headmatter.fonts ?? {}) as Record<string, unknown>
  if (typeof fonts.sans !== 'string' || typeof fonts.serif !== 'string')
    throw new Error(`${deck.entry} names no fonts.sans and fonts.serif in its headmatter: the PowerPoint file names the deck's fonts from there.`)
  const px = PAGE.width / deck.canvas.width
  const first = (list: string): string => list.split(',')[0]!.trim()
  return { colors: deckColors(css), fonts: { sans: first(fonts.sans), serif: first(fonts.serif) }, px, pt: px * 72 }
}
