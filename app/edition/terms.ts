// The glossary's terms in the slides: which terms a slide's text names (for the reader edition, where
// the first mention of each on a slide links to its glossary entry, and for the PowerPoint notes), found
// by their English forms (data/glossary.ts). Whole words only, the longest form first, so that "SCC"
// inside "Security Consultative Committee (SCC)" is not a second mention.
import type { GlossaryId } from '../../data/glossary'
import { englishForms, glossary } from '../../data/glossary'
import { escapeHtml } from '../html'

export function termAnchor(id: GlossaryId): string {
  return `term-${id}`
}

interface Form {
  id: GlossaryId
  pattern: RegExp
}

const WORD_START = /^\w/
const WORD_END = /\w$/
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g

const FORMS: Form[] = glossary
  .flatMap(term => englishForms(term).map(form => ({ id: term.id, form })))
  .sort((a, b) => b.form.length - a.form.length)
  .map(({ id, form }) => ({
    id,
    pattern: new RegExp(`${WORD_START.test(form) ? '\\b' : ''}${escapeHtml(form).replace(REGEX_SPECIAL, '\\$&')}${WORD_END.test(form) ? '\\b' : ''}`),
  }))

export interface Mention {
  id: GlossaryId
  start: number
  end: number
}

/** The first mention of each term in `text` (HTML-escaped text, no tags), in the order they appear. */
export function firstMentions(text: string, skip: ReadonlySet<GlossaryId> = new Set()): Mention[] {
  const found: Mention[] = []
  for (const { id, pattern } of FORMS) {
    if (skip.has(id) || found.some(m => m.id === id))
      continue
    let from = 0
    while (from <= text.length) {
      const match = pattern.exec(text.slice(from))
      if (!match)
        break
      const start = from + match.index
      const end = start + match[0].length
      if (!found.some(m => start < m.end && end > m.start)) {
        found.push({ id, start, end })
        break
      }
      from = start + 1
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The terms a plain text names, in order of first mention. */
export function termsIn(text: string): GlossaryId[] {
  return firstMentions(escapeHtml(text)).map(m => m.id)
}

const TAG = /(<[^>]*>)/
/** Elements whose text is not linked: links themselves, headings, and drawings (the map's SVG). */
const NO_LINK = /^<(\/?)(?:a|h[1-6]|svg|title|desc)\b/i

/**
 * Links the first mention of each term in a piece of rendered HTML to its glossary entry, in text
 * outside links, headings and drawings. Returns the HTML and the terms linked.
 */
export function linkTerms(html: string, href: (id: GlossaryId) => string): { html: string, linked: GlossaryId[] } {
  const linked = new Set<GlossaryId>()
  let closed = 0
  const parts = html.split(TAG).map((part) => {
    if (part.startsWith('<')) {
      const tag = NO_LINK.exec(part)
      if (tag && !part.endsWith('/>'))
        closed += tag[1] ? -1 : 1
      return part
    }
    if (closed > 0 || !part.trim())
      return part
    let out = ''
    let at = 0
    for (const mention of firstMentions(part, linked)) {
      linked.add(mention.id)
      out += `${part.slice(at, mention.start)}<a class="term" href="${escapeHtml(href(mention.id))}">${part.slice(mention.start, mention.end)}</a>`
      at = mention.end
    }
    return out + part.slice(at)
  })
  return { html: parts.join(''), linked: [...linked] }
}
