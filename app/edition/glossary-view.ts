// How the glossary (data/glossary.ts) is shown to a student, by the reader edition and the handout alike:
// its groups in order, the languages after the English, and whose each rendering is and where it was read.
import type { EnglishRendering, GlossaryKind } from '../../data/glossary'
import { glossary } from '../../data/glossary'
import { byId } from '../../data/ids'
import { sources } from '../../data/sources'

export const GLOSSARY_GROUPS: Array<{ kind: GlossaryKind, heading: string }> = [
  { kind: 'document', heading: 'Documents' },
  { kind: 'body', heading: 'Bodies' },
  { kind: 'place', heading: 'Places on the map' },
  { kind: 'term', heading: 'Terms' },
]

/** The languages after the English, each marked for the project's `:lang(ja)` / `:lang(zh)` fonts. */
export const GLOSSARY_LANGS = [
  { key: 'ja', label: 'Japanese', lang: 'ja' },
  { key: 'zh', label: 'Chinese (simplified)', lang: 'zh-Hans' },
] as const

/** What a missing rendering says. */
export const NOT_READ = 'not read in an official text (left empty)'

export const GLOSSARY_INTRO = 'Compiled by the deck’s editors. Each name in English, Japanese and Chinese (simplified), and whose rendering each is: the Japanese as the Japanese government writes it, the Chinese as a Chinese government body or the state news agency writes it, each with where it was read. Where no such rendering was read, the entry says so; none is made up.'

export interface Whose {
  /** Whose rendering, in words. */
  who: string
  /** Where it was read: a link, when there is one. */
  link?: { href: string, text: string }
  at?: string
}

export function whose(r: EnglishRendering): Whose {
  if ('lecture' in r)
    return { who: 'the lecture’s own words' }
  if ('editors' in r)
    return { who: 'the deck editors’ English' }
  if ('source' in r) {
    const source = byId(sources, r.source)
    return { who: source.publisher, link: { href: source.url, text: source.short ?? source.title }, at: r.at }
  }
  return { who: r.by, link: { href: r.url, text: new URL(r.url).host }, at: r.at }
}

export function termsOf(kind: GlossaryKind): Array<(typeof glossary)[number]> {
  return glossary.filter(term => term.kind === kind)
}
