// Command-line options for every script: node:util's parseArgs (typed by the options given), with its
// errors turned into one-line messages that end with the script's usage. No I/O, so it is unit-tested.
import type { ParseArgsConfig } from 'node:util'
import { parseArgs } from 'node:util'
import { UsageError } from '../node/errors'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>

const QUOTED = /'([^']+)'/
const OPTION_NAME = /'(-[\w-]+)/

/** node:util's message, which runs over several lines and suggests `--`, made into one plain sentence. */
function describe(error: NodeJS.ErrnoException): string {
  const quoted = QUOTED.exec(error.message)?.[1]
  const option = OPTION_NAME.exec(error.message)?.[1]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option "${quoted}".`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument "${quoted}".`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('does not take an argument')
        ? `Option ${option} takes no value.`
        : `Option ${option} needs a value.`
    default:
      return error.message.split('\n')[0]!
  }
}

/**
 * Parses `argv` (`--name value`, `--name=value`, flags) against `options`; anything else throws a
 * UsageError whose message ends with `Usage: <usage>`.
 */
export function parseOptions<const T extends OptionsConfig>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values
  }
  catch (error) {
    throw new UsageError(`${describe(error as NodeJS.ErrnoException)} Usage: ${usage}`)
  }
}

/** A whole-number option, checked against its range; undefined when not given. */
export function wholeNumber(name: string, raw: string | undefined, range: { min: number, max: number }, usage: string): number | undefined {
  if (raw === undefined)
    return undefined
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isInteger(value) || value < range.min || value > range.max)
    throw new UsageError(`Option --${name} takes a whole number from ${range.min} to ${range.max}, not "${raw}". Usage: ${usage}`)
  return value
}

export { UsageError }
