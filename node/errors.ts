// The errors whose message says all a user needs (what is wrong, where, and what would be valid): the
// command lines print them as they are, without a stack. Any other error is a bug and keeps its stack.

/** An error the user can act on from its message alone. */
export class ReportedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** The command line is wrong: the message says how, in one line, and the script exits with 1. */
export class UsageError extends ReportedError {}

/** The export ran but its result is wrong; the message says what and where. */
export class ExportCheckError extends ReportedError {
  constructor(what: string, readonly problems: string[]) {
    super(`${what} failed its check:\n${problems.map(p => `  - ${p}`).join('\n')}`)
  }
}
