// Vite plugins for the static site (`npm run build`):
// - a relative base, so the built site works under any path on any static host (routing is by hash);
// - Slidev's print view is compiled in, and the virtual module `virtual:lecture-downloads` lists the
//   PDFs that `npm run build` (scripts/build.ts) prints from the site into its downloads/ folder;
// - the virtual module `virtual:lecture-handout` gives the handout page the context for students from
//   the speaker notes (presenter cues left out) and the references it cites, with citations linking to
//   the handout's own list, and the questions' explanations, their citations numbered in the same list
//   (the search has its own module, node/vite/search-index.ts);
// - the virtual module `virtual:lecture-site` gives the cover and the last slide the address and the
//   QR code of the published site, when `npm run build -- --site-url <address>` names one (else null);
// - Slidev's menu buttons (sync and settings, in the navigation bar) wrap their icon button in a second
//   <button>: nested interactive controls (axe `nested-interactive`). The outer one becomes a <div>;
//   the click on the inner button still reaches it;
// - the speaker notes as Slidev shows them (presenter view, notes page, overview, print of the notes):
//   cues set apart, citations numbered as in the reader edition (app/node/speaker-notes.ts). Slidev
//   renders the notes' HTML itself and no setup reaches its notes renderer, so the plugin rewrites that
//   HTML where Slidev hands it to the browser: the slide's data module (the built site, and the notes
//   page under `npm run dev`) and, under `npm run dev`, the slide's JSON and the HMR messages that carry
//   an edited note. The notes in slides.md are not touched (a preparser's `transformNote` would give the
//   rewritten text to the dev notes editor, which saves it back to slides.md);
// - in a build, the Japanese and Chinese fonts keep the parts that the project's text needs
//   (app/node/cjk-fonts.ts).
import type { Connect, Plugin } from 'vite'
import process from 'node:process'
import { defineVitePluginsSetup } from '@slidev/types'
import { DOWNLOADS_ENV, plannedDownloads } from '../app/downloads/downloads'
import { realignmentMap } from '../app/map/plugin'
import { cjkFontSubsets } from '../app/node/cjk-fonts'
import { lectureContext } from '../app/node/context'
import { qrSvg, SITE_URL_ENV, siteAddress } from '../app/node/site-address'
import { speakerNoteHtml } from '../app/node/speaker-notes'
import { audienceAddress } from '../app/node/vite/audience-address'
import { deckCheck } from '../app/node/vite/deck-check'
import { DOWNLOADS_FOLDER } from '../data/deck'
import { referenceNumbers } from '../data/notes'
import { questions } from '../data/questions'
import { lectureSearch } from '../node/vite/search-index'

const VIRTUAL_ID = 'virtual:lecture-downloads'
const MENU_BUTTON = /@slidev\/client\/internals\/MenuButton\.vue$/
const OUTER_BUTTON = /<button (:class="\{ disabled \}" @click="value = !value")>([\s\S]*?)<\/button>/

/** MenuButton.vue's source with its outer <button> made a <div>; unchanged when Slidev changed it. */
export function unnestMenuButton(source: string): string {
  return source.replace(OUTER_BUTTON, '<div $1>$2</div>')
}
const RESOLVED_ID = `\0${VIRTUAL_ID}`
/** The context for students, by module: where its citations link to (the handout's list). */
const CONTEXT_MODULES: Record<string, (n: number) => string> = {
  'virtual:lecture-handout': n => `#ref-${n}`,
}
/** The module whose references also number the questions' explanations (the handout prints them). */
const WITH_EXPLANATIONS = 'virtual:lecture-handout'
// Slidev's data module of slide n (`slides.md__slidev_n.frontmatter`), its `"noteHTML":"…"`, and the
// dev server's JSON of slide n.
const SLIDE_DATA = /__slidev_(\d+)\.frontmatter$/
const NOTE_HTML = /"noteHTML":("(?:[^"\\]|\\.)*")/
const SLIDE_JSON = /^\/__slidev\/slides\/(\d+)\.json$/

interface SlideNote { note?: string, noteHTML?: string }

export default defineVitePluginsSetup((options) => {
  let building = false
  const menuButtonFix: Plugin = {
    name: 'lecture:unnest-menu-button',
    enforce: 'pre',
    transform(code, id) {
      return MENU_BUTTON.test(id) ? unnestMenuButton(code) : undefined
    },
  }
  const plugin: Plugin = {
    name: 'lecture:static-site',
    config(_config, env) {
      building = env.command === 'build'
      // The bundler's report of its plugins' timings is not ours to act on: it buried the build's one line.
      return building ? { base: './', build: { rolldownOptions: { checks: { bundlerTimings: false } } } } : undefined
    },
    configResolved(config) {
      // Slidev compiles its print view (#/print) into a build only with `download` on, which would also
      // start Slidev's own export. The build's PDFs are printed from this view (scripts/build.ts).
      if (building)
        (config.define as Record<string, string>).__SLIDEV_FEATURE_PRINT__ = 'true'
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID)
        return undefined
      // The PDFs that scripts/build.ts will print into the site after Vite is done; none otherwise.
      const list = building ? plannedDownloads(process.env[DOWNLOADS_ENV]).map(download => ({ ...download, href: `${DOWNLOADS_FOLDER}/${download.file}` })) : []
      return `export const downloads = ${JSON.stringify(list)}\n`
    },
  }
  const context: Plugin = {
    name: 'lecture:context',
    resolveId(id) {
      return id in CONTEXT_MODULES ? `\0${id}` : undefined
    },
    async load(id) {
      const refHref = CONTEXT_MODULES[id.slice(1)]
      if (!id.startsWith('\0') || !refHref)
        return undefined
      // Slidev's own parse of the deck, which under `npm run dev` is the last one that passed the check.
      const notes = options.data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled).map(slide => slide.note ?? '')
      const extra = id.slice(1) === WITH_EXPLANATIONS ? questions.map(q => ({ id: q.id, markdown: q.explanation })) : []
      const { slides, references, explanations } = lectureContext(notes, refHref, extra)
      return `export const contexts = ${JSON.stringify(slides.map(slide => slide.html))}\nexport const references = ${JSON.stringify(references)}\nexport const explanations = ${JSON.stringify(explanations)}\n`
    },
    handleHotUpdate({ file, server }) {
      for (const id of Object.keys(CONTEXT_MODULES)) {
        const module = server.moduleGraph.getModuleById(`\0${id}`)
        if (module && file === options.entry)
          server.moduleGraph.invalidateModule(module)
      }
    },
  }
  const SITE_ID = 'virtual:lecture-site'
  const site: Plugin = {
    name: 'lecture:site-address',
    resolveId(id) {
      return id === SITE_ID ? `\0${SITE_ID}` : undefined
    },
    async load(id) {
      if (id !== `\0${SITE_ID}`)
        return undefined
      const url = building ? process.env[SITE_URL_ENV] : undefined
      if (!url)
        return 'export const site = null\n'
      const address = siteAddress(url)
      const svg = await qrSvg(address.edition, `QR code: ${address.edition}`)
      return `export const site = ${JSON.stringify({ ...address, svg })}\n`
    },
  }
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
  const speakerNotes: Plugin = {
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
  return [deckCheck(options), audienceAddress(options), lectureSearch(options), plugin, menuButtonFix, context, site, speakerNotes, realignmentMap(), cjkFontSubsets()]
})
