// The realignment map as drawn, from the drawing made at build time (virtual:realignment-map in the browser, node/map/geometry.ts in Node) and the
// moves of data/realignment.ts: where each inset's name goes, each move's arrows, each place's dot,
// numbered badge and name, the colours and the type. Layout, not fact. components/RealignmentMap.vue
// draws it on the slide (a move a click); node/pptx draws it as a picture (mapSvg).
import type { MapRegion, PlaceId, RealignmentMove } from '../../data/types'
import type { MapGeometry, MapPoint } from '../../node/map/draw'
import { byId } from '../../data/ids'
import { moves, places } from '../../data/realignment'
import { sources } from '../../data/sources'
import { escapeHtml } from '../html'

type Side = 'left' | 'right'
/**
 * Where each place's name goes, beside its dot: layout only. `dy` moves it down; `name: false` shows
 * the move's number alone (Guam, whose inset is labelled already).
 */
const LABELS: Record<PlaceId, { side: Side, dy?: number, name?: false }> = {
  'futenma': { side: 'right', dy: 20 },
  'camp-schwab': { side: 'left', dy: -14 },
  'kadena': { side: 'right' },
  'camp-zukeran': { side: 'right', dy: -4 },
  'makiminato': { side: 'right', dy: 30 },
  'guam': { side: 'left', name: false },
  'camp-zama': { side: 'right', dy: -2 },
  'sagami': { side: 'left' },
  'yokota': { side: 'left' },
  'fuchu': { side: 'right' },
  'atsugi': { side: 'left', dy: 8 },
  'iwakuni': { side: 'right', dy: -10 },
  'shariki': { side: 'left' },
  'chitose': { side: 'right' },
  'misawa': { side: 'right' },
  'hyakuri': { side: 'left' },
  'komatsu': { side: 'left' },
  'tsuiki': { side: 'right', dy: 12 },
  'nyutabaru': { side: 'right' },
}
/** Names shorter than the data's where the map is crowded. */
const MAP_NAMES: Partial<Record<PlaceId, string>> = { sagami: 'Sagami' }

export const BADGE_RADIUS = 10
const LAST_WORD = /\s\S+$/
/**
 * The drawing's colours and type as SVG attributes rather than scoped CSS, so that the reader edition
 * (rendered on the server, without the components' styles) draws the same map. The deck's palette.
 */
/** The map's type size, in the drawing's units (px on the slide). */
export const FONT_SIZE = 16
/** Map type as a style: UnoCSS (attributify) would read a `font-size="16"` attribute as its own utility. */
export const TYPE = { fontSize: `${FONT_SIZE}px` }
// No halo (a stroke) around the names: Chromium would print stroked text as unnamed Type 3 glyphs.
export const INK = { land: '#f0ede6', coast: '#9a9385', sea: '#eef2f6', frame: '#a9bfd6', accent: '#1f4e79', text: '#1d2430', muted: '#4a5566' }

export type MapDrawing = ReturnType<typeof mapDrawing>

