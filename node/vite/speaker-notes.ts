// The speaker notes as Slidev shows them (presenter view, notes page, overview, print of the notes):
// cues set apart, citations numbered as in the reader edition (node/deck/speaker-notes.ts). Slidev
// renders the notes' HTML itself and no setup reaches its notes renderer, so the plugin rewrites that
// HTML where Slidev hands it to the browser: the slide's data module (the built site, and the notes
// page under `npm run dev`) and, under `npm run dev`, the slide's JSON and the HMR messages that carry
// an edited note. The notes in slides.md are not touched (a preparser's `transformNote` would give the
// rewritten text to the dev notes editor, which saves it back to slides.md).
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Connect, Plugin } from 'vite'
import { referenceNumbers } from '../../data/notes'
import { speakerNoteHtml } from '../deck/speaker-notes'

// Slidev's data module of slide n (`slides.md__slidev_n.frontmatter`), its `"noteHTML":"…"`, and the
// dev server's JSON of slide n.
const SLIDE_DATA = /__slidev_(\d+)\.frontmatter$/
const NOTE_HTML = /"noteHTML":("(?:[^"\\]|\\.)*")/
const SLIDE_JSON = /^\/__slidev\/slides\/(\d+)\.json$/

interface SlideNote { note?: string, noteHTML?: string }

export function speakerNotes(options: ResolvedSlidevOptions): Plugin {
  // Numbered over the notes Slidev has loaded (as readDeck reads them), with the note of the slide
  // being updated as it now reads: Slidev sends an edited note before it stores it.
  const withNotesView = <T extends SlideNote>(slide: T, no: number): T => {
    if (!slide.noteHTML)
      return slide
    const notes = options.data.slides.map((s, i) => (i + 1 === no && slide.note !== undefined ? slide.note : s.note) ?? '')
    return { ...slide, noteHTML: speakerNoteHtml(slide.noteHTML, referenceNumbers(notes)) }
  }
  const slideJson: Connect.NextHandleFunction = (req, res, next) => {
    const no = SLIDE_JSON.exec(req.url ?? '')?.[1]
    if (!no)
      return next()
    // Slidev's handler writes the slide's JSON and ends the response: collect it, rewrite, send.
    let body = ''
    const end = res.end.bind(res) as (chunk?: string) => typeof res
    res.write = ((chunk: unknown) => {
      body += String(chunk)
      return true
    }) as typeof res.write
    res.end = ((chunk?: unknown) => {
      if (chunk)
        body += String(chunk)
      return end(body && res.statusCode === 200 ? JSON.stringify(withNotesView(JSON.parse(body) as SlideNote, Number(no))) : body)
    }) as typeof res.end
    next()
  }
  return {
    name: 'lecture:speaker-notes',
    transform(code, id) {
      const no = SLIDE_DATA.exec(id)?.[1]
      if (!no)
        return undefined
      return code.replace(NOTE_HTML, (_, json: string) =>
        `"noteHTML":${JSON.stringify(withNotesView({ noteHTML: JSON.parse(json) as string }, Number(no)).noteHTML)}`)
    },
    configureServer(server) {
      // Before Slidev's own handler of the slide JSON, which ends the response.
      server.middlewares.stack.unshift({ route: '', handle: slideJson })
      const hot = server.hot
      const send = hot.send.bind(hot) as (...args: unknown[]) => void
      hot.send = ((...args: unknown[]) => {
        const [event, data] = args
        if (event === 'slidev:update-note') {
          const update = data as SlideNote & { no: number }
          return send(event, withNotesView(update, update.no))
        }
        if (event === 'slidev:update-slide') {
          const update = data as { no: number, data: SlideNote }
          return send(event, { ...update, data: withNotesView(update.data, update.no) })
        }
        return send(...args)
      }) as typeof hot.send
    },
  }
}
