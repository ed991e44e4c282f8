// The command-line side of `npm run export` and `npm run handout`: errors as clear one-line messages
// with exit code 1 instead of stack traces. Options are read with scripts/args.ts.
import process from 'node:process'
import { UsageError } from './args'
import { BrowserNotFoundError } from './browser'
import { ExportCheckError } from './pdf/runtime'

export { UsageError }

/** app/node/check.ts's DeckCheckError, scripts/site.ts's BuildError. */
const EXPECTED = new Set(['DeckCheckError', 'BuildError'])

/** Runs `main` with the command line's arguments; exits 0 when it resolves, 1 when it throws. */
export async function runCli(main: (argv: string[]) => Promise<void>): Promise<void> {
  try {
    await main(process.argv.slice(2))
    process.exit(0)
  }
  catch (error) {
    // Errors we expect say everything in their message; anything else keeps its stack for a bug report.
    // The deck's check and the site's build are named, not imported: every command would load them.
    if (error instanceof BrowserNotFoundError || error instanceof ExportCheckError || error instanceof UsageError || (error instanceof Error && EXPECTED.has(error.name)))
      console.error(error.message)
    else
      console.error(error)
    process.exit(1)
  }
}
