// The parts of the Japanese and Chinese fonts (app/fonts/families.ts) that a page needs: those that
// draw a character of its text which the Latin fonts do not. The deck's stylesheet imports the
// packages' whole CSS (styles/index.ts); in `npm run build` the site keeps the @font-face rules of the
// parts that draw a character of the project's own text (slides.md, data/, components/, app/), each
// listing only those characters (node/vite/cjk-fonts.ts), so the site carries those files and no other
// (the dev server serves them all). The reader edition keeps those of its own page
// (node/edition/edition.ts). Either way a browser fetches a part only when a page shows one of its
// characters.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { extname, join } from 'node:path'
import { CJK_FONTS } from '../../app/fonts/families'
import { PROJECT_ROOT } from '../deck/deck'

const require = createRequire(import.meta.url)

/**
 * The Latin text font (styles/index.ts imports its latin subset): what it draws needs no CJK part. The
 * subset's own stylesheet gives no unicode-range; the package's full one does.
 */
const LATIN = { css: '@fontsource/source-sans-3/400.css', file: 'source-sans-3-latin-400-normal.woff2' }
/** Where the text that pages show is written. */
const TEXT_SOURCES = ['slides.md', 'data', 'components', 'app']
const TEXT_FILE = new Set(['.md', '.ts', '.vue'])

const FACE = /@font-face\s*\{[^}]*\}/g
const UNICODE_RANGE = /unicode-range:\s*([^;}]+)/
const WOFF2_URL = /url\(\.\/files\/([\w-]+\.woff2)\)/
/** The WOFF fallback after the WOFF2 source: every browser that reads unicode-range reads WOFF2. */
const WOFF_FALLBACK = /,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/
const CODE_PREFIX = /^U\+/i
const LINE_BREAK = /\s*\n\s*/g

export type CodeRange = [number, number]

export interface FaceRule {
  /** The rule on one line, without the WOFF fallback. */
  css: string
  /** Its WOFF2 file, relative to the package's `files/` folder. */
  file: string
  ranges: CodeRange[]
}

/** `U+4e00-4e0a,U+3000,U+4??` as code point ranges. */
export function parseUnicodeRange(list: string): CodeRange[] {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().replace(CODE_PREFIX, '').split('-') as [string, string | undefined]
    if (to !== undefined)
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)]
    return [Number.parseInt(from.replaceAll('?', '0'), 16), Number.parseInt(from.replaceAll('?', 'f'), 16)]
  })
}

function inRanges(ranges: CodeRange[], code: number): boolean {
  return ranges.some(([low, high]) => code >= low && code <= high)
}

/** The @font-face rules of a fontsource stylesheet. */
export function faceRules(css: string): FaceRule[] {
  return [...css.matchAll(FACE)].map(([rule]) => {
    const file = WOFF2_URL.exec(rule)?.[1]
    const range = UNICODE_RANGE.exec(rule)?.[1]
    if (!file || !range)
      throw new Error(`A font stylesheet has a rule without a WOFF2 file or a unicode-range, which node/fonts/cjk.ts cannot read: ${rule.slice(0, 120)}`)
    return { css: rule.replace(WOFF_FALLBACK, '').replace(LINE_BREAK, ' '), file, ranges: parseUnicodeRange(range) }
  })
}

let latinRanges: CodeRange[] | undefined

/** The characters of `text` that the Latin text font does not draw, each once. */
export function beyondLatin(text: string): string {
  latinRanges ??= faceRules(readFileSync(require.resolve(LATIN.css), 'utf8')).find(rule => rule.file === LATIN.file)?.ranges
  if (!latinRanges)
    throw new Error(`${LATIN.css} has no rule for ${LATIN.file}: node/fonts/cjk.ts reads the Latin font's coverage from it.`)
  const ranges = latinRanges
  return [...new Set(text)].filter(char => !inRanges(ranges, char.codePointAt(0)!)).join('')
}

function hex(code: number): string {
  return code.toString(16).toUpperCase()
}

/**
 * The rules of `css` whose part draws one of the characters of `text`, each with its unicode-range cut
 * down to those characters: the browser needs no more to choose the part, and the stylesheet stays
 * small (the full lists of a font's parts are 100 KB).
 */
export function rulesFor(css: string, text: string): FaceRule[] {
  const codes = [...new Set(text)].map(char => char.codePointAt(0)!).sort((a, b) => a - b)
  return faceRules(css).flatMap((rule) => {
    const drawn = codes.filter(code => inRanges(rule.ranges, code))
    if (drawn.length === 0)
      return []
    const range = drawn.map(code => `U+${hex(code)}`).join(',')
    return [{ ...rule, css: rule.css.replace(UNICODE_RANGE, `unicode-range: ${range}`), ranges: drawn.map(code => [code, code] as CodeRange) }]
  })
}

/** The CJK fonts' rules for `text`, each with the absolute path of its file. */
export function cjkRules(text: string): Array<FaceRule & { path: string }> {
  const chars = beyondLatin(text)
  return CJK_FONTS.flatMap((font) => {
    const css = require.resolve(font.css)
    return rulesFor(readFileSync(css, 'utf8'), chars).map(rule => ({ ...rule, path: join(css, '..', 'files', rule.file) }))
  })
}

function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false }))
    return []
  if (statSync(path).isFile())
    return [path]
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).map(name => join(path, name)).filter(file => TEXT_FILE.has(extname(file)))
}

/** Every character of the files the pages' text is written in. */
export function projectText(root: string = PROJECT_ROOT): string {
  return [...new Set(TEXT_SOURCES.flatMap(source => filesUnder(join(root, source))).map(file => readFileSync(file, 'utf8')).join(''))].join('')
}
