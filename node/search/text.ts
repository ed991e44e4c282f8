// Plain text from HTML that Vue's server renderer or Markdown wrote (a slide, a context), for the search
// index. No DOM: the HTML is well formed, so its tags, comments and entities are read by pattern.
import { normalizeText } from '../../app/search/search'

/** A comment, or a tag with its attributes (quoted values may hold `>`). */
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-z][^\s/>]*)(?:[\s/](?:[^>"']|"[^"]*"|'[^']*')*)?>/gi
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/gi
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0' }

function decode(text: string): string {
  return text.replace(ENTITY, (entity, dec?: string, hex?: string, name?: string) => {
    if (dec || hex)
      return String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16))
    return NAMED[name!.toLowerCase()] ?? entity
  })
}

/**
 * The text of `html`, with a space between the texts of different elements. A drawing's labels (the
 * text inside an SVG) are left out: scattered over a map they read as a jumble, and the drawing's
 * description on the slide (the map's list of moves) says it all in order.
 */
export function htmlText(html: string): string {
  const parts: string[] = []
  let svgDepth = 0
  let at = 0
  for (const match of html.matchAll(MARKUP)) {
    if (svgDepth === 0)
      parts.push(decode(html.slice(at, match.index)))
    at = match.index + match[0].length
    if (match[2]?.toLowerCase() === 'svg' && !match[0].endsWith('/>'))
      svgDepth = Math.max(0, svgDepth + (match[1] ? -1 : 1))
  }
  if (svgDepth === 0)
    parts.push(decode(html.slice(at)))
  return normalizeText(parts.join(' '))
}
