// `npm run pptx`: the editable PowerPoint file alone, from slides.md and data/ (node/build/outputs.ts says how it is made).

import { exportOutput } from '../node/build/build'
import { parseOptions } from './args'
import { runCli } from './cli'

const USAGE = 'npm run pptx -- [--output <file.pptx>] [--entry <slides.md>]'

await runCli(async (argv) => {
  const { output, entry } = parseOptions(argv, { output: { type: 'string' }, entry: { type: 'string' } }, USAGE)
  await exportOutput('pptx', { output, entry, log: console.log })
})
