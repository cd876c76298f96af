// claimdesk remove --workspace DIR ARTICLE_ID
// claimdesk remove --workspace DIR --list
// claimdesk remove --workspace DIR --restore REMOVAL_ID
// Removes an article (its file is moved aside, never deleted) or brings one back: the
// same service as the app's "Remove article…" and its Undo.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { listRemovedArticles, removeArticle, restoreArticle } from '../services/article-removal'
import { INDEX_FILE } from '../store/workspace-store'
import { parseFlags, UsageError, type Command } from './io'
import { openWorkspace, printNotices } from './open-workspace'

const HELP = `Usage: claimdesk remove --workspace DIR ARTICLE_ID
       claimdesk remove --workspace DIR --list
       claimdesk remove --workspace DIR --restore REMOVAL_ID

  ARTICLE_ID      the article to remove; its file is moved aside in articles/, not deleted
  --list          list the removed articles that can be restored
  --restore ID    put a removed article back as it was (ID as --list prints it)
  --json          print the result as JSON

  The workspace must not be open in the app (or another command) meanwhile.
`

export const run: Command = async (argv, io) => {
  const { values: v, positionals } = parseFlags('remove', argv, {
    workspace: { type: 'string' },
    list: { type: 'boolean' },
    restore: { type: 'string' },
    json: { type: 'boolean' },
  })
  if (v.help) {
    io.stdout(HELP)
    return 0
  }
  if (!v.workspace) throw new UsageError('--workspace DIR is required')
  const dir = resolve(v.workspace)
  if (!existsSync(join(dir, INDEX_FILE))) throw new UsageError(`not a Claimdesk workspace: ${dir} (no ${INDEX_FILE})`)
  if (v.list && v.restore !== undefined) throw new UsageError('use one of --list, --restore')
  if ((v.list || v.restore !== undefined) && positionals.length) throw new UsageError(`--${v.list ? 'list' : 'restore'} takes no ARTICLE_ID (got "${positionals[0]}")`)
  if (!v.list && v.restore === undefined && positionals.length !== 1) throw new UsageError('give one ARTICLE_ID to remove (or --list, --restore ID)')
  const print = (value: unknown, text: string) => io.stdout(v.json ? `${JSON.stringify(value, null, 2)}\n` : text)

  const ws = await openWorkspace(dir, undefined, v.list ? { lock: false } : { holder: 'claimdesk remove' })
  try {
    if (v.list) {
      const removed = await listRemovedArticles(ws)
      print(removed, removed.length ? removed.map((r) => `${r.removalId}  ${r.removedAt}  ${r.title} (${r.claimCount} claims)\n`).join('') : 'No removed articles in this workspace.\n')
    } else if (v.restore !== undefined) {
      const restored = await restoreArticle(ws, v.restore)
      print(restored, `Restored “${restored.title}” (${restored.claimCount} claims).\n`)
    } else {
      const removed = await removeArticle(ws, positionals[0])
      print(removed, `Removed “${removed.title}”: its file was moved aside to articles/${removed.removalId}.\nTo undo: claimdesk remove --workspace ${dir} --restore ${removed.removalId}\n`)
    }
    return 0
  } finally {
    printNotices(ws, io, 'remove')
    await ws.close()
  }
}
