// The reader edition as one file (node/reader-file/): a small site whose reader page names a Latin face
// and a part of the Japanese font, made into one file that fetches nothing and draws its Japanese
// characters from a subset of the project's own font.
import type { Font } from 'fontkit'
import { Buffer } from 'node:buffer'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from 'fontkit'
import { afterAll, describe, expect, it } from 'vitest'
import { cjkRules } from '../../node/fonts/cjk'
import { makeReaderFile, shownText } from '../../node/reader-file/reader-file'

const site = mkdtempSync(join(tmpdir(), 'lecture-reader-file-'))
afterAll(() => rmSync(site, { recursive: true, force: true }))

const SHOWN = '日米安全保障条約'
const LATIN = createRequire(import.meta.url).resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2')
const part = cjkRules('安')[0]!

mkdirSync(join(site, 'reader/fonts'), { recursive: true })
copyFileSync(LATIN, join(site, 'reader/fonts/latin.woff2'))
copyFileSync(part.path, join(site, 'reader/fonts', part.file))
writeFileSync(join(site, 'reader/index.html'), `<!doctype html><html><head>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link rel="preload" href="fonts/latin.woff2" as="font" type="font/woff2" crossorigin>
<style>@font-face { font-family: 'Source Sans 3'; src: url('fonts/latin.woff2') format('woff2'); }
${part.css.replace(`./files/${part.file}`, `fonts/${part.file}`)}</style>
</head><body><p lang="ja">${SHOWN}</p><a href="../#/7">Slide 7</a><a href="#ref-1">1</a></body></html>`)

function fontsOf(html: string): Font[] {
  return [...html.matchAll(/url\(data:font\/woff2;base64,([^)]+)\)/g)].map(m => create(Buffer.from(m[1]!, 'base64')) as Font)
}

describe('the reader edition as one file', async () => {
  const html = new TextDecoder().decode(await makeReaderFile(site))

  it('fetches nothing: its fonts are inside it, the preloads and the icon are gone', () => {
    expect(html).not.toMatch(/url\((['"]?)fonts\//)
    expect(html).not.toMatch(/<link rel="(?:preload|icon)"/)
    expect(fontsOf(html)).toHaveLength(2)
  })

  it('keeps the Latin face whole and draws the Japanese text from a subset of the part', () => {
    const [latin, japanese] = fontsOf(html)
    expect(latin!.numGlyphs).toBe((create(readFileSync(LATIN)) as Font).numGlyphs)
    const whole = create(readFileSync(part.path)) as Font
    expect(japanese!.numGlyphs).toBeLessThan(whole.numGlyphs)
    for (const char of SHOWN) {
      if (whole.hasGlyphForCodePoint(char.codePointAt(0)!))
        expect(japanese!.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true)
    }
    expect(japanese!.hasGlyphForCodePoint('安'.codePointAt(0)!)).toBe(true)
  })

  it('leaves links into the site as they are without an address, and makes them absolute with one', async () => {
    expect(html).toContain('href="../#/7"')
    const published = new TextDecoder().decode(await makeReaderFile(site, 'https://example.org/lecture/'))
    expect(published).toContain('href="https://example.org/lecture/#/7"')
    expect(published).toContain('href="#ref-1"')
  })

  it('reads the text a page shows, not its markup or styles', () => {
    expect(shownText('<style>p{font-family:"日"}</style><p title="x">安保</p>')).not.toContain('日')
    expect(shownText('<p>安保</p>')).toContain('安保')
  })
})
