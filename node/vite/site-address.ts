// The virtual module `virtual:lecture-site`: the published site's address and its QR code for the cover
// and the last slide, when `npm run build -- --site-url <address>` names one (else null).
import type { Plugin } from 'vite'
import process from 'node:process'
import { qrSvg, SITE_URL_ENV, siteAddress } from '../deck/site-address'

const MODULE = 'virtual:lecture-site'
const RESOLVED = `\0${MODULE}`

export function siteAddressModule(): Plugin {
  let building = false
  return {
    name: 'lecture:site-address',
    config(_config, env) {
      building = env.command === 'build'
    },
    resolveId: id => id === MODULE ? RESOLVED : undefined,
    async load(id) {
      if (id !== RESOLVED)
        return undefined
      const url = building ? process.env[SITE_URL_ENV] : undefined
      if (!url)
        return 'export const site = null\n'
      const address = siteAddress(url)
      const svg = await qrSvg(address.edition, `QR code: ${address.edition}`)
      return `export const site = ${JSON.stringify({ ...address, svg })}\n`
    },
  }
}
