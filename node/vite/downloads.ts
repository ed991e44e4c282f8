// The virtual module `virtual:lecture-downloads`: the files that `npm run build` (node/build/build.ts) writes
// into the site's downloads/ folder after Vite is done, which the site links to; none under `npm run dev`.
import type { Plugin } from 'vite'
import process from 'node:process'
import { DOWNLOADS_ENV, plannedDownloads } from '../../app/downloads/downloads'
import { DOWNLOADS_FOLDER } from '../../data/deck'

const MODULE = 'virtual:lecture-downloads'
const RESOLVED = `\0${MODULE}`

export function downloadsModule(): Plugin {
  let building = false
  return {
    name: 'lecture:downloads',
    config(_config, env) {
      building = env.command === 'build'
    },
    resolveId: id => id === MODULE ? RESOLVED : undefined,
    load(id) {
      if (id !== RESOLVED)
        return undefined
      const list = building ? plannedDownloads(process.env[DOWNLOADS_ENV]).map(download => ({ ...download, href: `${DOWNLOADS_FOLDER}/${download.file}` })) : []
      return `export const downloads = ${JSON.stringify(list)}\n`
    },
  }
}
