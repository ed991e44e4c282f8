// The virtual module `virtual:lecture-handout`: the context for students from the speaker notes
// (presenter cues left out, node/deck/context.ts) and the references it cites, for the handout page,
// its citations linking to the handout's own list; and the questions' explanations, their citations
// numbered in the same list. (The search has its own module, node/vite/search-index.ts.)
// Made from Slidev's own parse of the deck, which under `npm run dev` is the last one that passed the check.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { questions } from '../../data/questions'
import { lectureContext } from '../deck/context'

const MODULE = 'virtual:lecture-handout'
const RESOLVED = `\0${MODULE}`

export function handoutContext(options: ResolvedSlidevOptions): Plugin {
  return {
    name: 'lecture:context',
    resolveId: id => id === MODULE ? RESOLVED : undefined,
    load(id) {
      if (id !== RESOLVED)
        return undefined
      const notes = options.data.slides.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled).map(slide => slide.note ?? '')
      const extra = questions.map(q => ({ id: q.id, markdown: q.explanation }))
      const { slides, references, explanations } = lectureContext(notes, n => `#ref-${n}`, extra)
      return `export const contexts = ${JSON.stringify(slides.map(slide => slide.html))}\nexport const references = ${JSON.stringify(references)}\nexport const explanations = ${JSON.stringify(explanations)}\n`
    },
    handleHotUpdate({ file, server }) {
      if (file !== options.entry)
        return
      const module = server.moduleGraph.getModuleById(RESOLVED)
      if (module)
        server.moduleGraph.invalidateModule(module)
    },
  }
}