/** The map as drawn from `geometry`. */
export function mapDrawing(geometry: MapGeometry) {
  function frameOf(id: string) {
    const frame = geometry.frames.find(f => f.id === id)
    if (!frame)
      throw new Error(`The map has no frame "${id}"`)
    return frame
  }

  function pointOf(id: PlaceId | MapRegion): MapPoint {
    const placed = id === 'okinawa' ? geometry.regions.okinawa : geometry.places[id]
    if (!placed)
      throw new Error(`The map has no point for "${id}"`)
    return placed.at
  }

  /** A curved arrow from `a` to `b`, bowed to its left by `bow` of its length. */
  function arc(a: MapPoint, b: MapPoint, bow = 0.25): string {
    const mx = (a.x + b.x) / 2
    const my = (a.y + b.y) / 2
    const cx = mx + (b.y - a.y) * bow
    const cy = my - (b.x - a.x) * bow
    return `M${a.x},${a.y} Q${cx.toFixed(1)},${cy.toFixed(1)} ${b.x},${b.y}`
  }

  interface Arrow {
    d: string
    /** A word at the arrow's end, where it leaves the map. */
    note?: { x: number, y: number, text: string }
  }

  /** The arrows of a move. Moves across frames get the map of Japan's points, or two stubs for Guam. */
  function arrowsOf(move: RealignmentMove): Arrow[] {
    if (!move.from || !move.to)
      return []
    const to = geometry.places[move.to]!
    if (move.from === 'okinawa') {
      // Okinawa and Guam are in two insets: an arrow leaves the one and enters the other.
      const okinawa = frameOf('okinawa')
      const guam = frameOf('guam')
      return [
        { d: arc({ x: okinawa.x + okinawa.width - 62, y: okinawa.y + 112 }, { x: okinawa.x + okinawa.width - 4, y: okinawa.y + 100 }, 0.2), note: { x: okinawa.x + okinawa.width - 6, y: okinawa.y + 86, text: 'to Guam' } },
        { d: arc({ x: guam.x + 6, y: guam.y + 8 }, { x: to.at.x - 6, y: to.at.y - 8 }, -0.2) },
      ]
    }
    const from = geometry.places[move.from]!
    if (from.frame === to.frame)
      return [{ d: arc(from.at, to.at, 0.35) }]
    return [{ d: arc(from.japan ?? from.at, to.japan ?? to.at, -0.3) }]
  }

  /** A place's dot, its numbered badge (none for a landmark) and its name beside them. */
  function placed(id: PlaceId, badged: boolean) {
    const at = pointOf(id)
    const label = LABELS[id]
    const left = label.side === 'left'
    const y = at.y + (label.dy ?? 0)
    const sign = left ? -1 : 1
    const badgeX = at.x + sign * (8 + BADGE_RADIUS)
    const textX = badged ? badgeX + sign * (BADGE_RADIUS + 4) : at.x + sign * 8
    return {
      id,
      at,
      name: label.name === false ? '' : (MAP_NAMES[id] ?? byId(places, id).name),
      badge: badged ? { x: badgeX, y } : undefined,
      text: { x: textX, y: y + 5.5, anchor: left ? 'end' as const : 'start' as const },
      leader: badged && Math.abs(label.dy ?? 0) > 12,
    }
  }

  // The moves as drawn: number, arrows, and each place's dot, badge and name; a landmark (the place a
  // move is told in relation to) with its dot and name only.
  const drawnMoves = moves.map((move, index) => ({
    move,
    number: index + 1,
    arrows: arrowsOf(move),
    places: [...move.places.map(id => placed(id, true)), ...(move.landmarks ?? []).map(id => placed(id, false))],
  }))

  /** Where each inset's name goes: a corner that its places leave free. Layout only. */
  const FRAME_LABELS: Record<string, 'top-left' | 'bottom-left' | 'bottom-right'> = { okinawa: 'top-left', kanto: 'bottom-right', guam: 'bottom-right' }

  // The insets, each with where its name goes.
  const insets = geometry.frames.filter(frame => frame.inset).map((frame) => {
    const corner = FRAME_LABELS[frame.id] ?? 'bottom-right'
    const right = corner.endsWith('right')
    return {
      ...frame,
      labelAt: {
        x: right ? frame.x + frame.width - 5 : frame.x + 5,
        y: corner.startsWith('top') ? frame.y + 18 : frame.y + frame.height - 6,
        anchor: right ? 'end' as const : 'start' as const,
      },
    }
  })
  const japan = frameOf('japan')

  return { geometry, frameOf, drawnMoves, insets, japan }
}

/**
 * Each source once, in the order the moves cite them, by its short name; names that differ only in
 * their last word (the year of a white paper) are joined: "Defense of Japan 2006, 2007".
 */
export const sourceNames = (() => {
  const names = [...new Set(moves.flatMap(move => move.sources.map(ref => byId(sources, ref.source).short ?? byId(sources, ref.source).title)))]
  const joined: string[] = []
  for (const name of names) {
    const stem = name.replace(LAST_WORD, '')
    const index = joined.findIndex(j => j.startsWith(`${stem} `))
    if (index >= 0 && stem !== name)
      joined[index] = `${joined[index]}, ${name.slice(stem.length + 1)}`
    else
      joined.push(name)
  }
  return joined
})()

