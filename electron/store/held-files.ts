// Article files this version must not write: a file from a newer version, or one that
// could not be read when it was opened, is "held" (left exactly where it is; a save,
// an import or a merge for it is refused). Files already reported (moved aside or left
// alone) are remembered, so they are not reported again as missing.
import type { Message } from '../core/messages'
import type { ArticleFile } from '../core/schema'
import type { LoadResult } from './article-load'
import type { RecoveryNotice } from './quarantine'

export interface HeldFile {
  path: string
  reason: string
  /** The reason as a code, when it was made from one (a migration's, zod's). */
  why: string | Message
  contentHash?: string
}

export class HeldFiles {
  private readonly held = new Map<string, HeldFile>()
  private readonly reported = new Set<string>()

  /** Records a file that was not loaded (named `nameId`.json); returns its notice. */
  note(nameId: string, loaded: Extract<LoadResult<ArticleFile>, { status: 'skipped' }>): RecoveryNotice {
    this.reported.add(nameId)
    if (loaded.held) {
      const entry = { path: loaded.notice.file, reason: loaded.notice.reason, why: loaded.notice.why ?? loaded.notice.reason, ...(loaded.held.contentHash ? { contentHash: loaded.held.contentHash } : {}) }
      this.held.set(loaded.held.id ?? nameId, entry)
      this.held.set(nameId, entry) // the file's own name is never written either
    }
    return loaded.notice
  }

  /** The held file of this article id, if any. */
  get(id: string): HeldFile | undefined {
    return this.held.get(id)
  }

  /** A held file matched by id or content hash (an import of the same text again). */
  find(idOrHash: { id?: string; contentHash?: string }): HeldFile | undefined {
    if (idOrHash.id && this.held.has(idOrHash.id)) return this.held.get(idOrHash.id)
    return [...this.held.values()].find((h) => h.contentHash !== undefined && h.contentHash === idOrHash.contentHash)
  }

  /** Whether this article's file was held or reported already. */
  isReported(id: string): boolean {
    return this.held.has(id) || this.reported.has(id)
  }
}
