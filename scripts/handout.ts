// `npm run handout`: the A4 handout (node/build/outputs.ts says how it is made).

import { PER_PAGE_CHOICES, PER_PAGE_RANGE } from '../app/handout/contract'
import { exportOutput } from '../node/build/build'
import { parseOptions, wholeNumber } from './args'
import { runCli } from './cli'

const USAGE = `npm run handout -- [--per-page ${PER_PAGE_CHOICES.join('|')}] [--output <file.pdf>]`

await runCli(async (argv) => {
  const values = parseOptions(argv, { 'per-page': { type: 'string' }, 'output': { type: 'string' } }, USAGE)
  await exportOutput('handout', {
    perPage: wholeNumber('per-page', values['per-page'], PER_PAGE_RANGE, USAGE),
    output: values.output,
    log: console.log,
  })
})
