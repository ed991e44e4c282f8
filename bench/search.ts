// The first search in the built site: from the `/` key press on the first slide, just painted, to the
// first hit shown for a query typed at once, and what the page fetched for it (gzip, as a web server
// would send it). Prints figures; the bench's README says what to compare them with.
//   node --import tsx bench/search.ts [site folder, default dist] [--runs n]
import type { Buffer } from 'node:buffer'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { PROJECT_ROOT } from '../node/deck/deck'
import { serveStatic } from '../node/serve'
import { launch, newContext, openFirstSlide } from './page'
import { median } from './stats'

const QUERY = 'armed attack'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } })
const server = await serveStatic(resolve(PROJECT_ROOT, positionals[0] ?? 'dist'))
const browser = await launch()
const times: number[] = []
let fetched: { url: string, gzipBytes: number }[] = []
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const { context, page } = await newContext(browser)
    const bodies = new Map<string, Promise<Buffer | null>>()
    let searching = false
    page.on('response', (response) => {
      if (searching)
        bodies.set(response.url(), response.body().catch(() => null))
    })
    await openFirstSlide(page, server.url)
    searching = true
    await page.keyboard.press('/')
    const pressedAt = await page.evaluate(() => window.__benchPaint!.keyAt!)
    await page.keyboard.type(QUERY)
    const handle = await page.waitForFunction(() => document.querySelector('.search-hit') ? performance.now() : null, null, { polling: 'raf', timeout: 60_000 })
    const shownAt = await handle.jsonValue() as number
    times.push(shownAt - pressedAt)
    fetched = await Promise.all([...bodies].map(async ([url, body]) => ({ url: url.replace(server.url, ''), gzipBytes: gzipSync((await body) ?? '').length })))
    await context.close()
  }
}
finally {
  await browser.close()
  await server.close()
}
const total = fetched.reduce((sum, f) => sum + f.gzipBytes, 0)
console.log(`first search ("${QUERY}"), from the / key to the first hit: median ${median(times)!.toFixed(0)} ms over ${times.length} runs (${times.map(t => t.toFixed(0)).join(', ')})`)
console.log(`fetched for it: ${(total / 1024).toFixed(1)} KiB gzip in ${fetched.length} files`)
for (const f of fetched.sort((a, b) => b.gzipBytes - a.gzipBytes))
  console.log(`  ${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KiB  ${f.url}`)
process.exit(0)
