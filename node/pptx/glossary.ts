// The glossary in the PowerPoint file's notes: after the editors' context and the cues, each slide's
// notes name the glossary terms its text mentions (read back from the slide as written), each with its
// Japanese and Chinese renderings; where they were read is in the reader edition's glossary.
import type { GlossaryId } from '../../data/glossary'
import type { NoteParagraph } from './notes'
import { termsIn } from '../../app/edition/terms'
import { glossary } from '../../data/glossary'
import { byId } from '../../data/ids'

export const TERMS_LABEL = 'Terms on this slide (their sources are in the reader edition’s glossary)'

/** `Okinawa: Japanese 沖縄; Chinese (simplified) 冲绳`, "not read" where there is none. */
export function termLine(id: GlossaryId): string {
  const term = byId(glossary, id)
  return `${term.en.text}: Japanese ${term.ja?.text ?? '(not read)'}; Chinese (simplified) ${term.zh?.text ?? '(not read)'}`
}

/**
 * The notes with the terms of each slide added; `slideTexts[i]` is the text of slide i + 1. A slide
 * without notes gets none (its notes part is not written), so that it is not the terms alone.
 */
export function withTerms(notes: NoteParagraph[][], slideTexts: string[]): NoteParagraph[][] {
  return notes.map((paragraphs, index) => {
    const terms = termsIn(slideTexts[index] ?? '')
    if (paragraphs.length === 0 || terms.length === 0)
      return paragraphs
    return [...paragraphs, { text: `${TERMS_LABEL}:`, label: true }, ...terms.map(id => ({ text: termLine(id) }))]
  })
}
