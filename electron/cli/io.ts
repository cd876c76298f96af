/** Where a command writes; tests pass in collectors instead of the process streams. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
}

/** An error the user caused (bad flag, missing file): printed as one line, exit code 2. */
export class UsageError extends Error {}

export type Command = (argv: string[], io: CliIO) => Promise<number>
