// The two messages between the dev server's deck check (node/vite/deck-check.ts) and the presenter
// view (DeckProblems.vue): the problems, one line each, and a page's request for them when it opens.
export const DECK_PROBLEMS_EVENT = 'lecture:deck-problems'
export const DECK_PROBLEMS_REQUEST = 'lecture:deck-problems?'

export interface DeckProblemsMessage {
  lines: string[]
}
