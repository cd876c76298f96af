// The undo/redo journal. Each entry is one user action: the claims it touched, as they
// were before and after (null = did not exist). Undo puts the "before" versions back,
// redo the "after" ones. It is kept in the workspace's private folder .claimdesk/ (not
// in the article files, which are meant to be shared and put under git), written
// durably after the article file, so undo works across a restart.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ClaimSchema, Id, IsoTime, type Claim } from '../core/schema'
import { DurableJSONFile } from '../store/durable-file'
import { quarantine, type RecoveryNotice } from '../store/quarantine'

export const JOURNAL_LIMIT = 200

const JournalEntrySchema = z.object({
  articleId: Id,
  label: z.string(),
  at: IsoTime,
  changes: z.array(z.object({ id: Id, before: ClaimSchema.nullable(), after: ClaimSchema.nullable() })),
})
const JournalSchema = z.object({
  schemaVersion: z.literal(1),
  undo: z.array(JournalEntrySchema),
  redo: z.array(JournalEntrySchema),
})
export type JournalEntry = z.infer<typeof JournalEntrySchema>
type JournalData = z.infer<typeof JournalSchema>

export class Journal {
  private constructor(
    private readonly file: DurableJSONFile<JournalData>,
    private data: JournalData,
  ) {}

  static async open(workspaceDir: string, notices: RecoveryNotice[]): Promise<Journal> {
    const dir = join(workspaceDir, '.claimdesk')
    await mkdir(dir, { recursive: true })
    const file = new DurableJSONFile<JournalData>(join(dir, 'journal.json'))
    let data: JournalData = { schemaVersion: 1, undo: [], redo: [] }
    try {
      const raw = await file.read()
      if (raw !== null) {
        const parsed = JournalSchema.safeParse(raw)
        if (parsed.success) data = parsed.data
        else notices.push(await quarantine(file.path, 'the undo history is invalid; undo starts afresh'))
      }
    } catch {
      notices.push(await quarantine(file.path, 'the undo history is not valid JSON; undo starts afresh'))
    }
    return new Journal(file, data)
  }

  get canUndo(): boolean {
    return this.data.undo.length > 0
  }

  get canRedo(): boolean {
    return this.data.redo.length > 0
  }

  peekUndo(): JournalEntry | undefined {
    return this.data.undo.at(-1)
  }

  peekRedo(): JournalEntry | undefined {
    return this.data.redo.at(-1)
  }

  async record(entry: JournalEntry): Promise<void> {
    this.data.undo.push(entry)
    if (this.data.undo.length > JOURNAL_LIMIT) this.data.undo.splice(0, this.data.undo.length - JOURNAL_LIMIT)
    this.data.redo = []
    await this.file.write(this.data)
  }

  /** Moves the newest undo entry to the redo stack (after the caller has applied it). */
  async committedUndo(): Promise<void> {
    const entry = this.data.undo.pop()
    if (entry) this.data.redo.push(entry)
    await this.file.write(this.data)
  }

  async committedRedo(): Promise<void> {
    const entry = this.data.redo.pop()
    if (entry) this.data.undo.push(entry)
    await this.file.write(this.data)
  }

  /** Drops entries for an article that no longer exists (e.g. after its file was quarantined). */
  async forgetArticle(articleId: string): Promise<void> {
    this.data.undo = this.data.undo.filter((e) => e.articleId !== articleId)
    this.data.redo = this.data.redo.filter((e) => e.articleId !== articleId)
    await this.file.write(this.data)
  }

  flush(): Promise<void> {
    return this.file.flush()
  }
}

export function claimChanges(before: Claim[], after: Claim[]): JournalEntry['changes'] {
  const beforeById = new Map(before.map((c) => [c.id, c]))
  const afterById = new Map(after.map((c) => [c.id, c]))
  const changes: JournalEntry['changes'] = []
  for (const [id, claim] of beforeById) {
    const next = afterById.get(id) ?? null
    if (!next || JSON.stringify(next) !== JSON.stringify(claim)) changes.push({ id, before: claim, after: next })
  }
  for (const [id, claim] of afterById) if (!beforeById.has(id)) changes.push({ id, before: null, after: claim })
  return changes
}
