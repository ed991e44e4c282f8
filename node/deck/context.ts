// The context for students, ready for every output that shows it (reader edition, search, handout): each
// slide's context paragraphs as HTML with numbered citations, and the list of references they cite.
// Presenter cues are left out here, once, so no output can show them.
import type { Source } from '../../data/types'
import MarkdownIt from 'markdown-it'
import { escapeHtml } from '../../app/html'
import { byId } from '../../data/ids'
import { contextBlocks, referenceNumbers, replaceCitations } from '../../data/notes'
import { sources } from '../../data/sources'

export interface SlideContext {
  no: number
  /** The slide's context as HTML ('' when the slide has none). */
  html: string
}

export interface Reference {
  n: number
  source: Source
}

export interface LectureContext {
  slides: SlideContext[]
  references: Reference[]
  /** Each explanation asked for, by its id, as HTML with the same numbered citations. */
  explanations: Record<string, string>
}

/** Other text of the editors' with citations (a question's explanation), by id. */
export interface CitedText {
  id: string
  markdown: string
}

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false })

/**
 * The context of every slide. `notes[i]` are the speaker notes of slide i + 1; `refHref(n)` is where a
 * citation of reference n links to (the edition and the handout address their lists differently).
 * `extra` (the questions' explanations, in the handout) is numbered after the notes, so that the notes'
 * numbers stay those of every other output; a source that only `extra` cites is added at the end.
 */
export function lectureContext(notes: string[], refHref: (n: number) => string, extra: CitedText[] = []): LectureContext {
  const numbers = referenceNumbers([...notes, ...extra.map(text => text.markdown)])
  const cite = (n: number, at?: string): string =>
    `<a class="cite" href="${escapeHtml(refHref(n))}">[${n}${at ? `, ${escapeHtml(at)}` : ''}]</a>`
  const slides = notes.map((note, index) => {
    const blocks = contextBlocks(note)
    const text = blocks.map(block => replaceCitations(block.markdown, numbers, cite)).join('\n\n')
    return { no: index + 1, html: text ? markdown.render(text) : '' }
  })
  const references = [...numbers].map(([id, n]) => ({ n, source: byId(sources, id) }))
  const explanations = Object.fromEntries(extra.map(text => [text.id, markdown.render(replaceCitations(text.markdown, numbers, cite))]))
  return { slides, references, explanations }
}
