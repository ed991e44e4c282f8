import { exportPptx } from '../node/pptx/export'
// `npm run pptx`: the editable PowerPoint file alone, from slides.md and data/ (node/pptx/ does the work).
import { parseOptions } from './args'
import { runCli } from './cli'

const USAGE = 'npm run pptx -- [--output <file.pptx>] [--entry <slides.md>]'

await runCli(async (argv) => {
  const { output, entry } = parseOptions(argv, { output: { type: 'string' }, entry: { type: 'string' } }, USAGE)
  await exportPptx({ output, entry, log: console.log })
})
