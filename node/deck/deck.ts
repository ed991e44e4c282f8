// Reads slides.md with Slidev's own parser, the one way the project reads the deck: the exports, the
// handout, the site's build (the context for students), the benchmark and the tests. Slides come in
// Slidev's numbering: hidden and disabled slides are left out, as Slidev leaves them out of the deck.
import type { SlideInfo } from '@slidev/types'
import type { SectionId } from '../../data/types'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseAspectRatio, resolveConfig } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { sectionOpenedBy } from '../../data/deck'
import { UsageError } from '../errors'

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..')
export const DEFAULT_ENTRY = resolve(PROJECT_ROOT, 'slides.md')
/** Where the exports go: the PDFs and the PowerPoint file. */
export const EXPORTS_DIR = resolve(PROJECT_ROOT, 'exports')

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
  /** The slide's Markdown, without frontmatter and notes. */
  content: string
  frontmatter: Record<string, unknown>
}

export interface Deck {
  entry: string
  root: string
  slides: DeckSlide[]
  /** The canvas in CSS pixels, as Slidev's print view sizes each page. */
  canvas: { width: number, height: number }
  headmatter: Record<string, unknown>
  theme: string
  /** How the deck's addresses name a route: `#/print` (hash) or `/print`. */
  routerMode: 'hash' | 'history'
}

export async function readDeck(entry = DEFAULT_ENTRY): Promise<Deck> {
  const file = resolve(entry)
  if (!existsSync(file))
    throw new UsageError(`The deck ${file} does not exist (--entry names the slides.md to export).`)
  const root = dirname(file)
  const data = await load({ userRoot: root, roots: [root] } as Parameters<typeof load>[0], file)
  // Slidev's parser records a missing `src:` file and the like instead of throwing: a deck with a hole
  // in it is refused here, before anything is exported or built from it.
  const errors = Object.values(data.markdownFiles).flatMap(md => (md.errors ?? []).map(e => `${md.filepath}:${e.row + 1}: ${e.message}`))
  if (errors.length > 0)
    throw new Error(`The deck cannot be read:\n${errors.join('\n')}`)
  const config = resolveConfig(data.headmatter, {}, file, false)
  const slides = deckSlides(data.slides)
  const width = config.canvasWidth
  // Slidev's print view rounds the page height up (`slideHeight` in @slidev/client/env.ts).
  const height = Math.ceil(width / parseAspectRatio(config.aspectRatio))
  return {
    entry: file,
    root,
    slides,
    canvas: { width, height },
    headmatter: data.headmatter,
    theme: String(data.headmatter.theme ?? 'default'),
    routerMode: config.routerMode === 'hash' ? 'hash' : 'history',
  }
}

/** The slides of Slidev's parse (`load`'s, or the Vite plugins' `options.data`) that the deck shows, numbered as Slidev numbers them. */
export function deckSlides(parsed: SlideInfo[]): DeckSlide[] {
  const visible = parsed.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
  return visible.map((slide, index): DeckSlide => {
    const no = index + 1
    const alias = slide.frontmatter.routeAlias
    return {
      no,
      title: (slide.title ?? '').trim() || `Slide ${no}`,
      opens: sectionOpenedBy(slide.frontmatter) ?? undefined,
      aliases: [String(no), ...(typeof alias === 'string' ? [alias] : [])],
      note: slide.note ?? '',
      content: slide.content,
      frontmatter: slide.frontmatter,
    }
  })
}
