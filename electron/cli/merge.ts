// claimdesk merge --workspace DIR SOURCE [--json]
// claimdesk merge --workspace DIR --undo MERGE_ID
// claimdesk merge --workspace DIR --list
// Merges another reviewer's JSON export or workspace folder into an existing workspace.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { formatMergeReport, listMerges, mergeIntoWorkspace, undoMerge } from '../services/merge'
import { openWorkspace, printNotices } from './open-workspace'
import { finishMerge } from '../services/merge-recovery'
import { finishMergeLines, undoMergeLines } from '../services/merge-outcome'
import { formatMessage } from '../core/messages'
import { INDEX_FILE } from '../store/workspace-store'
import { parseFlags, UsageError, type Command } from './io'

const HELP = `Usage: claimdesk merge --workspace DIR SOURCE [--json]
       claimdesk merge --workspace DIR --undo MERGE_ID
       claimdesk merge --workspace DIR --list
       claimdesk merge --workspace DIR --finish MERGE_ID

  SOURCE          a Claimdesk JSON export (claimdesk report --format json) or another workspace folder
  --json          print the merge result as JSON instead of the Markdown report
  --undo ID       undo a merge: restore the articles it changed, move aside the ones it added
  --list          list the merges recorded in the workspace
  --finish ID     finish a merge that was interrupted (reported when the workspace opens)

  The workspace must not be open in the app (or another command) meanwhile.
`

type Request =
  | { action: 'help' }
  | { action: 'merge'; workspace: string; source: string; json: boolean }
  | { action: 'undo'; workspace: string; mergeId: string; json: boolean }
  | { action: 'list'; workspace: string; json: boolean }
  | { action: 'finish'; workspace: string; mergeId: string; json: boolean }

function parseRequest(argv: string[]): Request {
  const parsed = parseFlags('merge', argv, {
        workspace: { type: 'string' },
        undo: { type: 'string' },
        list: { type: 'boolean' },
        finish: { type: 'string' },
        json: { type: 'boolean' }
      }, true)
  const v = parsed.values
  const sources = parsed.positionals
  if (v.help) return { action: 'help' }
  if (!v.workspace) throw new UsageError('--workspace DIR is required')
  const workspace = resolve(v.workspace)
  const json = v.json ?? false
  if ([v.undo !== undefined, v.list, v.finish !== undefined].filter(Boolean).length > 1) throw new UsageError('use one of --undo, --list, --finish')
  if (v.finish !== undefined) {
    if (sources.length) throw new UsageError(`--finish takes no SOURCE (got "${sources[0]}")`)
    if (!v.finish) throw new UsageError('--finish needs a merge id (it is named when the workspace opens)')
    return { action: 'finish', workspace, mergeId: v.finish, json }
  }
  if (v.undo !== undefined || v.list) {
    if (sources.length) throw new UsageError(`--${v.list ? 'list' : 'undo'} takes no SOURCE (got "${sources[0]}")`)
    if (v.list) return { action: 'list', workspace, json }
    if (!v.undo) throw new UsageError('--undo needs a merge id (see claimdesk merge --workspace DIR --list)')
    return { action: 'undo', workspace, mergeId: v.undo, json }
  }
  if (sources.length === 0) throw new UsageError('SOURCE is required: a JSON export or a workspace folder to merge')
  if (sources.length > 1) throw new UsageError('merge one SOURCE at a time')
  return { action: 'merge', workspace, source: resolve(sources[0]), json }
}

export const run: Command = async (argv, io) => {
  const request = parseRequest(argv)
  if (request.action === 'help') {
    io.stdout(HELP)
    return 0
  }
  // Merging into a folder that is not a workspace would silently create one: refuse.
  if (!existsSync(join(request.workspace, INDEX_FILE))) {
    throw new UsageError(`not a Claimdesk workspace: ${request.workspace} (no ${INDEX_FILE})`)
  }
  if (request.action === 'merge' && !existsSync(request.source)) throw new UsageError(`nothing to merge: ${request.source} does not exist`)

  const ws = await openWorkspace(request.workspace, undefined, { holder: 'claimdesk merge', ...(request.action === 'list' ? { lock: false } : {}) })
  try {
    if (request.action === 'merge') {
      const result = await mergeIntoWorkspace(ws, request.source)
      io.stdout(request.json ? `${JSON.stringify(result, null, 2)}\n` : formatMergeReport(result))
      if (!request.json && result.mergeId) {
        io.stdout(`To undo: claimdesk merge --workspace ${request.workspace} --undo ${result.mergeId}\n`)
      }
      return 0
    }
    if (request.action === 'finish') {
      const result = await finishMerge(ws, request.mergeId)
      if (request.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
      else for (const line of finishMergeLines(result)) io.stdout(`${formatMessage(line)}\n`)
      return 0
    }
    if (request.action === 'undo') {
      const result = await undoMerge(ws, request.mergeId)
      if (request.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
      else for (const line of undoMergeLines(result)) io.stdout(`${formatMessage(line)}\n`)
      return 0
    }
    const merges = await listMerges(ws)
    if (request.json) io.stdout(`${JSON.stringify(merges, null, 2)}\n`)
    else if (merges.length === 0) io.stdout('No merges recorded in this workspace.\n')
    else {
      for (const m of merges) {
        const state = m.undoneAt ? `undone ${m.undoneAt}` : 'active'
        io.stdout(`${m.mergeId}  ${m.at}  ${m.source}  (${m.replaced.length} merged, ${m.added.length} added; ${state})\n`)
      }
    }
    return 0
  } finally {
    printNotices(ws, io, 'merge')
    await ws.close()
  }
}
