// The realignment map's drawing, made at build time: Natural Earth coastlines (the world-atlas
// package) projected with d3-geo into SVG path data, for a map of Japan and three insets (Okinawa
// Island, the Kanto plain, Guam), and every place of data/realignment.ts as a point in the SVG's
// coordinates. Only these strings and numbers reach the browser, through the virtual module
// `virtual:realignment-map` (node/vite/realignment-map.ts); no map library and no TopoJSON does.
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo'
import type { Topology } from 'topojson-specification'
import type { MapPlace, MapRegion, PlaceId } from '../../data/types'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoMercator, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'

export type FrameId = 'japan' | 'okinawa' | 'kanto' | 'guam'

/** Where a frame sits in the SVG, what it shows and how closely. Layout, not fact. */
interface FrameSpec {
  id: FrameId
  label: string
  x: number
  y: number
  width: number
  height: number
  /** The point of the earth at the frame's centre: [longitude, latitude]. */
  center: [number, number]
  /** d3's Mercator scale: pixels per radian of longitude. */
  scale: number
  /** Natural Earth's scale: 50m for the whole country, 10m for a close-up. */
  detail: '50m' | '10m'
  /** Natural Earth's names of the countries drawn. */
  countries: string[]
}

export const MAP_WIDTH = 390
export const MAP_HEIGHT = 420

/** The insets come first: a place inside one is drawn there, and on the map of Japan too when it fits. */
const FRAMES: FrameSpec[] = [
  { id: 'okinawa', label: 'Okinawa Island', x: 0, y: 0, width: 180, height: 215, center: [127.83, 26.42], scale: 22000, detail: '10m', countries: ['Japan'] },
  { id: 'kanto', label: 'Around Tokyo', x: 190, y: 318, width: 200, height: 102, center: [139.45, 35.59], scale: 11000, detail: '10m', countries: ['Japan'] },
  { id: 'guam', label: 'Guam', x: 310, y: 236, width: 80, height: 90, center: [144.8, 13.45], scale: 9000, detail: '10m', countries: ['Guam'] },
  { id: 'japan', label: 'Japan', x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT, center: [137.6, 38.4], scale: 1330, detail: '50m', countries: ['Japan'] },
]

export interface MapFrame extends Pick<FrameSpec, 'id' | 'label' | 'x' | 'y' | 'width' | 'height'> {
  /** The coastline as SVG path data. */
  land: string
  inset: boolean
}

export interface MapPoint {
  x: number
  y: number
}

export interface MapGeometry {
  width: number
  height: number
  frames: MapFrame[]
  /** Each place in the frame it is drawn in (an inset where there is one), and on the map of Japan. */
  places: Record<string, { frame: FrameId, at: MapPoint, japan?: MapPoint }>
  /** A region an arrow leaves from: the middle of its inset. */
  regions: Record<MapRegion, { frame: FrameId, at: MapPoint }>
  /** On the map of Japan, the outline of the area an inset shows (only where it lies on that map). */
  locators: Array<{ frame: FrameId, x: number, y: number, width: number, height: number }>
}

