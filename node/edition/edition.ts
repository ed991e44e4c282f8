import type { EditionFonts } from '../../app/edition/render'
// Writes the reader edition into the built site (reader/index.html and the font files it uses). The
// page is rendered by app/edition/render.ts, loaded through Vite's SSR loader (node/edition/ssr.ts).
import type { OutputId } from '../../data/deck'
import type { Deck } from '../deck/deck'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import subsetFont from 'subset-font'
import { DOWNLOADS_FOLDER, EDITION_FOLDER, OUTPUTS } from '../../data/deck'
import { GLOSSARY_PAGE } from '../../data/glossary'
import { lectureContext } from '../deck/context'
import { cjkRules } from '../fonts/cjk'
import { editionReferences } from './references'
import { withEditionRenderer } from './ssr'

/**
 * The Latin faces the edition uses, and no other: body text, its bold, the serif headings. Cut to the
 * page's characters and preloaded; the parts of the CJK fonts that its text needs follow
 * (node/fonts/cjk.ts), not preloaded.
 */
const FACES = [
  { family: 'Source Sans 3', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2' },
  { family: 'Source Sans 3', weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2' },
  { family: 'Source Serif 4', weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2' },
]

const CHARACTER_REFERENCE = /&#(?:(\d+)|x([\da-f]+));/gi

/**
 * The characters a page may draw with the Latin faces: every one in its markup (a superset of its text,
 * the map's labels included), those it writes as numeric references, the no-break space, and all of
 * printable ASCII, which list numbers are made of. Cut to these, each face is about half its size,
 * and fits in the first round trip of a new connection on a slow phone network.
 */
export function pageCharacters(html: string): string {
  const referenced = [...html.matchAll(CHARACTER_REFERENCE)].map(([, dec, hex]) => String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16)))
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  return [...new Set([...ascii, '\u00A0', ...html, ...referenced])].join('')
}

export interface EditionResult {
  path: string
  bytes: number
}

export async function writeEdition(outDir: string, deck: Deck, downloads: OutputId[]): Promise<EditionResult> {
  const folder = join(outDir, EDITION_FOLDER)
  await mkdir(join(folder, 'fonts'), { recursive: true })
  const require = createRequire(import.meta.url)
  const fonts = async (text: string): Promise<EditionFonts> => {
    const characters = pageCharacters(text)
    const latin = await Promise.all(FACES.map(async (face) => {
      const bytes = await subsetFont(await readFile(require.resolve(face.file)), characters, { targetFormat: 'woff2' })
      // Named by its content: the edition and the glossary page each have their own cut.
      const name = `${face.file.split('/').pop()!.replace('.woff2', '')}-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`
      await writeFile(join(folder, 'fonts', name), bytes)
      return { name, css: `@font-face { font-family: '${face.family}'; font-style: normal; font-weight: ${face.weight}; font-display: swap; src: url('fonts/${name}') format('woff2'); }` }
    }))
    const cjk = await Promise.all(cjkRules(text).map(async (rule) => {
      await copyFile(rule.path, join(folder, 'fonts', rule.file))
      return rule.css.replace(`./files/${rule.file}`, `fonts/${rule.file}`)
    }))
    return { css: [...latin.map(face => face.css), ...cjk].join('\n'), preload: latin.map(face => `fonts/${face.name}`) }
  }
  return withEditionRenderer(async ({ renderEdition, renderGlossaryPage }) => {
    const context = lectureContext(deck.slides.map(slide => slide.note), n => `#ref-${n}`)
    const html = await renderEdition({
      deck,
      contexts: context.slides,
      references: context.references,
      downloads: downloads.map(id => ({ label: OUTPUTS[id].label, description: OUTPUTS[id].description, href: `../${DOWNLOADS_FOLDER}/${OUTPUTS[id].file}` })),
      // The reference files are written into downloads/ by every build (node/build/build.ts).
      referenceFormats: editionReferences(context.references, `../${DOWNLOADS_FOLDER}/`),
      deckHref: '../',
      fonts,
    })
    const path = join(folder, 'index.html')
    await writeFile(path, html)
    // The glossary as a page of its own beside the edition (data/glossary.ts names the file).
    await writeFile(join(folder, GLOSSARY_PAGE), await renderGlossaryPage({ deckHref: '../', editionHref: './', fonts }))
    return { path, bytes: Buffer.byteLength(html) }
  })
}
