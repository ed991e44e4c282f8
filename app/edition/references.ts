// What the reader edition shows of the references besides its own list, as node/edition/references.ts
// computes it at build time: the page's components take it as props.

/** The class of the span that marks a ContextObject (COinS), which Zotero's browser connector reads. */
export const COINS_CLASS = 'Z3988'
export interface EditionGbtEntry {
  n: number
  /** The entry up to its address, the address, and what follows it (the final full stop). */
  before: string
  url: string
  after: string
}

export interface EditionReferenceFile {
  label: string
  description: string
  href: string
}

export interface EditionReferences {
  /** The COinS `title` of each reference, by its number. */
  coins: Record<number, string>
  gbt: EditionGbtEntry[]
  files: EditionReferenceFile[]
}
