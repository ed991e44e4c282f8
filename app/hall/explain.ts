// A question's explanation as plain text for the hall and the site: each citation `[@id, at]` written
// out as the source's short name (or title) and its passage, since these places carry no list of
// references to number against.
import type { Question } from '../../data/questions'
import { byId } from '../../data/ids'
import { CITATION } from '../../data/notes'
import { sources } from '../../data/sources'

export const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const

export function explanationText(question: Question): string {
  return question.explanation.replace(CITATION, (_whole, id: string, at?: string) => {
    const source = byId(sources, id)
    return `(source: ${source.short ?? source.title}${at ? `, ${at.trim()}` : ''})`
  })
}
