// The virtual module made by node/vite/search-index.ts: the search index of the lecture.
declare module 'virtual:lecture-search' {
  import type { SearchEntry } from '../app/search/search'

  /** Every slide's text, its context for students and its section's questions, in slide order. */
  export const entries: SearchEntry[]
}
