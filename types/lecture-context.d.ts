// The virtual module made by setup/vite-plugins.ts from app/node/context.ts: the context for students.
declare module 'virtual:lecture-context' {
  import type { Reference } from '../app/node/context'

  /** `contexts[i]`: the context of slide i + 1 as HTML, '' when it has none. Presenter cues left out. */
  export const contexts: string[]
  /** The sources the context cites, numbered in order of first citation. */
  export const references: Reference[]
}
