// The map as a picture in the PowerPoint file (see docs/outputs.md, "PowerPoint file for colleagues"): a
// .pptx cannot carry fonts, and a client that lacks Source Sans 3 sets an SVG's text in a wider font
// whose names run into each other. So the picture's labels are drawn as outlines of the deck's own
// font files (fontkit shapes them, with the font's kerning and ligatures, as a browser does), and the
// PNG that a client without SVG support shows instead is rendered from that SVG here (resvg), as
// pptxgenjs cannot in Node.
import type { Font } from 'fontkit'
import type { Buffer } from 'node:buffer'
import type { DrawLabel, MapLabel } from '../../app/map/drawing'
import { createRequire } from 'node:module'
import { Resvg } from '@resvg/resvg-js'
import { openSync } from 'fontkit'
import { FONT_SIZE } from '../../app/map/drawing'

/** The faces the map's labels use, the files the deck loads for them (styles/index.css). */
const FACE_FILES: Record<string, string> = {
  '400-italic': '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2',
  '600-normal': '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2',
  '700-normal': '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
}

const faces = new Map<string, Font>()

function face(label: MapLabel): { font: Font, file: string } {
  const key = `${label.weight}-${label.italic ? 'italic' : 'normal'}`
  const file = FACE_FILES[key]
  if (!file)
    throw new Error(`The map's label "${label.text}" is set in Source Sans 3 ${key}, which node/pptx/picture.ts has no file for (it has ${Object.keys(FACE_FILES).join(', ')}).`)
  let font = faces.get(key)
  if (!font) {
    font = openSync(createRequire(import.meta.url).resolve(file)) as Font
    faces.set(key, font)
  }
  return { font, file }
}

/** A label as the outlines of its glyphs: one path, placed as `text-anchor` would place the text. */
export const outlinedLabel: DrawLabel = (label) => {
  const { font, file } = face(label)
  const missing = [...label.text].filter(char => !font.hasGlyphForCodePoint(char.codePointAt(0)!))
  if (missing.length > 0)
    throw new Error(`The map's label "${label.text}" has characters (${missing.join(' ')}) that ${file} does not have: use the Latin letters it has, or add the file of their subset to node/pptx/picture.ts.`)
  const run = font.layout(label.text)
  const scale = FONT_SIZE / font.unitsPerEm
  const width = run.advanceWidth * scale
  let pen = label.x - (label.anchor === 'middle' ? width / 2 : label.anchor === 'end' ? width : 0)
  const d = run.glyphs.map((glyph, i) => {
    const position = run.positions[i]!
    const outline = glyph.path.transform(scale, 0, 0, -scale, pen + position.xOffset * scale, label.y - position.yOffset * scale).toSVG()
    pen += position.xAdvance * scale
    return outline
  }).join('')
  return `<path d="${d}" fill="${label.fill}"/>`
}

/** How much larger than its own size (px) an SVG picture's PNG fallback is rendered. */
export const PNG_SCALE = 2

/**
 * The PNG a client without SVG support shows in place of `svg`. Its text must be outlines already:
 * rendered here without any font, a `<text>` would be left out. `where` names the picture.
 */
export function pngFallback(svg: string, where: string): Buffer {
  if (svg.includes('<text'))
    throw new Error(`The SVG picture on ${where} has <text>: draw its labels as outlines (outlinedLabel in node/pptx/picture.ts), so that no client substitutes a font and its PNG fallback has them.`)
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: PNG_SCALE }, font: { loadSystemFonts: false } }).render().asPng()
}