export const SVG_MARGIN = 30

/** A word or number on the map, as mapSvg draws it: in Source Sans 3 at FONT_SIZE. */
export interface MapLabel {
  x: number
  /** The baseline. */
  y: number
  text: string
  anchor: 'start' | 'middle' | 'end'
  weight: 400 | 600 | 700
  italic: boolean
  fill: string
}

/** How mapSvg draws a label: as SVG text by default (node/pptx/picture.ts draws outlines instead). */
export type DrawLabel = (label: MapLabel) => string

/** A label as SVG text, set in whatever font the viewer has for Source Sans 3. */
export const svgText: DrawLabel = ({ x, y, text, anchor, weight, italic, fill }) =>
  `<text x="${x}" y="${y}" font-size="${FONT_SIZE}" font-family="Source Sans 3, sans-serif" text-anchor="${anchor}"${weight === 400 ? '' : ` font-weight="${weight}"`}${italic ? ' font-style="italic"' : ''} fill="${fill}">${escapeHtml(text)}</text>`

/**
 * The whole map, every move shown, as an SVG document: for a picture where no browser draws it. Each
 * label is drawn by `drawLabel`.
 */
export function mapSvg({ geometry, frameOf, drawnMoves, insets, japan }: MapDrawing, drawLabel: DrawLabel = svgText): string {
  const note = (x: number, y: number, text: string, anchor: MapLabel['anchor']) => drawLabel({ x, y, text, anchor, weight: 400, italic: true, fill: INK.muted })
  const parts = [
    // A margin each side: where the deck's font is missing, a wider one's names may run past the frames.
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-SVG_MARGIN} 0 ${geometry.width + 2 * SVG_MARGIN} ${geometry.height}" width="${geometry.width + 2 * SVG_MARGIN}" height="${geometry.height}">`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${INK.accent}"/></marker></defs>`,
    `<path d="${japan.land}" fill="${INK.land}" stroke="${INK.coast}" stroke-width="0.6"/>`,
    ...geometry.locators.map((l) => {
      const f = frameOf(l.frame)
      return `<rect x="${l.x}" y="${l.y}" width="${l.width}" height="${l.height}" fill="none" stroke="${INK.accent}" stroke-width="1.2"/><line x1="${l.x}" y1="${l.y + l.height}" x2="${f.x}" y2="${f.y}" stroke="${INK.frame}"/><line x1="${l.x + l.width}" y1="${l.y + l.height}" x2="${f.x + f.width}" y2="${f.y}" stroke="${INK.frame}"/>`
    }),
    ...insets.map(f => `<rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="${INK.sea}"/><path d="${f.land}" fill="${INK.land}" stroke="${INK.coast}" stroke-width="0.6"/><rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="none" stroke="${INK.frame}" stroke-width="1.5"/>${note(f.labelAt.x, f.labelAt.y, f.label, f.labelAt.anchor)}`),
    ...drawnMoves.flatMap(item => [
      ...item.arrows.map(a => `<path d="${a.d}" fill="none" stroke="${INK.accent}" stroke-width="2.5" marker-end="url(#arrow)"/>${a.note ? note(a.note.x, a.note.y, a.note.text, 'end') : ''}`),
      ...item.places.map(p => `${p.leader && p.badge ? `<line x1="${p.at.x}" y1="${p.at.y}" x2="${p.badge.x}" y2="${p.badge.y}" stroke="${INK.muted}"/>` : ''}<circle cx="${p.at.x}" cy="${p.at.y}" r="4" fill="${INK.text}"/>${p.badge ? `<circle cx="${p.badge.x}" cy="${p.badge.y}" r="${BADGE_RADIUS}" fill="${INK.accent}"/>${drawLabel({ x: p.badge.x, y: p.badge.y + 5.5, text: String(item.number), anchor: 'middle', weight: 700, italic: false, fill: '#fff' })}` : ''}${p.name ? drawLabel({ x: p.text.x, y: p.text.y, text: p.name, anchor: p.text.anchor, weight: 600, italic: false, fill: INK.text }) : ''}`),
    ]),
    '</svg>',
  ]
  return parts.join('')
}
