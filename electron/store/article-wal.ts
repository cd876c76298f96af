// A per-article change log (write-ahead log) in .claimdesk/wal/<article id>.jsonl.
// Rewriting a 135,000-claim article file on every click costs tens of seconds, so a
// click appends one fsynced line with the claims it changed (whole, so replaying a
// line twice is harmless) and the article file is rewritten later ("compaction": on
// idle, when the log grows, on close), through the store's atomic write path.
//   {"claimdeskWal":1,"base":"<sha256 of the article file the lines apply to>"}
//   {"claims":[...claims as they are after the edit],"removed":["claim id", ...],"seq":7}
//   {"fold":8,"sha":"<sha256 of the article file a compaction is about to put in place>"}
// A compaction appends a "fold" line before it renames the new article file into place:
// that file holds every record numbered below `fold`. A kill after the rename and before
// the log is rewritten leaves a file whose hash is the fold's, so replay skips exactly
// those records and applies the later ones. No clock is read: claims' updatedAt can go
// backwards with the machine's clock.
// Reading an article applies its log on top of the file. A torn last line (a kill
// mid-append) is ignored: that edit was never acknowledged. A damaged line before the
// last keeps what comes before it. Once the file holds the logged edits, the log is
// rewritten (atomically) with only the lines that came after.
import { join } from 'node:path'
import { z } from 'zod'
import { sortClaims } from '../core/claim-ops'
import { ClaimSchema, Id, type ArticleFile, type Claim } from '../core/schema'
import { writeFileAtomic, type DurableOptions } from './durable-file'
import { nodeFileSystem } from './file-system'

export const WAL_DIR = join('.claimdesk', 'wal')

const HeaderSchema = z.object({ claimdeskWal: z.literal(1), base: z.string().nullable() })
const RecordSchema = z.object({ claims: z.array(ClaimSchema), removed: z.array(Id), seq: z.number().int().nonnegative().optional() })
export type WalRecord = z.infer<typeof RecordSchema>
const FoldSchema = z.object({ fold: z.number().int().nonnegative(), sha: z.string() })
export type WalFold = z.infer<typeof FoldSchema>

export interface WalContents {
  /** SHA-256 of the article file the records were written against (null: unknown). */
  base: string | null
  records: WalRecord[]
  /** Compactions begun: the article file whose hash is `sha` holds every record numbered below `fold`. */
  folds: WalFold[]
  /** The last line was cut short (a kill mid-append): left out. */
  torn: boolean
  /** 1-based line of the first damaged line before the last; the records before it are kept. */
  damagedAt: number | null
}

export function walPath(workspaceDir: string, articleId: string): string {
  return join(workspaceDir, WAL_DIR, `${articleId}.jsonl`)
}

function header(base: string | null): string {
  return JSON.stringify({ claimdeskWal: 1, base }) + '\n'
}

/** Parses a log's text. An empty or header-only log has no records. */
export function parseWal(text: string): WalContents {
  const rows = text.split('\n')
  const complete = text.endsWith('\n')
  if (complete) rows.pop()
  const result: WalContents = { base: null, records: [], folds: [], torn: false, damagedAt: null }
  for (let i = 0; i < rows.length; i++) {
    const isLast = i === rows.length - 1
    let ok = false
    try {
      const json: unknown = JSON.parse(rows[i])
      if (i === 0) {
        const head = HeaderSchema.safeParse(json)
        if (head.success) result.base = head.data.base
        ok = head.success
      } else {
        const record = RecordSchema.safeParse(json)
        const fold = record.success ? null : FoldSchema.safeParse(json)
        if (record.success) result.records.push(record.data)
        else if (fold?.success) result.folds.push(fold.data)
        ok = record.success || fold?.success === true
      }
    } catch {
      ok = false
    }
    if (ok && !(isLast && !complete)) continue
    if (isLast) result.torn = true
    else result.damagedAt = i + 1
    return result
  }
  return result
}

/**
 * The article with the log's records applied; whether they changed anything; and whether
 * the file is neither the one the log was written against nor one of its compactions
 * (another program changed it: the logged claims are applied on top).
 * A file a compaction put in place (its hash is a fold's) already holds the records
 * numbered below that fold: they are left out. Records of a log written before records
 * were numbered fall back to comparing updatedAt when the file is not the log's base.
 */
