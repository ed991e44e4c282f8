// The context for students, ready for every output that shows it (reader edition, search, handout): each
// slide's context paragraphs as HTML with numbered citations, and the list of references they cite.
// Presenter cues are left out here, once, so no output can show them.
import type { Source } from '../../data/types'
import MarkdownIt from 'markdown-it'
import { contextBlocks, referenceNumbers, replaceCitations } from '../../data/notes'
import { getSource } from '../../data/sources'
import { escapeHtml } from './html'

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
}

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false })

/**
 * The context of every slide. `notes[i]` are the speaker notes of slide i + 1; `refHref(n)` is where a
 * citation of reference n links to (the edition and the handout address their lists differently).
 */
export function lectureContext(notes: string[], refHref: (n: number) => string): LectureContext {
  const numbers = referenceNumbers(notes)
  const cite = (n: number, at?: string): string =>
    `<a class="cite" href="${escapeHtml(refHref(n))}">[${n}${at ? `, ${escapeHtml(at)}` : ''}]</a>`
  const slides = notes.map((note, index) => {
    const blocks = contextBlocks(note)
    const text = blocks.map(block => replaceCitations(block.markdown, numbers, cite)).join('\n\n')
    return { no: index + 1, html: text ? markdown.render(text) : '' }
  })
  const references = [...numbers].map(([id, n]) => ({ n, source: getSource(id) }))
  return { slides, references }
}
