import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Where a command writes; tests pass in collectors instead of the process streams. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
}

/** An error the user caused (bad flag, missing file): printed as one line, exit code 2. */
export class UsageError extends Error {}

export type Command = (argv: string[], io: CliIO) => Promise<number>

/**
 * Parses a command's flags strictly (unknown flags are errors), adding --help/-h.
 * Any problem becomes one UsageError line that points at the command's help.
 */
type FlagOptions = NonNullable<ParseArgsConfig['options']>
type WithHelp<O extends FlagOptions> = O & { help: { type: 'boolean'; short: 'h' } }
export type ParsedFlags<O extends FlagOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; strict: true; allowPositionals: boolean; options: WithHelp<O> }>
>

export function parseFlags<O extends FlagOptions>(command: string, argv: string[], options: O, allowPositionals = true): ParsedFlags<O> {
  try {
    const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>
    return parseArgs({ args: argv, strict: true, allowPositionals, options: withHelp })
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (see claimdesk ${command} --help)`)
  }
}
