// The references as files (node/references/): each file is read back by a reader other than
// citation-js, which wrote it, and must hold every source of the register with its title, publisher,
// date and address. CSL-JSON: the CSL project's JSON schema (with Ajv), then citeproc-js formatting
// every item. BibTeX: @retorquere/bibtex-parser (the parser of Better BibTeX for Zotero). RIS: a reader
// written here from the RIS tag format. COinS: read as Zotero's OpenURL reader splits and decodes it.
import type { Source } from '../../data/types'
import type { CslItem } from '../../node/references/csl'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { sources } from '../../data/sources'
import { editionReferences } from '../../node/edition/references'
import { escapeLatex, GBT_STYLE, STYLES_DIR, toBibtex, toGbt, toRis } from '../../node/references/citation'
import { coinsTitle } from '../../node/references/coins'
import { cslItem, registerItems } from '../../node/references/csl'
import { REFERENCE_FILES, referenceFileTexts } from '../../node/references/files'

const texts = Object.fromEntries(referenceFileTexts().map(({ file, text }) => [file.format, text]))
const styles = (file: string): string => readFileSync(join(STYLES_DIR, file), 'utf8')

/** The register's date as numbers: `2003-09` → [2003, 9]. */
function parts(date: Source['date']): number[] {
  return date ? date.split('-').map(Number) : []
}

describe('the CSL-JSON file', () => {
  const items = JSON.parse(texts['csl-json']!) as CslItem[]

  it('is valid against the CSL project\'s schema for CSL-JSON input (csl-data.json, v1.0)', () => {
    const schema = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/csl-data.json'), 'utf8')) as object
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema)
    expect(validate(items), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    // The schema refuses unknown fields, so a wrong name would fail above; and a wrong one is caught here.
    expect(validate([{ id: 'x', type: 'document', website: 'https://example.org/' }])).toBe(false)
  })

  it('holds every source of the register with its title, publisher, date and address', () => {
    expect(items.map(item => item.id)).toEqual(sources.map(source => source.id))
    for (const source of sources) {
      const item = items.find(i => i.id === source.id)!
      expect(item.title).toBe(source.title)
      expect(item.publisher).toBe(source.publisher)
      expect(item.URL).toBe(source.url)
      expect(item.issued?.['date-parts'][0] ?? []).toEqual(parts(source.date))
      expect(item.note).toBe(source.caveat)
    }
  })

  it('is read by citeproc-js itself, which formats every item with its title and address', () => {
    const CSL = createRequire(import.meta.url)('citeproc') as {
      Engine: new (sys: object, style: string, lang: string) => {
        updateItems: (ids: string[]) => void
        makeBibliography: () => [unknown, string[]]
      }
    }
    const byId = new Map(items.map(item => [item.id, item]))
    const engine = new CSL.Engine({
      retrieveLocale: (lang: string) => lang === 'zh-CN' ? styles('locales-zh-CN.xml') : undefined,
      retrieveItem: (id: string) => byId.get(id),
    }, styles(`${GBT_STYLE}.csl`), 'zh-CN')
    engine.updateItems(items.map(item => item.id))
    const [, entries] = engine.makeBibliography()
    expect(entries).toHaveLength(sources.length)
    const text = entries.join('\n').replace(/&#38;/g, '&')
    for (const source of sources) {
      expect(text).toContain(source.url)
      expect(text).toContain(source.title)
    }
  })
})

describe('the BibTeX file', () => {
  const library = parseBibtex(texts.bibtex!, { sentenceCase: false, caseProtection: false })
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

  /** `year = 1960, month = {jan 19}` → [1960, 1, 19]; `month = {4}` → month 4. */
  function dateOf(fields: Record<string, unknown>): number[] {
    if (!fields.year)
      return []
    const [month, day] = String(fields.month ?? '').split(' ')
    const m = month ? (MONTHS.indexOf(month) + 1 || Number(month)) : undefined
    return [Number(fields.year), ...(m ? [m] : []), ...(day ? [Number(day)] : [])]
  }

  it('parses without an error, one entry a source, each key once', () => {
    expect(library.errors).toEqual([])
    expect(library.entries).toHaveLength(sources.length)
    expect(new Set(library.entries.map(entry => entry.key)).size).toBe(sources.length)
  })

  it('holds every source with its title, publisher, date and address, Japanese included', () => {
    for (const [index, source] of sources.entries()) {
      const entry = library.entries[index]!
      // The key is the register's id without its hyphens (citation-js's rule for a safe key).
      expect(entry.key).toBe(source.id.replace(/-/g, ''))
      expect(entry.fields.title).toBe(source.title)
      expect(entry.fields.publisher).toEqual([source.publisher])
      expect(entry.fields.url).toBe(source.url)
      expect(entry.fields.note).toBe(source.caveat)
      expect(dateOf(entry.fields)).toEqual(parts(source.date))
    }
    expect(texts.bibtex).toContain('再編実施のための日米のロードマップ')
  })

  it('escapes what LaTeX reads as a command, and the parser reads the text back as it was', () => {
    expect(escapeLatex('Q&A 100% $5 #1 a_b {x} ~ ^ \\')).toBe('Q\\&A 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}')
    const odd: Source = { ...sources[0]!, id: 'treaty-1960', title: 'Q&A on the 50% rule_1 and $ #', caveat: 'Read at docs/a_b.html' }
    const [entry] = parseBibtex(toBibtex([cslItem(odd)]), { sentenceCase: false, caseProtection: false }).entries
    expect(entry!.fields.title).toBe(odd.title)
    expect(entry!.fields.note).toBe(odd.caveat)
  })
})

/** RIS as its tag format defines it: `XX  - value` lines, an entry from `TY` to `ER`. */
function readRis(text: string): Array<Record<string, string[]>> {
  const entries: Array<Record<string, string[]>> = []
  let entry: Record<string, string[]> | undefined
  for (const line of text.split(/\r?\n/)) {
    if (line === '')
      continue
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line)
    if (!match)
      throw new Error(`RIS: not a tag line: ${JSON.stringify(line)}`)
    const [, tag, value] = match as unknown as [string, string, string]
    if (tag === 'TY') {
      entry = {}
      entries.push(entry)
    }
    if (!entry)
      throw new Error(`RIS: ${tag} before TY`)
    if (tag === 'ER') {
      entry = undefined
      continue
    }
    ;(entry[tag] ??= []).push(value)
  }
  if (entry)
    throw new Error('RIS: the last entry has no ER')
  return entries
}

