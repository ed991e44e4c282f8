// The map's drawing as a module, for code that runs in Node (the unit tests, through vitest.config.ts):
// what `virtual:realignment-map` gives the browser.
import { places } from '../../data/realignment'
import { mapGeometry } from '../node/map'

export const geometry = mapGeometry(places)