export function replayWal(file: ArticleFile, log: Pick<WalContents, 'base' | 'records' | 'folds'>, fileSha: string | null): { file: ArticleFile; changed: boolean; external: boolean } {
  const records = log.records
  const mismatch = log.base === null || log.base !== fileSha
  const fold = mismatch ? log.folds.findLast((f) => f.sha === fileSha) : undefined
  const external = mismatch && fold === undefined
  if (records.length === 0) return { file, changed: false, external }
  const claims = new Map<string, Claim>(file.claims.map((c) => [c.id, c]))
  const inFile = external ? new Map(claims) : null
  let changed = false
  for (const record of records) {
    if (fold && record.seq !== undefined && record.seq < fold.fold) continue // in the file already
    if (fold && record.seq === undefined) continue // unnumbered: written before the fold began
    for (const claim of record.claims) {
      const filed = record.seq === undefined ? inFile?.get(claim.id) : undefined
      if (filed && Date.parse(filed.updatedAt) > Date.parse(claim.updatedAt)) continue
      const current = claims.get(claim.id)
      if (!current || JSON.stringify(current) !== JSON.stringify(claim)) changed = true
      claims.set(claim.id, claim)
    }
    for (const id of record.removed) changed = claims.delete(id) || changed
  }
  return changed ? { file: { ...file, claims: sortClaims([...claims.values()]) }, changed, external } : { file, changed, external }
}

/**
 * The log of one article, written by this process. Appends and rewrites run one after
 * another in call order; each record is numbered, so a compaction can say which
 * records the article file now holds while newer ones are still being appended.
 */
export class ArticleWal {
  private queue: Promise<void> = Promise.resolve()
  /** Records not yet known to be in the article file, oldest first, with their numbers. */
  private lines: { seq: number; text: string }[] = []
  private nextSeq = 0
  /** The file on disk may end in a partial line: the next step rewrites it whole. */
  private failed = false
  /** Whether the log file exists with its header (false: the next append writes one). */
  private started: boolean

  constructor(
    readonly path: string,
    private base: string | null,
    private readonly options: DurableOptions = {},
    existing: { records: readonly WalRecord[]; started: boolean; clean: boolean } = { records: [], started: false, clean: true },
  ) {
    // Records taken over keep their numbers (a fold line on disk refers to them).
    this.nextSeq = Math.max(0, ...existing.records.map((r) => (r.seq ?? -1) + 1))
    for (const record of existing.records) {
      const seq = record.seq ?? this.nextSeq++
      this.lines.push({ seq, text: JSON.stringify({ ...record, seq }) + '\n' })
    }
    this.started = existing.started
    // A log read with a torn or damaged end is rewritten before the next append.
    this.failed = !existing.clean
  }

  /** Records the article file does not hold yet. */
  get pending(): number {
    return this.lines.length
  }

  /** The number of the next record: a compaction whose snapshot is taken now covers every record before it. */
  mark(): number {
    return this.nextSeq
  }

  /** Appends one record, fsynced. */
  append(record: WalRecord): Promise<void> {
    const seq = this.nextSeq++
    const line = { seq, text: JSON.stringify({ ...record, seq }) + '\n' }
    this.lines.push(line)
    const snapshot = this.lines.slice()
    return this.enqueue(async () => {
      if (this.failed) return this.rewrite(snapshot)
      if (this.started) return appendDurably(this.options, this.path, line.text)
      // A log left on disk (records its file already holds) is replaced whole, never
      // appended to: a second header after old lines would read as damage, hiding this edit.
      return this.rewrite(snapshot)
    })
  }

  /**
   * A compaction is about to put in place the article file whose SHA-256 is `sha`, which
   * holds every record numbered below `mark`: said in the log (fsynced) before the rename.
   */
  folding(mark: number, sha: string): Promise<void> {
    const line = JSON.stringify({ fold: mark, sha }) + '\n'
    const snapshot = this.lines.slice()
    return this.enqueue(async () => {
      if (this.failed || !this.started) await this.rewrite(snapshot)
      await appendDurably(this.options, this.path, line)
    })
  }

  /**
   * The article file now holds every record numbered below `mark`, and its SHA-256 is
   * `base`: those records leave the log (the rest stay, in order).
   */
  compacted(mark: number, base: string | null): Promise<void> {
    this.lines = this.lines.filter((l) => l.seq >= mark)
    this.base = base
    const snapshot = this.lines.slice()
    return this.enqueue(() => this.rewrite(snapshot))
  }

  /** Resolves when every append and rewrite so far has finished. */
  flush(): Promise<void> {
    return this.queue
  }

  private async rewrite(snapshot: { text: string }[]): Promise<void> {
    await writeFileAtomic(this.path, header(this.base) + snapshot.map((l) => l.text).join(''), this.options)
    this.started = true
    this.failed = false
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step).catch((error: unknown) => {
      this.failed = true
      throw error
    })
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Takes the log off the disk once nothing is pending (on close): the next append starts a new one. */
  async remove(): Promise<void> {
    await this.enqueue(async () => {
      if (this.lines.length > 0) return
      await (this.options.fs ?? nodeFileSystem).unlink(this.path).catch(() => undefined)
      this.started = false
    })
  }
}

/** One fsynced append, through the store's file-system boundary (so tests can inject errors). */
async function appendDurably(options: DurableOptions, path: string, text: string): Promise<void> {
  const handle = await (options.fs ?? nodeFileSystem).open(path, 'a', 0o644)
  try {
    await handle.write(text)
    await handle.datasync()
  } finally {
    await handle.close()
  }
}
