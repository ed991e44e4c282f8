// The deck as the exports need it: slides in print order with title, section, route aliases and
// speaker notes, read with Slidev's own parser at run time (so the notes are the ones in slides.md).
import type { SectionId } from '../data/types'
import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { parseAspectRatio, resolveConfig } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { UsageError } from '../scripts/args'

export const PROJECT_ROOT = resolve(import.meta.dirname, '..')
export const DEFAULT_ENTRY = resolve(PROJECT_ROOT, 'slides.md')

export interface DeckSlide {
  /** 1-based number, as Slidev numbers the exported slides. */
  no: number
  title: string
  /** The section this slide opens (divider slides only). */
  opens?: SectionId
  /** Names a link may use for this slide: its number and its `routeAlias`. */
  aliases: string[]
  /** The speaker notes, Markdown as written in the deck. */
  note: string
}

export interface Deck {
  entry: string
  root: string
  slides: DeckSlide[]
  /** The canvas in CSS pixels, as Slidev's print view sizes each page. */
  canvas: { width: number, height: number }
  exportFilename: string
  /** How the deck's addresses name a route: `#/print` (hash) or `/print`. */
  routerMode: 'hash' | 'history'
}

export async function readDeck(entry = DEFAULT_ENTRY): Promise<Deck> {
  const file = resolve(entry)
  if (!existsSync(file))
    throw new UsageError(`The deck ${file} does not exist (--entry names the slides.md to export).`)
  const root = dirname(file)
  const data = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], file)
  const config = resolveConfig(data.headmatter, {}, file, false)
  const visible = data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
  const slides = visible.map((slide, index): DeckSlide => {
    const no = index + 1
    const alias = slide.frontmatter.routeAlias
    const section = slide.frontmatter.section
    return {
      no,
      title: (slide.title ?? '').trim() || `Slide ${no}`,
      opens: typeof section === 'string' ? section as SectionId : undefined,
      aliases: [String(no), ...(typeof alias === 'string' ? [alias] : [])],
      note: slide.note ?? '',
    }
  })
  const width = config.canvasWidth
  // Slidev's print view rounds the page height up (`slideHeight` in @slidev/client/env.ts).
  const height = Math.ceil(width / parseAspectRatio(config.aspectRatio))
  return {
    entry: file,
    root,
    slides,
    canvas: { width, height },
    exportFilename: config.exportFilename || basename(file, '.md'),
    routerMode: config.routerMode === 'hash' ? 'hash' : 'history',
  }
}
