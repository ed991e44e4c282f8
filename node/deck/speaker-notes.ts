import { escapeHtml } from '../../app/html'
import { byId } from '../../data/ids'
// The speaker notes as Slidev shows them (presenter view, notes page, overview, print of the notes):
// Slidev renders a slide's notes to HTML itself; this turns that HTML into what the lecturer reads. A
// presenter cue becomes a paragraph of its own class (the `Cue:` label dropped, the styles set it
// apart), and a citation `[@source-id, pinpoint]` the number the reader edition and the handout give
// that source (data/notes.ts). The notes in slides.md stay as written: only Slidev's HTML changes, so
// data/notes.ts and the notes editor of `npm run dev` still read the Markdown.
import { CITATION } from '../../data/notes'
import { sources } from '../../data/sources'

/** The class of a presenter cue's paragraph in the speaker notes. */
export const CUE_CLASS = 'lecture-cue'
/** The class of a numbered citation in the speaker notes. */
export const CITE_CLASS = 'lecture-cite'

// A paragraph that opens with `Cue:`, after the marker Slidev puts for a `[click]` (an empty span).
const CUE_OPENING = /<p>((?:<span class="slidev-note-click-mark"[^>]*><\/span>\s*)?)Cue:\s*/g

/**
 * Slidev's HTML of one slide's notes, with cues as cues and citations numbered by `numbers`
 * (data/notes.ts `referenceNumbers` over the whole deck). A citation of a source that has no number
 * (cited only in a cue, so in no reader's list) is an error, as it is in the reader edition.
 */
export function speakerNoteHtml(html: string, numbers: ReadonlyMap<string, number>): string {
  const cues = html.replace(CUE_OPENING, (_, marker: string) => `<p class="${CUE_CLASS}">${marker}`)
  // The pinpoint comes out of Slidev's renderer already escaped.
  return cues.replace(CITATION, (whole, source: string, at?: string) => {
    const n = numbers.get(source)
    if (n === undefined)
      throw new Error(`The speaker notes cite ${whole}, which no context paragraph cites: the reader edition and the handout have no number for it.`)
    return `<span class="${CITE_CLASS}" title="${escapeHtml(byId(sources, source).title)}">[${n}${at ? `, ${at.trim()}` : ''}]</span>`
  })
}
