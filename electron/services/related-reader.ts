// Reads an article for the related worker the way the store reads it, and writes nothing:
// the article file, migrated, then the edits its change log (.claimdesk/wal/<id>.jsonl)
// holds replayed on top with the store's own replay (store/article-wal.ts). After a crash,
// edits the app acknowledged (a link rejected just before) live only in that log until the
// app folds them in; a worker reading the bare file would show the link as suggested.
// Why not WorkspaceStore.open({ readOnly: true }): its reads move a damaged file aside,
// and two processes doing that to one file race (the app must be the one that reports it).
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleFile } from '../core/schema'
import { parseWal, replayWal, walPath } from '../store/article-wal'
import { parseJsonBytes } from '../store/json-text'
import { migrate } from '../store/migrate'

/** The article as the app would see it, or null when its file is missing, damaged or not this article. */
export async function readArticleForLinking(workspaceDir: string, articlesDir: string, id: string): Promise<ArticleFile | null> {
  let bytes: Buffer
  let file: ArticleFile
  try {
    bytes = await readFile(join(articlesDir, `${id}.json`))
    file = migrate(parseJsonBytes(bytes)) as ArticleFile
  } catch {
    return null // the app's store reports a damaged or newer file; linking just leaves it out
  }
  if (file?.article?.id !== id || !Array.isArray(file.claims)) return null
  let log: string
  try {
    log = await readFile(walPath(workspaceDir, id), 'utf8')
  } catch {
    return file // no change log: the usual case
  }
  const parsed = parseWal(log)
  if (parsed.records.length === 0) return file
  // As the store does: records a compaction already put in this file (its hash is a fold's) are left out.
  const sha = createHash('sha256').update(bytes).digest('hex')
  return replayWal(file, parsed, sha).file
}
