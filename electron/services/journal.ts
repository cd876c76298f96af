// The undo/redo journal, append-only. Each user action appends one line to
// .claimdesk/journal.jsonl, fsynced, after the article file was written:
//   {"op":"do","entry":{...}}   an action (pushed on the undo stack; clears redo)
//   {"op":"undo"} / {"op":"redo"}   the newest entry moved between the stacks
//   {"op":"forget","articleId":"..."}   an article's entries dropped (merge, removal)
//   {"op":"redo-entry","entry":{...}}   only in a compacted file: rebuilds the redo stack
// Opening replays the lines. The previous design rewrote the whole journal (hundreds
// of KB, fsynced) on every click; an append costs one small write and one fsync.
// When the file holds many more lines than live entries it is compacted: rewritten
// atomically with one line per live entry. A crash mid-append leaves a torn last
// line: it is ignored (that action's undo entry is lost, never the action itself),
// and the file is compacted so the next append starts on a clean line.
// It lives in the workspace's private folder (not in the article files, which are
// meant to be shared and put under git).
import { message } from '../core/messages'
import { mkdir, open, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ClaimSchema, Id, IsoTime } from '../core/schema'
import { writeFileAtomic } from '../store/durable-file'
import { quarantine, type RecoveryNotice } from '../store/quarantine'
import { claimChange, ClaimChangeSchema, type ClaimChange } from './journal-changes'

export { applyClaimChange, claimChanges, type ClaimChange } from './journal-changes'

export const JOURNAL_LIMIT = 200
export const JOURNAL_FILE = 'journal.jsonl'
/** Compact once the file holds this many lines more than twice the live entries. */
const COMPACT_SLACK = 64

const JournalEntrySchema = z.object({
  articleId: Id,
  label: z.string(),
  // The label as a message code (core/messages), for the window to translate; an entry
  // without one (older journals) shows its English label.
  message: z.object({ code: z.string(), values: z.record(z.string(), z.unknown()).optional() }).optional(),
  at: IsoTime,
  changes: z.array(ClaimChangeSchema),
})
export type JournalEntry = z.infer<typeof JournalEntrySchema>

const HEADER = { claimdeskJournal: 1 as const }
const LineSchema = z.union([
  z.object({ claimdeskJournal: z.literal(1) }),
  z.object({ op: z.literal('do'), entry: JournalEntrySchema }),
  z.object({ op: z.literal('redo-entry'), entry: JournalEntrySchema }),
  z.object({ op: z.literal('undo') }),
  z.object({ op: z.literal('redo') }),
  z.object({ op: z.literal('forget'), articleId: Id }),
])
type Line = z.infer<typeof LineSchema>

interface Stacks {
  undo: JournalEntry[]
  redo: JournalEntry[]
}

function apply(stacks: Stacks, line: Line): void {
  if ('claimdeskJournal' in line) return
  switch (line.op) {
    case 'do':
      stacks.undo.push(line.entry)
      if (stacks.undo.length > JOURNAL_LIMIT) stacks.undo.splice(0, stacks.undo.length - JOURNAL_LIMIT)
      stacks.redo = []
      break
    case 'redo-entry':
      stacks.redo.push(line.entry)
      break
    case 'undo': {
      const entry = stacks.undo.pop()
      if (entry) stacks.redo.push(entry)
      break
    }
    case 'redo': {
      const entry = stacks.redo.pop()
      if (entry) stacks.undo.push(entry)
      break
    }
    case 'forget':
      stacks.undo = stacks.undo.filter((e) => e.articleId !== line.articleId)
      stacks.redo = stacks.redo.filter((e) => e.articleId !== line.articleId)
      break
  }
}

type Parsed = { stacks: Stacks; lines: number; torn: boolean; damagedAt: number | null }

/** Replays the journal's lines. A bad last line is a torn append; a bad line before it is damage. */
function replay(text: string): Parsed {
  const stacks: Stacks = { undo: [], redo: [] }
  const rows = text.split('\n')
  const complete = text.endsWith('\n')
  if (complete) rows.pop() // the empty string after the final newline
  let lines = 0
  for (let i = 0; i < rows.length; i++) {
    const isLast = i === rows.length - 1
    let line: Line | null = null
    try {
      const parsed = LineSchema.safeParse(JSON.parse(rows[i]))
      if (parsed.success) line = parsed.data
    } catch {
      line = null
    }
    if (!line || (isLast && !complete)) {
      if (isLast) return { stacks, lines, torn: true, damagedAt: null }
      return { stacks, lines, torn: false, damagedAt: i + 1 }
    }
    apply(stacks, line)
    lines++
  }
  return { stacks, lines, torn: false, damagedAt: null }
}

function serialise(stacks: Stacks): string {
  const lines: Line[] = [HEADER, ...stacks.undo.map((entry) => ({ op: 'do' as const, entry }))]
  for (const entry of stacks.redo) lines.push({ op: 'redo-entry', entry })
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n'
}

export class Journal {
  /** Appends and compactions run one after another, in call order. */
  private queue: Promise<void> = Promise.resolve()
  private failed = false

  private constructor(
    readonly path: string,
    private stacks: Stacks,
    private lines: number,
  ) {}

