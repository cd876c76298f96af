// The workspace store's write/rebase path: a claim edit appended to the article's change
// log, the file rewritten behind it (compaction), a file changed on disk rebased on and
// reported, unsaved changes tried again.
import { recountClaims } from '../core/article-summary'
import { pickClaims } from '../core/claim-lookup'
import { ArticleFileSchema, type ArticleFile } from '../core/schema'
import { ClaimdeskError } from '../core/errors'
import { formatMessage, joinMessages, message, type MessageValue } from '../core/messages'
import { noticeWith } from '../core/notices'
import { parseJsonOrNull, validate, type SaveScope } from './article-load'
import { CLAIM_KEYS, DELETED_HERE, DELETED_ON_DISK, rebaseArticle } from './article-rebase'
import { DurableJSONFile, ExternalChangeError } from './durable-file'
import { describeFileError, errorCode } from './file-system'
import { ARTICLES_DIR } from './workspace-paths'
import { ArticleReading } from './article-reading'

export abstract class ArticleWriting extends ArticleReading {
  /**
   * An edit of claims in an article in memory: appended to the article's change log
   * (one small fsynced line) instead of rewriting the file, which follows on idle.
   * False when the edit must be written the usual way: a whole-file or article change,
   * a file changed on disk (rebased at once), an unsaved change waiting, or writes
   * blocked (then the usual path keeps it as unsaved).
   */
  protected async logEdit(file: ArticleFile, scope: SaveScope): Promise<boolean> {
    const id = file.article.id
    const db = this.articleDbs.get(id)
    if (this.readOnly || this.guard.blockedReason || scope === 'all' || scope.article || !db || this.guard.isUnsaved(id)) return false
    const adapter = db.adapter as DurableJSONFile<ArticleFile>
    if (await adapter.changedOnDisk().catch(() => true)) return false // a stat; the full path rebases and tells
    recountClaims(db.data.claims, file.claims, scope.claimIds) // the index line's counts, without a pass over every claim
    db.data = file
    const claims = pickClaims(file.claims, scope.claimIds)
    const kept = new Set(claims.map((c) => c.id))
    const wal = this.logs.for(id, adapter.fingerprint?.sha256 ?? null)
    try {
      await this.tracked(id, wal.append({ claims, removed: scope.claimIds.filter((c) => !kept.has(c)) }))
    } catch {
      return false // the log refused (disk full...): the full write reports it the usual way
    }
    this.compactor.afterEdit(id, wal.pending)
    await this.updateIndexEntry(file, scope)
    return true
  }

  /** The compaction of an article: its file rewritten with what its log holds, then its index line. */
  protected fold(id: string): Promise<void> | undefined {
    if (!this.logs.pending(id) || !this.articleDbs.has(id)) return undefined
    return this.writeArticle(id).then(() => this.updateIndexEntry(this.articleDbs.get(id)!.data, { claimIds: [] }))
  }

  /** Folds an article's change log into its file: the file is rewritten atomically, then the log emptied. */
  async compact(id: string): Promise<void> {
    await this.compactor.compact(id)
  }

  /** Tries again to write every unsaved article (other than `except`); those that fail stay unsaved. */
  async retryUnsaved(except?: string): Promise<void> {
    for (const id of this.guard.unsavedIds()) {
      if (id === except || !this.articleDbs.has(id)) continue
      await this.writeArticle(id).then(
        () => this.updateIndexEntry(this.articleDbs.get(id)!.data, 'all'),
        () => undefined,
      )
    }
  }

