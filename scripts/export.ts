// `npm run export`: the slides PDF (node/build/outputs.ts says how it is made).

import { exportOutput } from '../node/build/build'
import { parseOptions } from './args'
import { runCli } from './cli'

const USAGE = 'npm run export -- [--output <file.pdf>] [--entry <slides.md>]'

await runCli(async (argv) => {
  const { output, entry } = parseOptions(argv, { output: { type: 'string' }, entry: { type: 'string' } }, USAGE)
  await exportOutput('slides', { output, entry, log: console.log })
})
