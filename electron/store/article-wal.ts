// A per-article change log (write-ahead log) in .claimdesk/wal/<article id>.jsonl.
// Rewriting a 135,000-claim article file on every click costs tens of seconds, so a
// click appends one fsynced line with the claims it changed (whole, so replaying a
// line twice is harmless) and the article file is rewritten later ("compaction": on
// idle, when the log grows, on close), through the store's atomic write path.
//   {"claimdeskWal":1,"base":"<sha256 of the article file the lines apply to>"}
//   {"claims":[...claims as they are after the edit],"removed":["claim id", ...]}
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
const RecordSchema = z.object({ claims: z.array(ClaimSchema), removed: z.array(Id) })
export type WalRecord = z.infer<typeof RecordSchema>

export interface WalContents {
  /** SHA-256 of the article file the records were written against (null: unknown). */
  base: string | null
  records: WalRecord[]
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
  const result: WalContents = { base: null, records: [], torn: false, damagedAt: null }
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
        if (record.success) result.records.push(record.data)
        ok = record.success
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
 * The article with the log's records applied, and whether they changed anything.
 * `fileIsNewer`: the file is not the one the log was written against (a whole-file save
 * killed before it could rewrite the log, or another program), so a logged claim older
 * than the file's own (updatedAt) is already superseded there and is left out.
 */
export function replayWal(file: ArticleFile, records: readonly WalRecord[], fileIsNewer = false): { file: ArticleFile; changed: boolean } {
  if (records.length === 0) return { file, changed: false }
  const claims = new Map<string, Claim>(file.claims.map((c) => [c.id, c]))
  const inFile = fileIsNewer ? new Map(claims) : null
  let changed = false
  for (const record of records) {
    for (const claim of record.claims) {
      const filed = inFile?.get(claim.id)
      if (filed && Date.parse(filed.updatedAt) > Date.parse(claim.updatedAt)) continue
      const current = claims.get(claim.id)
      if (!current || JSON.stringify(current) !== JSON.stringify(claim)) changed = true
      claims.set(claim.id, claim)
    }
    for (const id of record.removed) changed = claims.delete(id) || changed
  }
  return changed ? { file: { ...file, claims: sortClaims([...claims.values()]) }, changed } : { file, changed }
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
    for (const record of existing.records) this.lines.push({ seq: this.nextSeq++, text: JSON.stringify(record) + '\n' })
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
    const line = { seq: this.nextSeq++, text: JSON.stringify(record) + '\n' }
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
