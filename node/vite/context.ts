// The virtual modules `virtual:lecture-context` and `virtual:lecture-handout`: the context for students
// from the speaker notes (presenter cues left out, node/deck/context.ts) and the references it cites,
// for the search and the handout page. Their citations link to the edition's list or the handout's
// own; the handout's also gives the questions' explanations, their citations numbered in the same list.
// Made from Slidev's own parse of the deck, which under `npm run dev` is the last one that passed the check.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { EDITION_FOLDER } from '../../data/deck'
import { questions } from '../../data/questions'
import { lectureContext } from '../deck/context'

/** The modules, by id: where their citations link to. */
const MODULES: Record<string, (n: number) => string> = {
  'virtual:lecture-context': n => `${EDITION_FOLDER}/#ref-${n}`,
  'virtual:lecture-handout': n => `#ref-${n}`,
}
/** The module whose references also number the questions' explanations (the handout prints them). */
const WITH_EXPLANATIONS = 'virtual:lecture-handout'

export function contextModules(options: ResolvedSlidevOptions): Plugin {
  return {
    name: 'lecture:context',
    resolveId: id => id in MODULES ? `\0${id}` : undefined,
    load(id) {
      const refHref = MODULES[id.slice(1)]
      if (!id.startsWith('\0') || !refHref)
        return undefined
      const notes = options.data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled).map(slide => slide.note ?? '')
      const extra = id.slice(1) === WITH_EXPLANATIONS ? questions.map(q => ({ id: q.id, markdown: q.explanation })) : []
      const { slides, references, explanations } = lectureContext(notes, refHref, extra)
      return `export const contexts = ${JSON.stringify(slides.map(slide => slide.html))}\nexport const references = ${JSON.stringify(references)}\nexport const explanations = ${JSON.stringify(explanations)}\n`
    },
    handleHotUpdate({ file, server }) {
      if (file !== options.entry)
        return
      for (const id of Object.keys(MODULES)) {
        const module = server.moduleGraph.getModuleById(`\0${id}`)
        if (module)
          server.moduleGraph.invalidateModule(module)
      }
    },
  }
}
