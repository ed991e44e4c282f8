// `npm run build`: the static site, then the slides PDF and the handout printed from it, into exports/
// and the site's downloads/ (node/build/build.ts does the work). Without a browser: the site alone.

import { PER_PAGE_CHOICES, PER_PAGE_RANGE } from '../app/handout/contract'
import { buildAll } from '../node/build/build'
import { siteAddress } from '../node/deck/site-address'
import { parseOptions, wholeNumber } from './args'
import { runCli } from './cli'

const USAGE = `npm run build -- [--out <folder>] [--exports <folder>] [--per-page ${PER_PAGE_CHOICES.join('|')}] [--site-url <https://host/path/>]`

await runCli(async (argv) => {
  const values = parseOptions(argv, { 'out': { type: 'string' }, 'exports': { type: 'string' }, 'per-page': { type: 'string' }, 'site-url': { type: 'string' } }, USAGE)
  const result = await buildAll({
    outDir: values.out,
    exportsDir: values.exports,
    perPage: wholeNumber('per-page', values['per-page'], PER_PAGE_RANGE, USAGE),
    // Where dist/ will be published: the cover and the last slide show its QR code (node/deck/site-address.ts).
    siteUrl: values['site-url'] === undefined ? undefined : siteAddress(values['site-url']).site,
    log: console.log,
  })
  console.log(`Done in ${(result.ms / 1000).toFixed(1)} s.`)
})
