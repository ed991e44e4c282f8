// The deck's one check, run before anything is shown or written: by the dev server on every edit of
// slides.md (node/vite/deck-check.ts keeps the audience on the last good deck while it fails), by
// `npm run build` before Slidev starts, and by the tests. It reads the Markdown as text, with Slidev's
// own parser, so a problem is found in what the lecturer typed, with its line, and each problem is one
// line that names the file, the slide and what would be valid.
import type { SourceSlideInfo } from '@slidev/types'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { parse } from '@slidev/parser'
import { hasId } from '../../data/ids'
import { sections } from '../../data/lecture'
import { CITATION } from '../../data/notes'
import { sources } from '../../data/sources'
import { ReportedError } from '../errors'
import { componentProps } from './check-props'

export interface DeckProblem {
  /** What is wrong, as the start of a sentence: `Unknown treaty article "article-V"`. */
  what: string
  file: string
  /** 1-based line in `file`, where it is known. */
  line?: number
  slide?: { no: number, title: string }
  /** What would be valid: `known: article-5, article-6`. */
  valid?: string
}

/** `Unknown treaty article "article-V" on slide 7 (Article V), slides.md line 142; known: article-5, article-6` */
export function formatProblem(problem: DeckProblem, root?: string): string {
  const file = root ? relative(root, problem.file) || basename(problem.file) : basename(problem.file)
  const slide = problem.slide ? ` on slide ${problem.slide.no} (${problem.slide.title})` : ''
  const line = problem.line ? ` line ${problem.line}` : ''
  return `${problem.what}${slide}, ${file}${line}${problem.valid ? `; ${problem.valid}` : ''}`
}

/** The deck has problems: its message is one line per problem. */
export class DeckCheckError extends ReportedError {
  constructor(readonly problems: DeckProblem[], root?: string) {
    super(problems.map(p => formatProblem(p, root)).join('\n'))
  }
}

const require = createRequire(import.meta.url)
const VUE_BUILTINS = ['Transition', 'TransitionGroup', 'KeepAlive', 'Teleport', 'Suspense', 'Component', 'RouterLink', 'RouterView']

const COMPONENT_FILE = /^[A-Z][\w-]*\.(?:vue|ts)$/
const EXTENSION = /\.(?:vue|ts)$/

function vueNames(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter(f => COMPONENT_FILE.test(f) && !f.includes('.test.')).map(f => f.replace(EXTENSION, '')) : []
}

function layoutNames(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter(f => f.endsWith('.vue')).map(f => f.slice(0, -4)) : []
}

/** What a deck in `root` may use: its own components and layouts, Slidev's and its theme's, Vue's. */
export function deckVocabulary(root: string): { components: string[], ownComponents: string[], layouts: string[] } {
  const client = dirname(require.resolve('@slidev/client/package.json'))
  const theme = dirname(require.resolve('@slidev/theme-default/package.json'))
  const ownComponents = vueNames(join(root, 'components'))
  return {
    ownComponents,
    components: [...new Set([...ownComponents, ...vueNames(join(client, 'builtin')), ...VUE_BUILTINS])],
    layouts: [...new Set([...layoutNames(join(client, 'layouts')), ...layoutNames(join(theme, 'layouts')), ...layoutNames(join(root, 'layouts'))])].sort(),
  }
}

/** Levenshtein distance: how many letters to change, add or drop to turn `a` into `b`. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

/** `did you mean embassy-2020?`, or the three known names nearest to `value`. */
function nearest(value: string, known: string[]): string {
  const ranked = [...known].sort((x, y) => distance(value, x) - distance(value, y))
  return distance(value, ranked[0] ?? '') <= 3 ? `did you mean ${ranked[0]}?` : `nearest known: ${ranked.slice(0, 3).join(', ')}`
}

/** `v-click` and `VClick`, `treaty-article` and `TreatyArticle` are the same component to Vue. */
function pascal(tag: string): string {
  return tag.includes('-') ? tag.split('-').map(part => part.charAt(0).toUpperCase() + part.slice(1)).join('') : tag
}

