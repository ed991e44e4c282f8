// COinS (ContextObjects in Spans, OpenURL 1.0 KEV): the reader edition's reference list as Zotero's
// browser connector reads it. Each entry carries an empty `<span class="Z3988" title="…">`; the
// connector's COinS translator offers every such span of a page to be saved. The Dublin Core format
// (`mtx:dc`) is the one for texts that are neither a book nor an article; Zotero takes `rft.type` as
// its item type (`document`, which keeps the publisher), `rft.identifier` as the address.
import type { CslItem } from './csl'

/**
 * The span's `title`: key=value pairs joined by `&`, each value percent-encoded (so that `&` and `=`
 * inside a title or an address stay part of it; Zotero reads an encoded `+` as a space, as in a query
 * string). Escape it for HTML where it is written.
 */
export function coinsTitle(item: CslItem): string {
  const date = item.issued?.['date-parts'][0].map((part, i) => i === 0 ? String(part) : String(part).padStart(2, '0')).join('-')
  const pairs: Array<[string, string | undefined]> = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', 'document'],
    ['rft.title', item.title],
    ['rft.publisher', item.publisher],
    ['rft.date', date],
    ['rft.identifier', item.URL],
  ]
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
}
