// The props of the deck's components that take a name from data/: what each may be, for the deck's
// check (node/deck/check.ts). The values come from the data itself, so a new article or outline is
// known as soon as it is written there.
import type { List } from '../../data/ids'
import { articles, documents, objectives, outlines, supportMeasures } from '../../data/lecture'

export interface PropRule {
  /** What the value names, as the check's message says it: `treaty article`. */
  what: string
  values: () => string[]
  required?: boolean
}

const size: PropRule = { what: 'size', values: () => ['normal', 'large'] }

/** A required prop naming an entry of `list`, by the name the list was made with. */
const entryOf = (list: List<{ id: string }>): PropRule => ({ what: list.kind, values: () => list.map(entry => entry.id), required: true })

export const componentProps: Record<string, Record<string, PropRule>> = {
  TreatyArticle: { id: entryOf(articles) },
  DocumentDate: { id: entryOf(documents) },
  OutlineList: { id: entryOf(outlines), size },
  SupportMeasure: { id: entryOf(supportMeasures), size },
  ObjectiveList: { scope: entryOf(objectives) },
}