describe('the RIS file', () => {
  const entries = readRis(texts.ris!)

  it('is tag lines only (no value broken over lines), one entry a source from TY to ER', () => {
    expect(entries).toHaveLength(sources.length)
    expect(new Set(entries.map(entry => entry.ID?.[0])).size).toBe(sources.length)
    expect(() => readRis('TY  - GEN\nTI  - a title broken\nover two lines\nER  - \n')).toThrow(/not a tag line/)
  })

  it('holds every source with its id, title, publisher, date and address', () => {
    for (const [index, source] of sources.entries()) {
      const entry = entries[index]!
      // RIS keeps 20 characters of an ID (the writer cuts it there).
      expect(entry.ID).toEqual([source.id.slice(0, 20)])
      expect(entry.TI).toEqual([source.title])
      expect(entry.PB).toEqual([source.publisher])
      expect(entry.UR).toEqual([source.url])
      expect(entry.N1).toEqual(source.caveat ? [source.caveat] : undefined)
      // DA is YYYY/MM/DD/other, the parts that are known.
      expect((entry.DA?.[0] ?? '').split('/').filter(Boolean).map(Number)).toEqual(parts(source.date))
    }
  })

  it('refuses a value with a line break, which RIS cannot carry', () => {
    expect(() => toRis([cslItem({ ...sources[0]!, title: 'two\nlines' })])).toThrow(/TI of a source holds a line break/)
  })
})

