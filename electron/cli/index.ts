// Dispatches `claimdesk <command> ...` to one module per command.
import { UsageError, type CliIO, type Command } from './io'

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  extract: { summary: 'extract FILE [--json]            print the claims of an article', load: () => import('./extract') },
  import: { summary: 'import FILE... --workspace DIR   import articles into a workspace', load: () => import('./import') },
  report: {
    summary: 'report --workspace DIR [--article ID|--all] --format FMT --out FILE',
    load: () => import('./report'),
  },
  related: { summary: 'related --workspace DIR [--json]  print related claims across articles and conflicting figures', load: () => import('./related') },
  merge: { summary: 'merge --workspace DIR SOURCE     merge another reviewer\'s export or workspace', load: () => import('./merge') },
  remove: { summary: 'remove --workspace DIR ARTICLE_ID  remove an article (moved aside; --restore brings it back)', load: () => import('./remove') },
}

export function usage(): string {
  return ['Usage: claimdesk <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  claimdesk ${c.summary}`), ''].join('\n')
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    io.stdout(usage())
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    io.stderr(`claimdesk: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})\n`)
    return 2
  }
  try {
    const { run } = await command.load()
    return await run(rest, io)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`claimdesk ${name}: ${message.split('\n')[0]}\n`)
    return error instanceof UsageError ? 2 : 1
  }
}
