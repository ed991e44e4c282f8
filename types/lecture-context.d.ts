// The virtual module made by node/vite/context.ts from node/deck/context.ts: the context for students.
declare module 'virtual:lecture-context' {
  import type { Reference } from '../node/deck/context'

  /** `contexts[i]`: the context of slide i + 1 as HTML, '' when it has none. Presenter cues left out. */
  export const contexts: string[]
  /** The sources the context cites, numbered in order of first citation. */
  export const references: Reference[]
}

// The same for the handout page, its citations linking to its own list (`#ref-3`).
declare module 'virtual:lecture-handout' {
  import type { Reference } from '../node/deck/context'

  export const contexts: string[]
  /** As above, and after them any source that only a question's explanation cites. */
  export const references: Reference[]
  /** Each question's explanation by the question's id, as HTML with numbered citations. */
  export const explanations: Record<string, string>
}
