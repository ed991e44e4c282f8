// The virtual module `virtual:realignment-map`: the map's drawing (app/node/map.ts) as plain data,
// computed when the module is first loaded by the deck's build, the reader edition or the unit tests.
import type { Plugin } from 'vite'
import { places } from '../../data/realignment'
import { mapGeometry } from '../node/map'

export const MAP_MODULE = 'virtual:realignment-map'
const RESOLVED = `\0${MAP_MODULE}`

export function realignmentMap(): Plugin {
  return {
    name: 'lecture:realignment-map',
    resolveId: id => id === MAP_MODULE ? RESOLVED : undefined,
    load: id => id === RESOLVED ? `export const geometry = ${JSON.stringify(mapGeometry(places))}\n` : undefined,
  }
}
