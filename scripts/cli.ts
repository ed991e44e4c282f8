// What every command line shares: errors that say all in their message (node/errors.ts) printed as they
// are, with exit code 1, instead of stack traces. Options are read with scripts/args.ts.
import process from 'node:process'
import { ReportedError } from '../node/errors'

/** Runs `main` with the command line's arguments; exits 0 when it resolves, 1 when it throws. */
export async function runCli(main: (argv: string[]) => Promise<void>): Promise<void> {
  try {
    await main(process.argv.slice(2))
    process.exit(0)
  }
  catch (error) {
    // Anything that is not a ReportedError is a bug: its stack goes into the report.
    console.error(error instanceof ReportedError ? error.message : error)
    process.exit(1)
  }
}
