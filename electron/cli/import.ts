// claimdesk import FILE... --workspace DIR
// Imports articles into a workspace (created if missing). Each file is reported on its
// own line; a file that cannot be read does not stop the others, but the exit code says so.
import { openWorkspace, printNotices } from './open-workspace'
import { parseFlags, UsageError, type Command } from './io'

const HELP = `Usage: claimdesk import FILE... --workspace DIR

  FILE            plain-text, Markdown or saved HTML articles
  --workspace DIR the workspace folder (created if missing)
`

function parse(argv: string[]): { files: string[]; workspace: string } | null {
  const parsed = parseFlags('import', argv, { workspace: { type: 'string', short: 'w' } }, true)
  if (parsed.values.help) return null
  if (!parsed.values.workspace) throw new UsageError('missing --workspace DIR')
  if (parsed.positionals.length === 0) throw new UsageError('missing FILE (usage: claimdesk import FILE... --workspace DIR)')
  return { files: parsed.positionals, workspace: parsed.values.workspace }
}

export const run: Command = async (argv, io) => {
  const request = parse(argv)
  if (!request) {
    io.stdout(HELP)
    return 0
  }
  const ws = await openWorkspace(request.workspace, undefined, { holder: 'claimdesk import' })
  let failed = 0
  try {
    for (const file of request.files) {
      try {
        const { article, duplicate } = await ws.importFile(file)
        const what = duplicate ? 'already in the workspace' : `imported, ${article.claimCount} claims`
        io.stdout(`${file}: ${what} (${article.id}) ${article.title}\n`)
      } catch (error) {
        failed++
        const message = error instanceof Error ? error.message : String(error)
        io.stderr(`claimdesk import: ${file}: ${message.split('\n')[0]}\n`)
      }
    }
  } finally {
    printNotices(ws, io, 'import')
    await ws.close()
  }
  return failed > 0 ? 1 : 0
}
