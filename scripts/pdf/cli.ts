// The command-line side of `npm run export` and `npm run handout`: options, and errors as clear
// messages with exit code 1 instead of stack traces.
import process from 'node:process'
import { BrowserNotFoundError } from '../browser'
import { ExportCheckError } from './runtime'

export interface Args {
  string: (name: string) => string | undefined
  number: (name: string) => number | undefined
}

const OPTION = /^--([a-z-]+)(?:=(.*))?$/

/** `--name value` and `--name=value` options. */
export function parseArgs(argv: string[], known: string[]): Args {
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const match = OPTION.exec(arg)
    if (!match || !known.includes(match[1]!))
      throw new UsageError(`Unknown option "${arg}". Options: ${known.map(k => `--${k} <value>`).join(', ')}`)
    const value = match[2] ?? argv[++i]
    if (value === undefined)
      throw new UsageError(`Option --${match[1]} needs a value.`)
    values.set(match[1]!, value)
  }
  return {
    string: name => values.get(name),
    number: (name) => {
      const raw = values.get(name)
      if (raw === undefined)
        return undefined
      const value = Number(raw)
      if (!Number.isInteger(value))
        throw new UsageError(`Option --${name} needs a whole number, not "${raw}".`)
      return value
    },
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export async function runCli(main: (args: Args) => Promise<void>, known: string[] = ['output', 'entry']): Promise<void> {
  try {
    await main(parseArgs(process.argv.slice(2), known))
    process.exit(0)
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError || error instanceof ExportCheckError || error instanceof UsageError)
      console.error(error.message)
    else
      console.error(error)
    process.exit(1)
  }
}
