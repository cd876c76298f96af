// Removing an article from the workspace, and bringing it back. The store moves the
// article's file aside (articles/<id>.json.removed-<time>), never deleting it; these
// moved-aside files are what "Undo" and "Removed articles" restore from. The app and
// the CLI both come through here, so the rules are the same for both.
import { message } from '../core/messages'
import { zodIssueText } from '../core/messages/zod-issue'
import { readdir, readFile, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RemovedArticle } from '../core/api'
import { ClaimdeskError } from '../core/errors'
import { ArticleFileSchema, type ArticleFile, type ArticleSummary } from '../core/schema'
import { parseJsonBytes } from '../store/json-text'
import { migrate, MigrationError } from '../store/migrate'
import { ARTICLES_DIR } from '../store/workspace-store'
import type { Workspace } from './workspace'


/** `<id>.json.removed-2026-11-26T02-40-00-000Z`: the name the store gives a removed article's file. */
export const REMOVAL_ID = /^([A-Za-z0-9_-]{1,200})\.json\.removed-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)$/

function removedAt(stamp: string): string {
  const [date, time] = stamp.split('T')
  const [h, m, s, ms] = time.replace('Z', '').split('-')
  return `${date}T${h}:${m}:${s}.${ms}Z`
}

/**
 * Moves an article aside. Refused while the article has changes that could not be
 * written yet (they live only in memory, and the removal would drop them).
 */
export async function removeArticle(ws: Workspace, articleId: string): Promise<RemovedArticle> {
  const summary = ws.listArticles().find((a) => a.id === articleId)
  if (!summary) throw new ClaimdeskError('not-found', message('error.removeNoArticle', { id: articleId }))
  if (ws.info().unsaved?.articleIds.includes(articleId)) {
    throw new ClaimdeskError('not-saved', message('error.removeUnsaved', { title: summary.title }))
  }
  const notice = await ws.removeArticle(articleId)
  const removalId = basename(notice.movedTo)
  const match = REMOVAL_ID.exec(removalId)
  return {
    removalId,
    articleId,
    title: summary.title,
    outlet: summary.outlet,
    claimCount: summary.claimCount,
    removedAt: match ? removedAt(match[2]) : new Date().toISOString(),
  }
}

async function readRemoved(ws: Workspace, removalId: string): Promise<ArticleFile> {
  const match = REMOVAL_ID.exec(removalId)
  if (!match) throw new ClaimdeskError('invalid-argument', message('restoreError.notRemoval', { id: removalId }))
  let bytes: Uint8Array
  try {
    bytes = await readFile(join(ws.dir, ARTICLES_DIR, removalId))
  } catch {
    throw new ClaimdeskError('not-found', message('restoreError.gone', { id: removalId, dir: ARTICLES_DIR }))
  }
  let file: ArticleFile
  try {
    file = ArticleFileSchema.parse(migrate(parseJsonBytes(bytes)))
  } catch (error) {
    const issue = (error as { issues?: { message: string }[] }).issues?.[0]?.message
    const detail = issue !== undefined ? zodIssueText(issue) : error instanceof MigrationError ? error.text : (error as Error).message.split('\n')[0]
    throw new ClaimdeskError('unreadable-file', message('restoreError.unreadable', { id: removalId, detail }))
  }
  if (file.article.id !== match[1]) {
    throw new ClaimdeskError('unreadable-file', message('restoreError.otherArticle', { id: removalId, holds: file.article.id, expected: match[1] }))
  }
  return file
}

/** Every article moved aside in this workspace, newest first. Files that cannot be read are skipped. */
export async function listRemovedArticles(ws: Workspace): Promise<RemovedArticle[]> {
  const names = await readdir(join(ws.dir, ARTICLES_DIR)).catch(() => [] as string[])
  const removed: RemovedArticle[] = []
  for (const name of names) {
    const match = REMOVAL_ID.exec(name)
    if (!match) continue
    try {
      const file = await readRemoved(ws, name)
      removed.push({
        removalId: name,
        articleId: file.article.id,
        title: file.article.title,
        outlet: file.article.outlet,
        claimCount: file.claims.length,
        removedAt: removedAt(match[2]),
      })
    } catch {
      // not restorable: it stays on disk, and restore names the reason when asked for it
    }
  }
  return removed.sort((a, b) => b.removedAt.localeCompare(a.removedAt))
}

/**
 * Puts a removed article back, exactly as it was removed (claims, statuses, history).
 * Refused when the same article (id or text) is in the workspace again: restoring would
 * make a duplicate or overwrite the newer one. The moved-aside file is deleted only
 * after the article was written back.
 */
export async function restoreArticle(ws: Workspace, removalId: string): Promise<ArticleSummary> {
  const file = await readRemoved(ws, removalId)
  const present = ws.listArticles().find((a) => a.id === file.article.id || a.contentHash === file.article.contentHash)
  if (present) {
    throw new ClaimdeskError('conflict', message('error.restoreBack', { title: present.title }))
  }
  await ws.putArticleFile(file)
  await unlink(join(ws.dir, ARTICLES_DIR, removalId))
  const summary = ws.listArticles().find((a) => a.id === file.article.id)
  if (!summary) throw new ClaimdeskError('internal', message('restoreError.notListed', { title: file.article.title }))
  return summary
}