const TAG = /<([A-Z]\w*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)(\s[^<>]*?)?\/?>/g
const ATTRIBUTE = /([:@]?[\w.-]+)(?:\s*=\s*"([^"]*)")?/g
const FENCE = /^\s*(?:```|~~~)/
const KEY_END = /\s*:.*$/
const LINE_BREAK = /\r?\n/
const YAML_POSITION = /\s*at line \d+, column \d+:?$/
const MALFORMED_CITATION = /\[@(?![\w-]+(?:,[^\]]+)?\])[^\]]*\]?/g

/** The lines of a slide's content outside code fences and HTML comments, with their 1-based numbers. */
function markupLines(lines: string[], from: number, to: number): Array<[number, string]> {
  const out: Array<[number, string]> = []
  let fenced = false
  let comment = false
  for (let i = from; i < to; i++) {
    let text = lines[i] ?? ''
    if (FENCE.test(text)) {
      fenced = !fenced
      continue
    }
    if (fenced)
      continue
    // Drop comments (the speaker notes are one) from the line, across lines.
    let visible = ''
    while (text) {
      if (comment) {
        const end = text.indexOf('-->')
        if (end < 0)
          break
        comment = false
        text = text.slice(end + 3)
      }
      else {
        const start = text.indexOf('<!--')
        if (start < 0) {
          visible += text
          break
        }
        visible += text.slice(0, start)
        comment = true
        text = text.slice(start + 4)
      }
    }
    out.push([i + 1, visible])
  }
  return out
}

/** The problems of the deck whose Markdown is `markdown`, read from `file` in the deck's folder `root`. */
export async function checkDeckText(markdown: string, file: string, root = dirname(file)): Promise<DeckProblem[]> {
  const knownSources = new Set<string>(sources.map(s => s.id))
  const vocabulary = deckVocabulary(root)
  const known = new Set(vocabulary.components)
  const layouts = new Set(vocabulary.layouts)
  const lines = markdown.split(LINE_BREAK)
  const deck = await parse(markdown, file)
  const problems: DeckProblem[] = []
  const dividers = new Map<string, number>()
  let no = 0

  for (const slide of deck.slides as SourceSlideInfo[]) {
    const frontmatter = slide.frontmatter ?? {}
    const hidden = Boolean(frontmatter.hide || frontmatter.disabled)
    if (!hidden)
      no++
    const where = { file, slide: hidden ? undefined : { no, title: (slide.title ?? '').trim() || `Slide ${no}` } }
    const first = slide.start ?? 0
    const at = (line: number | undefined, what: string, valid?: string): void => {
      problems.push({ ...where, line, what, ...(valid ? { valid } : {}) })
    }

    for (const error of slide.frontmatterDoc?.errors ?? []) {
      const line = error.linePos?.[0]?.line
      at(line ? first + 1 + line : first + 1, `The frontmatter is not valid YAML (${error.message.split('\n')[0]!.replace(YAML_POSITION, '')})`, 'quote a value that holds a colon, and close every quote')
    }
    const fmLine = (key: string): number | undefined => {
      for (let i = first; i < (slide.contentStart ?? first); i++) {
        if ((lines[i] ?? '').replace(KEY_END, '') === key)
          return i + 1
      }
      return undefined
    }
    const layout = frontmatter.layout
    if (layout !== undefined && (typeof layout !== 'string' || !layouts.has(layout)))
      at(fmLine('layout'), `Unknown layout "${String(layout)}"`, `known: ${[...layouts].join(', ')}`)
    const alias = frontmatter.routeAlias
    if (typeof alias === 'string' && hasId(sections, alias)) {
      if (dividers.has(alias))
        at(fmLine('routeAlias'), `A second divider for section "${alias}"`, `the first is slide ${dividers.get(alias)}`)
      dividers.set(alias, no)
    }
    if (layout === 'section' && !(typeof alias === 'string' && hasId(sections, alias)))
      at(fmLine('routeAlias') ?? fmLine('layout'), `A section divider without a section (routeAlias: ${alias === undefined ? 'missing' : `"${String(alias)}"`})`, `routeAlias names one of: ${sections.map(s => s.id).join(', ')}`)

    for (const [line, text] of markupLines(lines, slide.contentStart ?? first, slide.end ?? lines.length)) {
      for (const [, tag, attrs = ''] of text.matchAll(TAG)) {
        const name = pascal(tag!)
        if (!known.has(name)) {
          at(line, `Unknown component <${tag}>`, `the deck's components: ${vocabulary.ownComponents.join(', ')}`)
          continue
        }
        const props = componentProps[name]
        if (!props)
          continue
        const given = new Map<string, string | undefined>()
        for (const [, key, value] of attrs.matchAll(ATTRIBUTE))
          given.set(key!, value)
        for (const [prop, rule] of Object.entries(props)) {
          if (given.has(`:${prop}`))
            continue
          const value = given.get(prop)
          if (!given.has(prop)) {
            if (rule.required)
              at(line, `<${tag}> needs ${prop}="…"`, `known: ${rule.values().join(', ')}`)
            continue
          }
          if (value === undefined || !rule.values().includes(value))
            at(line, `Unknown ${rule.what} "${value ?? ''}" in <${tag}>`, `known: ${rule.values().join(', ')}`)
        }
      }
    }

    // The notes: every citation names a source of the register.
    for (let i = first; i < (slide.end ?? lines.length); i++) {
      const text = lines[i] ?? ''
      for (const [whole, source] of text.matchAll(CITATION)) {
        if (!knownSources.has(source!))
          at(i + 1, `Citation ${whole} names no source in data/sources.ts`, nearest(source!, [...knownSources]))
      }
      for (const match of text.matchAll(MALFORMED_CITATION))
        at(i + 1, `Citation ${match[0]} is not written [@id] or [@id, pinpoint]`)
    }
  }

  for (const section of sections) {
    if (!dividers.has(section.id))
      problems.push({ file, what: `Section ${section.number} (${section.title}) has no divider`, valid: `a slide with "layout: section" and "routeAlias: ${section.id}"` })
  }
  return problems
}

/** The problems of the deck in `file` (slides.md). */
export async function checkDeck(file: string): Promise<DeckProblem[]> {
  const { readFile } = await import('node:fs/promises')
  return checkDeckText(await readFile(file, 'utf8'), resolve(file))
}
