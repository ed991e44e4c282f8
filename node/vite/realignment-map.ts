// The virtual module `virtual:realignment-map`: the map's drawing (node/map/draw.ts) as plain data,
// computed when the module is first loaded by the deck's build or the reader edition, so that the
// browser gets path data and numbers only.
import type { Plugin } from 'vite'

export const MAP_MODULE = 'virtual:realignment-map'
const RESOLVED = `\0${MAP_MODULE}`

export function realignmentMap(): Plugin {
  return {
    name: 'lecture:realignment-map',
    resolveId: id => id === MAP_MODULE ? RESOLVED : undefined,
    async load(id) {
      if (id !== RESOLVED)
        return undefined
      const { geometry } = await import('../map/geometry')
      return `export const geometry = ${JSON.stringify(geometry)}\n`
    },
  }
}
