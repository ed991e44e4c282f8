import { exportSlides } from '../node/build'
// `npm run export`: the slides PDF (exportSlides in node/build.ts does the work).
import { parseOptions } from './args'
import { runCli } from './cli'

const USAGE = 'npm run export -- [--output <file.pdf>] [--entry <slides.md>]'

await runCli(async (argv) => {
  const { output, entry } = parseOptions(argv, { output: { type: 'string' }, entry: { type: 'string' } }, USAGE)
  await exportSlides({ output, entry, log: console.log })
})