  static async open(workspaceDir: string, notices: RecoveryNotice[]): Promise<Journal> {
    const dir = join(workspaceDir, '.claimdesk')
    await mkdir(dir, { recursive: true })
    const path = join(dir, JOURNAL_FILE)
    let text: string | null = null
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (text === null) {
      const old = join(dir, 'journal.json')
      const stacks = await readOldJournal(old, notices)
      const journal = new Journal(path, stacks ?? { undo: [], redo: [] }, 0)
      await journal.compact()
      // Kept beside the new file, renamed, in case anyone needs it.
      if (stacks) await rename(old, `${old}.converted`)
      return journal
    }
    const parsed = replay(text)
    const journal = new Journal(path, parsed.stacks, parsed.lines)
    if (parsed.damagedAt !== null) {
      notices.push(
        await quarantine(path, message('notice.undoDamaged', { line: parsed.damagedAt })),
      )
    }
    // Start the next append on a clean line: rewrite what was read without the bad part.
    if (parsed.damagedAt !== null || parsed.torn || parsed.lines === 0) await journal.compact()
    return journal
  }

  get canUndo(): boolean {
    return this.stacks.undo.length > 0
  }

  get canRedo(): boolean {
    return this.stacks.redo.length > 0
  }

  peekUndo(): JournalEntry | undefined {
    return this.stacks.undo.at(-1)
  }

  peekRedo(): JournalEntry | undefined {
    return this.stacks.redo.at(-1)
  }

  /** Records an action. Changes that carry nothing (no field changed) are left out. */
  record(entry: JournalEntry): Promise<void> {
    return this.append({ op: 'do', entry })
  }

  /** Moves the newest undo entry to the redo stack (after the caller has applied it). */
  committedUndo(): Promise<void> {
    return this.append({ op: 'undo' })
  }

  committedRedo(): Promise<void> {
    return this.append({ op: 'redo' })
  }

  /** Drops entries for an article that no longer exists or was replaced (merge, removal). */
  async forgetArticle(articleId: string): Promise<void> {
    const mentioned = [...this.stacks.undo, ...this.stacks.redo].some((e) => e.articleId === articleId)
    if (mentioned) await this.append({ op: 'forget', articleId })
  }

  /** Resolves when every append so far is on disk. */
  flush(): Promise<void> {
    return this.queue
  }

  /**
   * The in-memory stacks change at once; the line reaches the disk in call order. A
   * compaction writes the stacks as they are at this call, so the lines queued after
   * it still apply on top of it.
   */
  private append(line: Line): Promise<void> {
    apply(this.stacks, line)
    this.lines++
    const live = this.stacks.undo.length + this.stacks.redo.length
    if (this.lines > 2 * live + COMPACT_SLACK) return this.compact()
    const text = JSON.stringify(line) + '\n'
    const snapshot = this.snapshot()
    return this.enqueue(() => appendDurably(this.path, text), snapshot)
  }

  private compact(): Promise<void> {
    const snapshot = this.snapshot()
    this.lines = snapshot.undo.length + snapshot.redo.length + 1
    return this.enqueue(null, snapshot)
  }

  private snapshot(): Stacks {
    return { undo: this.stacks.undo.slice(), redo: this.stacks.redo.slice() }
  }

  /**
   * Runs `step` (or writes the snapshot when step is null) after everything queued
   * before. After a failed write the file may end in a partial line or miss a line, so
   * the next write is a compaction of its own call-time snapshot instead.
   */
  private enqueue(step: (() => Promise<void>) | null, snapshot: Stacks): Promise<void> {
    const run = async () => {
      if (step && !this.failed) return step()
      this.failed = false
      await writeFileAtomic(this.path, serialise(snapshot))
    }
    const next = this.queue.then(run).catch((error: unknown) => {
      this.failed = true
      throw error
    })
    this.queue = next.catch(() => undefined)
    return next
  }
}

/** One fsynced append. Opened per line, so no handle stays open (Windows keeps open files locked). */
async function appendDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'a')
  try {
    await handle.write(text)
    await handle.datasync()
  } finally {
    await handle.close()
  }
}

// ---------------------------------------------------------------------------
// The journal before it was append-only: one JSON file with whole claims.

const OldEntrySchema = z.object({
  articleId: Id,
  label: z.string(),
  at: IsoTime,
  changes: z.array(z.object({ id: Id, before: ClaimSchema.nullable(), after: ClaimSchema.nullable() })),
})
const OldJournalSchema = z.object({ schemaVersion: z.literal(1), undo: z.array(OldEntrySchema), redo: z.array(OldEntrySchema) })

/** The old journal's stacks, converted; null when there is none (or it was quarantined). */
async function readOldJournal(path: string, notices: RecoveryNotice[]): Promise<Stacks | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  let parsed: ReturnType<typeof OldJournalSchema.safeParse>
  try {
    parsed = OldJournalSchema.safeParse(JSON.parse(text))
  } catch {
    notices.push(await quarantine(path, message('notice.undoNotJson')))
    return null
  }
  if (!parsed.success) {
    notices.push(await quarantine(path, message('notice.undoInvalid')))
    return null
  }
  const convert = (entry: z.infer<typeof OldEntrySchema>): JournalEntry => ({
    ...entry,
    changes: entry.changes
      .map((c) => claimChange(c.id, c.before ?? undefined, c.after ?? undefined))
      .filter((c): c is ClaimChange => c !== null),
  })
  return { undo: parsed.data.undo.map(convert), redo: parsed.data.redo.map(convert) }
}
