// When an article's change log is folded into its file ("compaction"): after a quiet
// moment without an edit in that article, at once when its log grows long, and on
// demand (close, removal, recovery on open). One compaction per article at a time; the
// fold itself (write the file atomically, then drop the records it holds from the log)
// is the store's.

/** Logged records that make an article's file be rewritten without waiting for quiet. */
export const COMPACT_RECORDS = 500

export class Compactor {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  /** Compactions in flight (the file rewrite behind an article's log). */
  private readonly running = new Map<string, Promise<void>>()

  /**
   * `fold` writes the article's file with everything its log holds, or returns undefined
   * when there is nothing to fold. `enabled` is false for a reader without the lock.
   */
  constructor(
    private readonly fold: (id: string) => Promise<void> | undefined,
    private readonly enabled: boolean,
    /** Quiet time before an article's log is folded into its file. */
    public afterMs = 2000,
  ) {}

  /** Plans the fold after an edit: at once when the log holds `pending` records or more than COMPACT_RECORDS. */
  afterEdit(id: string, pending: number): void {
    this.schedule(id, pending >= COMPACT_RECORDS ? 0 : this.afterMs)
  }

  schedule(id: string, delayMs: number): void {
    if (!this.enabled) return
    clearTimeout(this.timers.get(id))
    const timer = setTimeout(() => {
      this.timers.delete(id)
      void this.compact(id).catch(() => undefined) // a refused write leaves the log as it is: nothing lost
    }, delayMs)
    timer.unref?.()
    this.timers.set(id, timer)
  }

  /** Folds an article's change log into its file now (after a fold already running). */
  async compact(id: string): Promise<void> {
    clearTimeout(this.timers.get(id))
    this.timers.delete(id)
    const before = this.running.get(id)
    if (before) await before.catch(() => undefined)
    const run = this.fold(id)
    if (!run) return
    this.running.set(id, run)
    try {
      await run
    } finally {
      if (this.running.get(id) === run) this.running.delete(id)
    }
  }

  isRunning(id: string): boolean {
    return this.running.has(id)
  }
}
