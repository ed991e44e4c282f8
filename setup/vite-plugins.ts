// Vite plugins for the static site (`npm run build`):
// - a relative base, so the built site works under any path on any static host (routing is by hash);
// - Slidev's print view is compiled in, and the virtual module `virtual:lecture-downloads` lists the
//   PDFs that `npm run build` (scripts/build.ts) prints from the site into its downloads/ folder;
// - the virtual module `virtual:lecture-context` gives the search the context for
//   students from the speaker notes (presenter cues left out) and the references it cites;
// - the virtual module `virtual:lecture-site` gives the cover and the last slide the address and the
//   QR code of the published site, when `npm run build -- --site-url <address>` names one (else null);
// - Slidev's menu buttons (sync and settings, in the navigation bar) wrap their icon button in a second
//   <button>: nested interactive controls (axe `nested-interactive`). The outer one becomes a <div>;
//   the click on the inner button still reaches it.
import type { Plugin } from 'vite'
import process from 'node:process'
import { defineVitePluginsSetup } from '@slidev/types'
import { DOWNLOADS_ENV, plannedDownloads } from '../app/downloads/downloads'
import { lectureContext } from '../app/node/context'
import { readDeck } from '../app/node/deck'
import { qrSvg, SITE_URL_ENV, siteAddress } from '../app/node/site-address'
import { DOWNLOADS_FOLDER, EDITION_FOLDER } from '../data/deck'

const VIRTUAL_ID = 'virtual:lecture-downloads'
const MENU_BUTTON = /@slidev\/client\/internals\/MenuButton\.vue$/
const OUTER_BUTTON = /<button (:class="\{ disabled \}" @click="value = !value")>([\s\S]*?)<\/button>/

/** MenuButton.vue's source with its outer <button> made a <div>; unchanged when Slidev changed it. */
export function unnestMenuButton(source: string): string {
  return source.replace(OUTER_BUTTON, '<div $1>$2</div>')
}
const RESOLVED_ID = `\0${VIRTUAL_ID}`
const CONTEXT_ID = 'virtual:lecture-context'
const RESOLVED_CONTEXT_ID = `\0${CONTEXT_ID}`

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
      return building ? { base: './' } : undefined
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
      return id === CONTEXT_ID ? RESOLVED_CONTEXT_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_CONTEXT_ID)
        return undefined
      const deck = await readDeck(options.entry)
      this.addWatchFile(deck.entry)
      // Citations link to the reader edition's list of references.
      const { slides, references } = lectureContext(deck.slides.map(slide => slide.note), n => `${EDITION_FOLDER}/#ref-${n}`)
      return `export const contexts = ${JSON.stringify(slides.map(slide => slide.html))}\nexport const references = ${JSON.stringify(references)}\n`
    },
    handleHotUpdate({ file, server }) {
      const module = server.moduleGraph.getModuleById(RESOLVED_CONTEXT_ID)
      if (module && file === options.entry)
        server.moduleGraph.invalidateModule(module)
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
  return [plugin, menuButtonFix, context, site]
})
