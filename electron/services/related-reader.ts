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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The change log's bytes, or null when there is none (the usual case). */
async function readLog(workspaceDir: string, id: string): Promise<Buffer | null> {
  try {
    return await readFile(walPath(workspaceDir, id))
  } catch {
    return null
  }
}

/**
 * What an article's linking was built from, as a key: the SHA-256 of its file, and of its
 * change log when it has one. The related index on disk keeps an article's part only while
 * its key is the same (related-index-file.ts). Null when the file cannot be read.
 */
export async function articleKey(workspaceDir: string, articlesDir: string, id: string): Promise<string | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(join(articlesDir, `${id}.json`))
  } catch {
    return null
  }
  return keyOf(bytes, await readLog(workspaceDir, id))
}

function keyOf(file: Uint8Array, log: Uint8Array | null): string {
  return log && log.byteLength > 0 ? `${sha256(file)}+${sha256(log)}` : sha256(file)
}

/** The article as the app would see it, with the key of what it was read from; null when its file is missing, damaged or not this article. */
export async function readArticleWithKey(workspaceDir: string, articlesDir: string, id: string): Promise<{ file: ArticleFile; key: string } | null> {
  let bytes: Buffer
  let file: ArticleFile
  try {
    bytes = await readFile(join(articlesDir, `${id}.json`))
    file = migrate(parseJsonBytes(bytes)) as ArticleFile
  } catch {
    return null // the app's store reports a damaged or newer file; linking just leaves it out
  }
  if (file?.article?.id !== id || !Array.isArray(file.claims)) return null
  const log = await readLog(workspaceDir, id)
  const key = keyOf(bytes, log)
  if (!log) return { file, key }
  const parsed = parseWal(log.toString('utf8'))
  if (parsed.records.length === 0) return { file, key }
  // As the store does: records a compaction already put in this file (its hash is a fold's) are left out.
  return { file: replayWal(file, parsed, sha256(bytes)).file, key }
}
