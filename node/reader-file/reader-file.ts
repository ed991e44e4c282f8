// The reader edition as one HTML file that opens without a network: what a student keeps on a phone
// after the lecture. The site's service worker (node/offline/) keeps the site only where the browser
// allows one, over https or on the laptop itself; the hall serves plain http on the laptop's address,
// so a phone there saves this file instead (the phone's hall page offers it). The page is the built
// reader/index.html with its fonts inside it as data: addresses: the Latin faces as the edition cut them, and each part
// of the Japanese and Chinese fonts cut down to the characters the page shows (harfbuzz's subsetter,
// through subset-font), so that the file draws every glyph with the project's own fonts and stays small.
// Links into the rest of the site become absolute when the build knows the site's address (--site-url).
import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import subsetFont from 'subset-font'
import { EDITION_FOLDER } from '../../data/deck'
import { beyondLatin } from '../fonts/cjk'

/** A font file the page names in its stylesheet: `url(fonts/x.woff2)`, quoted or not. */
const FONT_URL = /url\((['"]?)(fonts\/[\w.-]+\.woff2)\1\)/g
/** What would fetch a file the saved copy does not have: the fonts' preloads and the icon. */
const FETCHING_LINK = /<link rel="(?:preload|icon)"[^>]*>\n?/g
const STYLE = /<style[\s\S]*?<\/style>/g
const TAG = /<[^>]*>/g
/** An address into the rest of the site, relative to reader/. */
const SITE_LINK = /(href|src)="\.\.\/([^"]*)"/g

/** The text the page shows (its markup and stylesheets left out), for the fonts' subsets. */
export function shownText(html: string): string {
  return html.replace(STYLE, '').replace(TAG, ' ')
}

/** `reader/index.html` of the built site in `siteDir`, as one file; `siteUrl` makes its links to the site absolute. */
export async function makeReaderFile(siteDir: string, siteUrl?: string): Promise<Uint8Array> {
  const folder = join(siteDir, EDITION_FOLDER)
  const html = await readFile(join(folder, 'index.html'), 'utf8')
  const cjkText = beyondLatin(shownText(html))
  const fonts = new Map<string, string>()
  for (const [, , path] of html.matchAll(FONT_URL)) {
    if (fonts.has(path!))
      continue
    const bytes = await readFile(join(folder, path!))
    // The Latin faces as the edition has them, already cut to its characters (node/edition/edition.ts).
    // A CJK part: only the characters the page shows.
    const font = path!.includes('noto-sans-') ? await subsetFont(bytes, cjkText, { targetFormat: 'woff2' }) : bytes
    fonts.set(path!, `data:font/woff2;base64,${Buffer.from(font).toString('base64')}`)
  }
  const page = html
    .replace(FETCHING_LINK, '')
    .replace(FONT_URL, (_, _quote: string, path: string) => `url(${fonts.get(path)})`)
    .replace(SITE_LINK, (whole, attribute: string, rest: string) => siteUrl ? `${attribute}="${new URL(rest, siteUrl).href}"` : whole)
  return new TextEncoder().encode(page)
}
