// Whether this process may write now, and which changes live only in memory.
// The workspace lock (workspace-lock.ts, kept by services/lock-keeper.ts) can go to
// another process; while it is away nothing is written, so the other process's work is
// never overwritten, and every change waits here as unsaved with the reason. A save the
// file system refuses (locked file, disk full) is kept here the same way.
import { formatMessage, joinMessages, message, type Message } from '../core/messages'
import type { UnsavedState } from '../core/api'
import { ClaimdeskError } from '../core/errors'

export class WriteGuard {
  /** Why this process must not write now (the workspace lock went to another process), or null. */
  private blocked: Message | null = null
  /** Articles whose latest change is only in memory, with why. */
  private readonly unsaved = new Map<string, Message>()
  private lastState = 'null'

  /** `onChange` hears every change of the unsaved state (the header line, the check before quitting). */
  constructor(private readonly onChange: (state: UnsavedState | null) => void) {}

  /** The reason writes are blocked, or null. */
  get blockedReason(): Message | null {
    return this.blocked
  }

  block(reason: Message | null): void {
    this.blocked = reason
  }

  /** Refuses a change that cannot be kept as unsaved (remove, merge, settings) while writes are blocked. */
  assertWritable(): void {
    if (this.blocked) throw new ClaimdeskError('not-saved', message('error.notSaved', { reason: this.blocked }))
  }

  isUnsaved(id: string): boolean {
    return this.unsaved.has(id)
  }

  unsavedIds(): string[] {
    return [...this.unsaved.keys()]
  }

  /** Records that an article's change is only in memory (with why), or is saved (null). */
  mark(id: string, reason: Message | null): void {
    if (reason === null) this.unsaved.delete(id)
    else this.unsaved.set(id, reason)
    const state = this.state()
    const key = JSON.stringify(state)
    if (key === this.lastState) return
    this.lastState = key
    this.onChange(state)
  }

  state(): UnsavedState | null {
    if (this.unsaved.size === 0) return null
    const reasons = new Map([...this.unsaved.values()].map((reason) => [JSON.stringify(reason), reason]))
    const why = joinMessages([...reasons.values()], 'unsaved.andAlso') as Message
    const text = message('unsaved.summary', { count: this.unsaved.size, reasons: why })
    return { count: this.unsaved.size, message: formatMessage(text), text, why, articleIds: [...this.unsaved.keys()] }
  }

  /** The error for a write refused while blocked: the change is kept as unsaved. */
  refuseBlocked(id: string): ClaimdeskError {
    this.mark(id, this.blocked)
    return new ClaimdeskError('not-saved', message('error.keptUntilLock', { unsaved: this.state()!.text! }))
  }
}
