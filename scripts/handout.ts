// `npm run handout`: the A4 handout (node/build/outputs.ts says how it is made).

import { exportOutput } from '../node/build/build'
import { parseOptions, wholeNumber } from './args'
import { runCli } from './cli'

const USAGE = 'npm run handout -- [--per-page 1|2|3|4] [--output <file.pdf>]'

await runCli(async (argv) => {
  const values = parseOptions(argv, { 'per-page': { type: 'string' }, 'output': { type: 'string' } }, USAGE)
  await exportOutput('handout', {
    perPage: wholeNumber('per-page', values['per-page'], { min: 1, max: 4 }, USAGE),
    output: values.output,
    log: console.log,
  })
})
