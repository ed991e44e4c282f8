// The props of the deck's components that take a name from data/: what each may be, for the deck's
// check (node/deck/check.ts). The values come from the data itself, so a new article or outline is
// known as soon as it is written there.
import { articles, documents, objectives, outlines, supportMeasures } from '../../data/lecture'

export interface PropRule {
  /** What the value names, as the check's message says it: `treaty article`. */
  what: string
  values: () => string[]
  required?: boolean
}

const size: PropRule = { what: 'size', values: () => ['normal', 'large'] }

export const componentProps: Record<string, Record<string, PropRule>> = {
  TreatyArticle: { id: { what: 'treaty article', values: () => articles.map(a => a.id), required: true } },
  DocumentDate: { id: { what: 'document', values: () => documents.map(d => d.id), required: true } },
  OutlineList: { id: { what: 'outline', values: () => Object.keys(outlines), required: true }, size },
  SupportMeasure: { id: { what: 'support measure', values: () => supportMeasures.map(m => m.id), required: true }, size },
  ObjectiveList: { scope: { what: 'objective list', values: () => Object.keys(objectives), required: true } },
}
