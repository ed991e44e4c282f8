import type { EditionFonts } from '../../app/edition/render'
// Writes the reader edition into the built site (reader/index.html and the font files it uses). The
// page is rendered by app/edition/render.ts, loaded through Vite's SSR loader (node/edition/ssr.ts).
import type { OutputId } from '../../data/deck'
import type { Deck } from '../deck/deck'
import { Buffer } from 'node:buffer'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { DOWNLOADS_FOLDER, EDITION_FOLDER, OUTPUTS } from '../../data/deck'
import { GLOSSARY_PAGE } from '../../data/glossary'
import { lectureContext } from '../deck/context'
import { cjkRules } from '../fonts/cjk'
import { editionReferences } from './references'
import { withEditionRenderer } from './ssr'

/**
 * The Latin faces the edition uses, and no other: body text, its bold, the serif headings. Preloaded;
 * the parts of the CJK fonts that its text needs follow (node/fonts/cjk.ts), not preloaded.
 */
const FACES = [
  { family: 'Source Sans 3', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2' },
  { family: 'Source Sans 3', weight: 600, file: '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2' },
  { family: 'Source Serif 4', weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2' },
]

export interface EditionResult {
  path: string
  bytes: number
}

export async function writeEdition(outDir: string, deck: Deck, downloads: OutputId[]): Promise<EditionResult> {
  const folder = join(outDir, EDITION_FOLDER)
  await mkdir(join(folder, 'fonts'), { recursive: true })
  const require = createRequire(import.meta.url)
  const fonts = async (text: string): Promise<EditionFonts> => {
    const latin = await Promise.all(FACES.map(async (face) => {
      const name = face.file.split('/').pop()!
      await copyFile(require.resolve(face.file), join(folder, 'fonts', name))
      return `@font-face { font-family: '${face.family}'; font-style: normal; font-weight: ${face.weight}; font-display: swap; src: url('fonts/${name}') format('woff2'); }`
    }))
    const cjk = await Promise.all(cjkRules(text).map(async (rule) => {
      await copyFile(rule.path, join(folder, 'fonts', rule.file))
      return rule.css.replace(`./files/${rule.file}`, `fonts/${rule.file}`)
    }))
    return { css: [...latin, ...cjk].join('\n'), preload: FACES.map(face => `fonts/${face.file.split('/').pop()}`) }
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
