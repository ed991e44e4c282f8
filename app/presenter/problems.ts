// What the dev server's deck check found, kept for the presenter view (DeckProblems.vue): subscribed
// once, asked for when the page opens, empty in a built site (no dev server, no problems to show).
import type { DeckProblemsMessage } from './problems-events'
import { ref } from 'vue'
import { DECK_PROBLEMS_EVENT, DECK_PROBLEMS_REQUEST } from './problems-events'

export const deckProblems = ref<string[]>([])

if (import.meta.hot) {
  import.meta.hot.on(DECK_PROBLEMS_EVENT, (message: DeckProblemsMessage) => {
    deckProblems.value = Array.isArray(message?.lines) ? message.lines.map(String) : []
  })
  import.meta.hot.send(DECK_PROBLEMS_REQUEST)
}
