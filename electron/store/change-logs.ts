// The change logs of a workspace's articles (one per article: article-wal.ts). A claim
// edit is appended to its article's log; reading an article applies what its log holds
// (a crash, or a reader while the app runs); opening the workspace finds the logs left
// with edits, so they can be folded into their files (compaction.ts).
import { message } from '../core/messages'
import { noticeWith } from '../core/notices'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleFile } from '../core/schema'
import { quarantineNow } from './article-load'
import { ArticleWal, parseWal, replayWal, WAL_DIR, walPath } from './article-wal'
import type { DurableOptions } from './durable-file'
import type { RecoveryNotice } from './quarantine'

export interface AppliedLog {
  file: ArticleFile
  /** The log held edits the file does not: the file should be rewritten soon. */
  replayed: boolean
  notices: RecoveryNotice[]
}

export class ChangeLogs {
  private readonly wals = new Map<string, ArticleWal>()

  constructor(
    private readonly dir: string,
    private readonly durable: DurableOptions,
    private readonly readOnly: boolean,
    private readonly articlePath: (id: string) => string,
  ) {}

  /** The log of an article this process has written to or taken over, if any. */
  get(id: string): ArticleWal | undefined {
    return this.wals.get(id)
  }

  ids(): string[] {
    return [...this.wals.keys()]
  }

  /** The article's log, started against the file whose SHA-256 is `base` when there is none yet. */
  for(id: string, base: string | null): ArticleWal {
    let wal = this.wals.get(id)
    if (!wal) {
      wal = new ArticleWal(walPath(this.dir, id), base, this.durable)
      this.wals.set(id, wal)
    }
    return wal
  }

  /** Records the article file does not hold yet (a crash, or a reader that does not compact). */
  pending(id: string): number {
    return this.wals.get(id)?.pending ?? 0
  }

  /** Lets go of an article's log object (its article left memory); the file stays. */
  forget(id: string): void {
    this.wals.delete(id)
  }

  /** Takes an empty log off the disk (an article's log is not kept once its file holds everything). */
  async removeIfEmpty(id: string): Promise<void> {
    const wal = this.wals.get(id)
    if (wal && wal.pending === 0) await wal.remove()
  }

  /** Resolves when every append and rewrite so far has finished. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.wals.values()].map((wal) => wal.flush()))
  }

  /**
   * The article with the edits its change log holds (left by a crash, or by the app
   * while a reader looks). A torn last line is an edit never acknowledged: left out.
   */
  apply(id: string, file: ArticleFile, fileSha: string | null, now: Date): AppliedLog {
    const path = walPath(this.dir, id)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      return { file, replayed: false, notices: [] } // no log: the usual case
    }
    const notices: RecoveryNotice[] = []
    const log = parseWal(text)
    if (log.damagedAt !== null && !this.readOnly) {
      notices.push(quarantineNow(path, `the change log of “${file.article.title}” is damaged at line ${log.damagedAt}; the edits before it were kept`, now))
    }
    const replayed = replayWal(file, log, fileSha)
    if (replayed.changed && replayed.external && log.base !== null) {
      // The file was changed by another program after these edits were logged.
      const articlePath = this.articlePath(id)
      notices.push(noticeWith(articlePath, articlePath, message('notice.logApplied', { title: file.article.title, count: log.records.length })))
    }
    if (replayed.changed || log.torn || log.damagedAt !== null) {
      const clean = !log.torn && log.damagedAt === null
      this.wals.set(id, new ArticleWal(path, log.base, this.durable, { records: replayed.changed ? log.records : [], started: log.damagedAt === null, clean }))
    }
    return { file: replayed.file, replayed: replayed.changed, notices }
  }

  /** Article ids whose log on disk holds records (left by a crash): to be folded into their files on open. */
  async withRecords(): Promise<string[]> {
    await mkdir(join(this.dir, WAL_DIR), { recursive: true })
    const names = (await readdir(join(this.dir, WAL_DIR))).filter((n) => n.endsWith('.jsonl'))
    const ids: string[] = []
    for (const name of names) {
      const text = await readFile(join(this.dir, WAL_DIR, name), 'utf8').catch(() => '')
      if (parseWal(text).records.length > 0) ids.push(name.slice(0, -'.jsonl'.length))
    }
    return ids
  }
}