describe('the COinS of the reader edition', () => {
  /** A ContextObject as Zotero's OpenURL reader takes it: split at `&` and `=`, `+` and `%2B` as spaces. */
  function readCoins(title: string): Record<string, string> {
    return Object.fromEntries(title.split('&').map((pair) => {
      const [key, value] = pair.split('=')
      return [key!, decodeURIComponent(value!.replace(/\+|%2B/gi, ' '))]
    }))
  }

  it('gives Zotero each source as a document with its title, publisher, date and address', () => {
    for (const source of sources) {
      const read = readCoins(coinsTitle(cslItem(source)))
      expect(read.ctx_ver).toBe('Z39.88-2004')
      expect(read.rft_val_fmt).toBe('info:ofi/fmt:kev:mtx:dc')
      expect(read['rft.type']).toBe('document')
      expect(read['rft.title']).toBe(source.title)
      expect(read['rft.publisher']).toBe(source.publisher)
      expect(read['rft.identifier']).toBe(source.url)
      expect(read['rft.date']).toBe(source.date)
    }
  })
})

describe('the GB/T 7714-2015 list', () => {
  it('numbers the entries in the order given and marks each with its type and [/OL]', () => {
    const base = { publisher: 'Ministry X', url: 'https://example.org/a?b=1&c=2' } as const
    const chosen: Source[] = [
      { ...base, id: 'act-1999', kind: 'law', title: 'An Act', date: '1999-05-28' },
      { ...base, id: 'treaty-1960', kind: 'exchange of notes', title: 'Notes', date: '1960-01' },
      { ...base, id: 'northern-territories', kind: 'official description', title: 'A Page' },
    ]
    const entries = toGbt(chosen.map(cslItem))
    expect(entries.map(e => [e.id, e.n])).toEqual([['act-1999', 1], ['treaty-1960', 2], ['northern-territories', 3]])
    // Laws and agreements are [A] (archives, laws and regulations), other texts [Z]; /OL: read online.
    expect(entries.map(e => e.text)).toEqual([
      'An Act[A/OL]. Ministry X, 1999. https://example.org/a?b=1&c=2.',
      'Notes[A/OL]. Ministry X, 1960. https://example.org/a?b=1&c=2.',
      'A Page[Z/OL]. Ministry X. https://example.org/a?b=1&c=2.',
    ])
  })

  it('formats every source of the register', () => {
    const entries = toGbt(registerItems())
    expect(entries.map(e => e.n)).toEqual(sources.map((_, i) => i + 1))
    for (const [i, source] of sources.entries())
      expect(entries[i]!.text).toContain(source.url)
  })
})

describe('the reader edition\'s references in other forms', () => {
  const cited = ['treaty-1960', 'act-1999'].map((id, i) => ({ n: i + 1, source: sources.find(s => s.id === id)! }))

  it('numbers the GB/T list as the edition\'s own, links each address, and links the three files', () => {
    const formats = editionReferences(cited, '../downloads/')
    expect(formats.gbt.map(e => e.n)).toEqual([1, 2])
    for (const [i, entry] of formats.gbt.entries()) {
      expect(entry.url).toBe(cited[i]!.source.url)
      expect(entry.before.startsWith(cited[i]!.source.title)).toBe(true)
      expect(entry.after).toBe('.')
    }
    expect(Object.keys(formats.coins)).toEqual(['1', '2'])
    expect(formats.files.map(f => f.href)).toEqual(REFERENCE_FILES.map(f => `../downloads/${f.file}`))
  })

  it('refuses a list whose numbers are not the style\'s (1, 2 … in order)', () => {
    expect(() => editionReferences([{ ...cited[0]!, n: 2 }, { ...cited[1]!, n: 1 }], '')).toThrow(/entry 1 \(treaty-1960\) is not reference 2/)
  })
})

describe('the files offered', () => {
  it('are named once, for the site\'s downloads/', () => {
    expect(REFERENCE_FILES.map(f => f.file)).toEqual(['japan-us-alliance-references.json', 'japan-us-alliance-references.bib', 'japan-us-alliance-references.ris'])
  })

  it('stop with the file and what is valid on a date that is not ISO', () => {
    expect(() => cslItem({ ...sources[0]!, date: '1960-1x' as Source['date'] })).toThrow(/data\/sources\.ts: the date "1960-1x" is not YYYY-MM-DD or YYYY-MM/)
  })
})
