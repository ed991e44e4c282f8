// Lighthouse's performance figures for the reader edition on a phone (its mobile preset, simulated
// throttling), several runs against the built site served on 127.0.0.1: median and spread of each,
// and the aims (score, largest contentful paint). Lighthouse is not one of the project's packages
// (large, and its current major wants a newer Node): install it apart and name its folder.
//   npm i --prefix /tmp/lh lighthouse@12
//   node --import tsx bench/lighthouse.ts --lighthouse /tmp/lh [--runs 3] [--site dist] [--page reader/]
// The browser: CHROME_PATH, else the one the export uses (node/browser.ts).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { locateChromium } from '../node/browser'
import { PROJECT_ROOT } from '../node/deck/deck'
import { serveStatic } from '../node/serve'
import { parseOptions, UsageError, wholeNumber } from '../scripts/args'
import { runCli } from '../scripts/cli'
import { lighthouseRun, summarizeLighthouse } from './stats'

const USAGE = 'node --import tsx bench/lighthouse.ts --lighthouse <folder it is installed in> [--runs N] [--site dist] [--page reader/]'

await runCli(async (argv) => {
  const values = parseOptions(argv, { lighthouse: { type: 'string' }, runs: { type: 'string' }, site: { type: 'string' }, page: { type: 'string' } }, USAGE)
  if (!values.lighthouse)
    throw new UsageError(`--lighthouse names the folder Lighthouse is installed in (npm i --prefix /tmp/lh lighthouse@12). Usage: ${USAGE}`)
  const cli = join(resolve(values.lighthouse), 'node_modules/lighthouse/cli/index.js')
  if (!existsSync(cli))
    throw new UsageError(`No Lighthouse in ${values.lighthouse} (looked for ${cli}). Usage: ${USAGE}`)
  const site = resolve(PROJECT_ROOT, values.site ?? 'dist')
  if (!existsSync(join(site, values.page ?? 'reader/')))
    throw new UsageError(`${site} has no ${values.page ?? 'reader/'}: run npm run build first. Usage: ${USAGE}`)
  const runs = wholeNumber('runs', values.runs, { min: 1, max: 20 }, USAGE) ?? 3
  const chrome = process.env.CHROME_PATH ?? (await locateChromium()).path
  const server = await serveStatic(site)
  try {
    const results = []
    for (let run = 1; run <= runs; run++) {
      const { stdout } = await promisify(execFile)(process.execPath, [
        cli,
        `${server.url}${values.page ?? 'reader/'}`,
        '--only-categories=performance',
        '--chrome-flags=--headless=new --no-sandbox',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
      ], { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 })
      const result = lighthouseRun(JSON.parse(stdout))
      console.log(`run ${run}: score ${result.score}, FCP ${Math.round(result.fcpMs)} ms, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms, speed index ${Math.round(result.speedIndexMs)} ms, CLS ${result.cls.toFixed(3)}`)
      results.push(result)
    }
    console.log(summarizeLighthouse(results).lines.join('\n'))
  }
  finally {
    await server.close()
  }
})
