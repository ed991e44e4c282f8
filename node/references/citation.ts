// citation-js (its core and the BibTeX, RIS and CSL plugins) writing the register's CSL-JSON items
// as CSL-JSON, BibTeX, RIS and a GB/T 7714-2015 list. Three of its defaults are set here, and why:
// - BibTeX: `asciiOnly` (the default) drops every character it has no LaTeX command for, so the
//   Japanese titles came out empty; the file is written in UTF-8 instead, and the characters that
//   LaTeX reads as commands are escaped here first, which the writer does not do without `asciiOnly`.
// - BibTeX: the entry key is the register's id (the writer drops its hyphens: `treaty1960`), not a
//   key made from year and title.
// - RIS: the writer breaks every value after 70 characters onto a new line without a tag, which
//   readers join back with a space (citation-js's own reader too), inside a word; the entries are
//   taken from the writer as tag objects and written one tag a line here.
// The GB/T 7714-2015 style and its Chinese locale are files of the Citation Style Language project
// kept in styles/ (see docs/reading.md); citation-js bundles neither, and nothing is fetched.
import type { CslItem } from './csl'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The name the GB/T 7714-2015 style is registered under, and its file in styles/. */
export const GBT_STYLE = 'china-national-standard-gb-t-7714-2015-numeric'
const GBT_LOCALE = 'zh-CN'
/** The CSL project's files kept here (a path, not `new URL(…, import.meta.url)`, which Vite rewrites). */
export const STYLES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'styles')

interface CiteInstance {
  format: (format: string, options?: Record<string, unknown>) => unknown
}
interface CitationJs {
  Cite: new (data: unknown) => CiteInstance
  plugins: { config: { get: (plugin: string) => unknown } }
}
interface CslConfig {
  styles: { add: (name: string, xml: string) => void }
  locales: { add: (name: string, xml: string) => void }
}
interface BibtexConfig {
  format: { asciiOnly: boolean, useIdAsLabel: boolean }
}

let loaded: CitationJs | undefined

/** citation-js with its plugins, configured once. CommonJS, required (see node/cjs.ts for why). */
function citationJs(): CitationJs {
  if (loaded)
    return loaded
  const require = createRequire(import.meta.url)
  const core = require('@citation-js/core') as CitationJs
  require('@citation-js/plugin-bibtex')
  require('@citation-js/plugin-ris')
  require('@citation-js/plugin-csl')
  const bibtex = core.plugins.config.get('@bibtex') as BibtexConfig
  bibtex.format.asciiOnly = false
  bibtex.format.useIdAsLabel = true
  const csl = core.plugins.config.get('@csl') as CslConfig
  const style = (file: string): string => readFileSync(join(STYLES_DIR, file), 'utf8')
  csl.styles.add(GBT_STYLE, style(`${GBT_STYLE}.csl`))
  csl.locales.add(GBT_LOCALE, style(`locales-${GBT_LOCALE}.xml`))
  loaded = core
  return core
}

function cite(items: CslItem[]): CiteInstance {
  const { Cite } = citationJs()
  return new Cite(items)
}

/** CSL-JSON, as citation-js writes it (an array of items, indented). */
export function toCslJson(items: CslItem[]): string {
  return `${cite(items).format('data', { format: 'text' }) as string}\n`
}

const LATEX_SPECIAL = /[\\&%$#_{}~^]/g
const LATEX_ESCAPES: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' }

/** Text as LaTeX reads it literally: `Q&A` → `Q\&A`. */
export function escapeLatex(text: string): string {
  return text.replace(LATEX_SPECIAL, char => LATEX_ESCAPES[char] ?? `\\${char}`)
}

/** BibTeX (UTF-8), one `@misc` entry a source. Addresses stay as they are: `url` is read verbatim. */
export function toBibtex(items: CslItem[]): string {
  const escaped = items.map(item => ({
    ...item,
    title: escapeLatex(item.title),
    publisher: escapeLatex(item.publisher),
    genre: escapeLatex(item.genre),
    ...(item.note ? { note: escapeLatex(item.note) } : {}),
  }))
  return cite(escaped).format('bibtex') as string
}

const LINE_BREAK = /[\r\n]/

/** RIS: each entry from `TY` to `ER`, one tag a line, no value broken over lines. */
export function toRis(items: CslItem[]): string {
  const entries = cite(items).format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>
  return entries.map((entry) => {
    const lines = [`TY  - ${entry.TY}`]
    for (const [tag, value] of Object.entries(entry)) {
      if (tag === 'TY')
        continue
      for (const one of [value].flat()) {
        if (LINE_BREAK.test(one))
          throw new Error(`RIS: the ${tag} of a source holds a line break, which RIS cannot carry: ${JSON.stringify(one)}`)
        lines.push(`${tag}  - ${one}`)
      }
    }
    lines.push('ER  - ')
    return `${lines.join('\n')}\n`
  }).join('\n')
}

export interface GbtEntry {
  id: string
  /** The number the style gives it: its place in the list, from 1. */
  n: number
  /** The entry as plain text, without its number. */
  text: string
}

const NUMBERED_ENTRY = /^\[(\d+)\]\s*(\S.*)$/s

/** The items as a numbered GB/T 7714-2015 list, in the order given. */
export function toGbt(items: CslItem[]): GbtEntry[] {
  const entries = cite(items).format('bibliography', {
    template: GBT_STYLE,
    lang: GBT_LOCALE,
    format: 'text',
    asEntryArray: true,
    entry: items.map(item => item.id),
  }) as Array<[string, string]>
  return entries.map(([id, text]) => {
    const match = NUMBERED_ENTRY.exec(text.trim())
    if (!match)
      throw new Error(`GB/T 7714: the entry of ${id} has no number: ${JSON.stringify(text)}`)
    return { id, n: Number(match[1]), text: match[2]! }
  })
}