  /** Writes an article's in-memory version; rebases it when the file changed on disk. */
  protected async writeArticle(id: string): Promise<void> {
    const db = this.articleDbs.get(id)!
    const adapter = db.adapter as DurableJSONFile<ArticleFile>
    if (this.guard.blockedReason) throw this.guard.refuseBlocked(id)
    const wal = this.logs.get(id)
    const mark = wal?.mark() // db.data holds every record logged before this
    // Before the new file is renamed into place, the log says which records it holds.
    adapter.beforeReplace = async (data, sha) => {
      const fold = this.folds.get(data)
      const log = this.logs.get(id)
      if (fold !== undefined && log && log.pending > 0) await log.folding(fold, sha)
    }
    for (let attempt = 0; ; attempt++) {
      try {
        if (mark !== undefined) this.folds.set(db.data, mark)
        await db.write()
        this.synced.set(id, db.data)
        this.guard.mark(id, null)
        if (wal && mark !== undefined && wal.pending > 0) await wal.compacted(mark, adapter.fingerprint?.sha256 ?? null)
        return
      } catch (error) {
        if (error instanceof ExternalChangeError && attempt < 3) {
          const theirs = validate(parseJsonOrNull(error.current), ArticleFileSchema)
          if (!theirs.ok) {
            this.guard.mark(id, message('unsaved.changedUnreadable', { detail: theirs.why }))
            throw new ClaimdeskError('not-saved', message('error.articleChangedUnreadable', { file: `${ARTICLES_DIR}/${id}.json`, reason: theirs.why }))
          }
          const base = this.synced.get(id) ?? theirs.data
          const rebased = rebaseArticle(base, db.data, theirs.data, this.now().toISOString(), 'changed on disk')
          adapter.adopt(error.fingerprint)
          this.synced.set(id, theirs.data)
          db.data = rebased.file
          this.reportExternalChange(id, rebased.conflicts.map((c) => c.field), true)
          continue
        }
        if (error instanceof ExternalChangeError || errorCode(error) === undefined) throw error
        this.guard.mark(id, describeFileError(error))
        throw new ClaimdeskError('not-saved', message('error.keptUntilNext', { unsaved: this.unsavedState()!.text! }))
      }
    }
  }

  /**
   * Reloads an article whose file changed on disk (seen by a watcher or a check), keeping
   * a pending unsaved edit on top. Returns true when something was reloaded.
   */
  async reloadIfChanged(id: string): Promise<boolean> {
    const db = this.articleDbs.get(id)
    if (!db) return false // not in memory: it is read fresh on first use
    const adapter = db.adapter as DurableJSONFile<ArticleFile>
    await adapter.flush()
    const changed = await adapter.changedOnDisk().catch(() => null)
    if (!changed) return false
    const theirs = validate(parseJsonOrNull(changed.bytes), ArticleFileSchema)
    if (!theirs.ok) return false // a half-written or foreign file: our next write refuses and reports it
    const pending = this.guard.isUnsaved(id) || this.hasLoggedEdits(id)
    const base = this.synced.get(id) ?? theirs.data
    const rebased = pending ? rebaseArticle(base, db.data, theirs.data, this.now().toISOString(), 'changed on disk') : { file: theirs.data, conflicts: [] }
    adapter.adopt(changed.fingerprint)
    this.synced.set(id, theirs.data)
    db.data = rebased.file
    if (pending) await this.writeArticle(id).catch(() => undefined)
    await this.updateIndexEntry(db.data, 'all')
    this.reportExternalChange(id, rebased.conflicts.map((c) => c.field), pending)
    return true
  }

  protected reportExternalChange(id: string, conflicts: string[], hadPendingEdit: boolean): void {
    const title = this.articleDbs.get(id)?.data.article.title ?? id
    const unique = [...new Set(conflicts)]
    const text = unique.length
      ? message('external.bothChanged', { title, fields: joinMessages(unique.map(conflictPart), 'external.list') })
      : message(hadPendingEdit ? 'external.reloadedKept' : 'external.reloaded', { title })
    this.notices.push(noticeWith(this.articlePath(id), this.articlePath(id), text))
    this.onExternalChange({ articleId: id, title, conflicts: unique, message: formatMessage(text), text })
  }
}

/** A conflict's part (article-rebase.ts names them) in words the window can translate. */
function conflictPart(part: string): MessageValue {
  if (part === 'article') return message('external.article')
  if (part === DELETED_ON_DISK) return message('external.deletedOnDisk')
  if (part === DELETED_HERE) return message('external.deletedHere')
  const evidence = /^evidence (.+)$/.exec(part)
  if (evidence) return message('external.evidence', { id: evidence[1] })
  return (CLAIM_KEYS as string[]).includes(part) ? message(`claimPart.${part}` as 'claimPart.note') : part
}
