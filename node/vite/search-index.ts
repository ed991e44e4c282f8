// The virtual module `virtual:lecture-search`: the search index (node/search/index.ts), built from
// Slidev's own parse of the deck, so that the site's search loads text and renders no slide. Under
// `npm run dev` it is built again after an edit of slides.md, or of the data and components that the
// slides' text comes from.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { resolve, sep } from 'node:path'
import { deckSlides } from '../deck/deck'
import { withEditionRenderer } from '../edition/ssr'
import { searchIndex } from '../search/index'

const ID = 'virtual:lecture-search'

export function lectureSearch(options: ResolvedSlidevOptions): Plugin {
  const sources = ['data', 'components'].map(folder => resolve(options.userRoot, folder) + sep)
  return {
    name: 'lecture:search-index',
    resolveId(id) {
      return id === ID ? `\0${ID}` : undefined
    },
    async load(id) {
      if (id !== `\0${ID}`)
        return undefined
      // Under `npm run dev`, the last parse that passed the deck's check (node/vite/deck-check.ts).
      const slides = deckSlides(options.data.slides)
      const entries = await withEditionRenderer(renderer => searchIndex(slides, renderer))
      return `export const entries = ${JSON.stringify(entries)}\n`
    },
    handleHotUpdate({ file, server }) {
      const module = server.moduleGraph.getModuleById(`\0${ID}`)
      const edited = resolve(file)
      if (module && (edited === resolve(options.entry) || sources.some(folder => edited.startsWith(folder))))
        server.moduleGraph.invalidateModule(module)
    },
  }
}