const require = createRequire(import.meta.url)
const atlases = new Map<string, Topology>()
function atlas(detail: FrameSpec['detail']): Topology {
  if (!atlases.has(detail))
    atlases.set(detail, JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${detail}.json`), 'utf8')) as Topology)
  return atlases.get(detail)!
}

function countryShapes(detail: FrameSpec['detail'], names: string[]): GeoPermissibleObjects {
  const topology = atlas(detail)
  const all = feature(topology, topology.objects.countries!) as unknown as GeoJSON.FeatureCollection
  const found = all.features.filter(f => names.includes(String(f.properties?.name)))
  if (found.length !== names.length)
    throw new Error(`Natural Earth ${detail} lacks ${names.filter(n => !found.some(f => f.properties?.name === n)).join(', ')}`)
  return { type: 'FeatureCollection', features: found }
}

function projectionOf(frame: FrameSpec): GeoProjection {
  return geoMercator()
    .center(frame.center)
    .scale(frame.scale)
    .translate([frame.x + frame.width / 2, frame.y + frame.height / 2])
    .clipExtent([[frame.x, frame.y], [frame.x + frame.width, frame.y + frame.height]])
}

const round = (n: number) => Math.round(n * 10) / 10

const CLOSE = /Z$/

/**
 * Coastline path data in whole units of the drawing (a CSS pixel where the map is shown at its own
 * size; Natural Earth's coasts are coarser than that): a point that rounds onto the one before it is
 * left out, and a ring that shrinks below three points (an islet under a pixel) with it. The drawing
 * goes inline into the reader edition's page, so its bytes are the page's.
 */
export function wholeUnits(path: string): string {
  return path.split('M').filter(Boolean).map((ring) => {
    const points = ring.trim().replace(CLOSE, '').split('L').map(p => p.split(',').map(n => Math.round(Number(n))).join(','))
    const kept = points.filter((p, i) => i === 0 || p !== points[i - 1])
    if (kept.length > 1 && kept.at(-1) === kept[0])
      kept.pop()
    return kept.length < 3 ? '' : `M${kept.join('L')}${ring.trim().endsWith('Z') ? 'Z' : ''}`
  }).join('')
}

function inside(frame: FrameSpec, [x, y]: [number, number], margin = 0): boolean {
  return x >= frame.x + margin && x <= frame.x + frame.width - margin && y >= frame.y + margin && y <= frame.y + frame.height - margin
}

/** The drawing of the map for the given places; throws when a place falls in no frame. */
export function mapGeometry(places: MapPlace[]): MapGeometry {
  const projections = new Map(FRAMES.map(frame => [frame.id, projectionOf(frame)]))
  const japan = FRAMES.find(f => f.id === 'japan')!
  const frames: MapFrame[] = FRAMES.map(frame => ({
    id: frame.id,
    label: frame.label,
    x: frame.x,
    y: frame.y,
    width: frame.width,
    height: frame.height,
    land: wholeUnits(geoPath(projections.get(frame.id)!)(countryShapes(frame.detail, frame.countries)) ?? ''),
    inset: frame.id !== 'japan',
  }))
  const placed: MapGeometry['places'] = {}
  for (const place of places) {
    const onJapan = projections.get('japan')!([place.lon, place.lat])
    const japanPoint = onJapan && inside(japan, onJapan, 4) ? { x: round(onJapan[0]), y: round(onJapan[1]) } : undefined
    const inset = FRAMES.filter(f => f.id !== 'japan').find((frame) => {
      const p = projections.get(frame.id)!([place.lon, place.lat])
      return p && inside(frame, p, 4)
    })
    const frame = inset ?? (japanPoint ? japan : undefined)
    if (!frame)
      throw new Error(`The map has no frame for ${place.name} (${place.lat}, ${place.lon})`)
    const [x, y] = projections.get(frame.id)!([place.lon, place.lat])!
    placed[place.id as PlaceId] = { frame: frame.id, at: { x: round(x), y: round(y) }, japan: japanPoint }
  }
  const okinawa = FRAMES.find(f => f.id === 'okinawa')!
  const locators = FRAMES.filter(f => f.id !== 'japan').flatMap((frame) => {
    const p = projections.get(frame.id)!
    const corners = [p.invert!([frame.x, frame.y]), p.invert!([frame.x + frame.width, frame.y + frame.height])]
    const [a, b] = corners.map(c => c && projections.get('japan')!(c as [number, number]))
    if (!a || !b || !inside(japan, a) || !inside(japan, b))
      return []
    return [{ frame: frame.id, x: round(a[0]), y: round(a[1]), width: round(b[0] - a[0]), height: round(b[1] - a[1]) }]
  })
  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    frames,
    places: placed,
    regions: { okinawa: { frame: 'okinawa', at: { x: okinawa.x + okinawa.width / 2, y: okinawa.y + okinawa.height / 2 } } },
    locators,
  }
}
