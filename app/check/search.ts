// The questions in the search: each section's questions (prompt, choices, answer, the editors'
// explanation) are searched with the context of the section's last slide, so a hit opens the reader
// edition there, just above its "Check yourself".
import type { SearchEntry } from '../search/search'
import { sectionIdAt } from '../../data/deck'
import { answerText, questionsOf } from '../../data/questions'
import { explanationText } from '../hall/explain'

export function withQuestions(entries: SearchEntry[], frontmatters: Array<Record<string, unknown>>): SearchEntry[] {
  return entries.map((entry) => {
    const section = sectionIdAt(frontmatters, entry.no)
    const last = entry.no >= frontmatters.length || sectionIdAt(frontmatters, entry.no + 1) !== section
    if (!section || !last)
      return entry
    const text = questionsOf(section).map(q => `${q.prompt} ${q.choices.join(' ')} ${answerText(q)} ${explanationText(q)}`).join(' ')
    return { ...entry, context: [entry.context, 'Check yourself:', text].filter(Boolean).join(' ') }
  })
}
