// The map's drawing as a module, for code that runs in Node (the build's plugin, the PowerPoint writer,
// the unit tests through vitest.config.ts): what `virtual:realignment-map` gives the browser.
// Drawing it from Natural Earth's coastlines is slow next to reading a file, and a build draws it in
// two processes (Slidev's build, and ours for the reader edition and the PowerPoint file). The drawing is
// kept in node_modules/.cache/ under a hash of all it is drawn from: the places, node/map/draw.ts and
// the versions of the packages it draws with. Any change to those draws it again.
import type { MapGeometry } from './draw'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { places } from '../../data/realignment'
import { mapGeometry } from './draw'

/** The packages node/map/draw.ts draws with: the coastlines and the projection. */
const DRAWN_WITH = ['world-atlas', 'd3-geo', 'topojson-client']
const ROOT = resolve(import.meta.dirname, '../..')

function cachedGeometry(): MapGeometry {
  const versions = DRAWN_WITH.map(name => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version)
  const code = readFileSync(join(ROOT, 'node/map/draw.ts'), 'utf8')
  const key = createHash('sha256').update(JSON.stringify([places, versions, code])).digest('hex').slice(0, 16)
  const dir = join(ROOT, 'node_modules/.cache/lecture-map')
  const file = join(dir, `${key}.json`)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as MapGeometry
  }
  catch {
    const drawn = mapGeometry(places)
    // Written under a temporary name, then renamed: a process reading it never sees half a file. Where
    // node_modules/ cannot be written, the drawing is simply made again next time.
    try {
      mkdirSync(dir, { recursive: true })
      const temp = `${file}.${process.pid}.partial`
      writeFileSync(temp, JSON.stringify(drawn))
      renameSync(temp, file)
    }
    catch {}
    return drawn
  }
}

export const geometry = cachedGeometry()
