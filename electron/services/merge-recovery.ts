// A merge killed part-way (the CLI killed, the machine off) leaves some articles merged
// and some not. Its record says so (completedAt stays null until the last file is
// written); on open the workspace reports it, and the reviewer finishes or undoes it.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RecoveryNotice } from '../core/api'
import { ClaimdeskError } from '../core/errors'
import { message } from '../core/messages'
import { noticeWith } from '../core/notices'
import { sourceLabel } from '../core/merge-source'
import { ArticleFileSchema, type ArticleFile } from '../core/schema'
import { parseJsonBytes } from '../store/json-text'
import { fileDigest, MERGES_DIR, readManifest, writeManifest, type Manifest } from './merge'
import type { Workspace } from './workspace'

export interface IncompleteMerge {
  mergeId: string
  source: string
  at: string
  /** Articles already as the merge left them. */
  applied: number
  total: number
}

export interface FinishMergeResult {
  mergeId: string
  /** Articles written now. */
  finished: string[]
  /** Articles changed since the merge stopped: left as they are. */
  changedSince: string[]
}

type Reader = { article(id: string): ArticleFile | undefined }

async function incompleteManifests(dir: string): Promise<Manifest[]> {
  const names = await readdir(join(dir, MERGES_DIR)).catch(() => [] as string[])
  const found: Manifest[] = []
  for (const name of names.sort()) {
    const manifest = await readManifest(join(dir, MERGES_DIR, name)).catch(() => null)
    if (manifest && manifest.completedAt === null && !manifest.undoneAt) found.push(manifest)
  }
  return found
}

/** Merges that stopped before their last file, with how far each got. */
export async function findIncompleteMerges(dir: string, articles: Reader): Promise<IncompleteMerge[]> {
  return (await incompleteManifests(dir)).map((m) => {
    const entries = [...m.replaced, ...m.added]
    const applied = entries.filter((e) => {
      const current = articles.article(e.id)
      return current !== undefined && fileDigest(current) === e.after
    }).length
    return { mergeId: m.mergeId, source: m.source, at: m.at, applied, total: entries.length }
  })
}

export function incompleteMergeNotice(dir: string, merge: IncompleteMerge): RecoveryNotice {
  const path = join(dir, MERGES_DIR, merge.mergeId)
  const why = message('notice.mergeInterrupted', { source: sourceLabel(merge.source), id: merge.mergeId, applied: merge.applied, total: merge.total })
  return noticeWith(path, path, why)
}

/** Writes the merged versions of the articles an interrupted merge had not reached yet. */
export async function finishMerge(ws: Workspace, mergeId: string): Promise<FinishMergeResult> {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(mergeId)) throw new ClaimdeskError('invalid-argument', message('mergeError.notId', { id: mergeId }))
  const dir = join(ws.dir, MERGES_DIR, mergeId)
  const manifest = await readManifest(dir).catch(() => {
    throw new ClaimdeskError('not-found', message('mergeError.noMerge', { id: mergeId }))
  })
  if (manifest.undoneAt) throw new ClaimdeskError('conflict', message('mergeError.undone', { id: mergeId, at: manifest.undoneAt }))
  if (manifest.completedAt !== null) throw new ClaimdeskError('conflict', message('mergeError.complete', { id: mergeId }))
  ws.assertWritable()
  const load = async (sub: string, id: string) => {
    const parsed = ArticleFileSchema.safeParse(parseJsonBytes(await readFile(join(dir, sub, `${id}.json`))))
    if (!parsed.success) throw new ClaimdeskError('unreadable-file', message('mergeError.copyDamaged', { article: id, id: mergeId }))
    return parsed.data
  }
  const plan: ArticleFile[] = []
  const changedSince: string[] = []
  for (const entry of [...manifest.replaced, ...manifest.added]) {
    const current = ws.getArticleIfPresent(entry.id)
    if (current && fileDigest(current) === entry.after) continue
    const untouched = manifest.added.includes(entry) ? !current : current && fileDigest(current) === fileDigest(await load('before', entry.id))
    if (!untouched) {
      changedSince.push(entry.id)
      continue
    }
    plan.push(await load('after', entry.id))
  }
  for (const file of plan) await ws.putArticleFile(file)
  await ws.forgetUndo([...manifest.replaced, ...manifest.added].map((e) => e.id))
  await writeManifest(dir, { ...manifest, completedAt: new Date().toISOString() })
  ws.mergeSettled(mergeId)
  return { mergeId, finished: plan.map((f) => f.article.id), changedSince }
}
