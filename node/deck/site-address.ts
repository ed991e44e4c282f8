// Where the built site will be published (`npm run build -- --site-url https://host/path/`), and the
// QR code that leads the audience's phones there: to the reader edition, which reads well at a
// phone's width. The code is drawn at build time as SVG (the `qrcode` package runs in Node only; the
// client gets markup), through the virtual module `virtual:lecture-site` (node/vite/site-address.ts) and app/site/SiteQr.vue.
// Without --site-url there is no address and no QR code.
import { EDITION_FOLDER } from '../../data/deck'
import { UsageError } from '../errors'

/** Carries --site-url from scripts/build.ts to the Vite plugin inside `slidev build`. */
export const SITE_URL_ENV = 'LECTURE_SITE_URL'

export interface SiteAddress {
  /** The site's address, ending in `/`. */
  site: string
  /** The reader edition's address there: what the QR code holds. */
  edition: string
}

/** Checks and normalises a --site-url: an absolute http(s) address; a trailing `/` is added. */
export function siteAddress(url: string): SiteAddress {
  let parsed: URL
  try {
    parsed = new URL(url)
  }
  catch {
    throw new UsageError(`--site-url "${url}" is not an address: give the full address where dist/ will be published, such as https://example.org/lecture/.`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new UsageError(`--site-url "${url}" must start with https:// (or http://).`)
  if (parsed.search || parsed.hash)
    throw new UsageError(`--site-url "${url}" must be the folder's address, without ? or #.`)
  const site = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`
  return { site, edition: `${site}${EDITION_FOLDER}/` }
}

/** The QR code of `text` as an SVG element (dark modules on white, with the quiet zone the standard asks for). */
export async function qrSvg(text: string, label: string): Promise<string> {
  // Loaded here: the export and the handout read this module's constant and need no QR code.
  const { default: QRCode } = await import('qrcode')
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } })
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&"<>]/g, c => `&#${c.charCodeAt(0)};`)}" `)
}
