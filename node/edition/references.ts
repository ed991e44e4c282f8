// What the reader edition shows of the references besides its own list (app/edition/): a COinS span
// on each entry for Zotero's browser connector, the same entries formatted in GB/T 7714-2015, and
// links to the three files. Computed here, in Node, so that the page carries text and no library.
import type { EditionReferences } from '../../app/edition/references'
import type { Source } from '../../data/types'
import { toGbt } from '../references/citation'
import { coinsTitle } from '../references/coins'
import { cslItem } from '../references/csl'
import { REFERENCE_FILES } from '../references/files'

/**
 * For the edition's references (numbered as cited) and `downloads`, the address of the site's
 * downloads/ from the edition's page.
 */
export function editionReferences(references: Array<{ n: number, source: Source }>, downloads: string): EditionReferences {
  const items = references.map(({ source }) => cslItem(source))
  const gbt = toGbt(items).map((entry, index) => {
    const { n, source } = references[index]!
    if (entry.n !== n || entry.id !== source.id)
      throw new Error(`GB/T 7714: entry ${entry.n} (${entry.id}) is not reference ${n} (${source.id}).`)
    const at = entry.text.lastIndexOf(source.url)
    if (at < 0)
      throw new Error(`GB/T 7714: the entry of ${source.id} does not hold its address ${source.url}.`)
    return { n, before: entry.text.slice(0, at), url: source.url, after: entry.text.slice(at + source.url.length) }
  })
  return {
    coins: Object.fromEntries(references.map(({ n }, index) => [n, coinsTitle(items[index]!)])),
    gbt,
    files: REFERENCE_FILES.map(file => ({ label: file.label, description: file.description, href: `${downloads}${file.file}` })),
  }
}
