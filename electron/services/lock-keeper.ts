// Keeps the workspace lock for an open workspace, and decides what happens when it is
// lost while open: its folder removed (a sync tool, a cleanup) or taken over by another
// process that judged it stale (this one stalled, the laptop slept).
//  - lock free again: take it back at once; nothing else changes;
//  - someone else holds it: stop writing (their next save would replace ours, or ours
//    theirs). Changes go on being kept in memory, marked unsaved, until the lock is taken
//    back (retake(), the dialog's Try again), then they are written.
// Either way the listeners hear it (main shows a dialog, the renderer a banner).
import type { LockLostState, UnsavedState } from '../core/api'
import { formatMessage, message, type Message } from '../core/messages'
import { lockWorkspace, WorkspaceLockedError, type WorkspaceLock } from '../store/workspace-lock'

export type { LockLostState } from '../core/api'

/** What the keeper needs of the store: stop or resume writing, and save what waited. */
export interface WriteGate {
  blockWrites(reason: Message | null): void
  saveAll(): Promise<UnsavedState | null>
  unsavedState(): UnsavedState | null
}

export interface LockKeeperOptions {
  holder: string
  waitMs?: number
  /** Tests: a shorter staleness window, so a removed lock is noticed within a second or two. */
  staleMs?: number
}

export class LockKeeper {
  private lock: WorkspaceLock | null = null
  private readonly listeners = new Set<(state: LockLostState) => void>()
  private lostState: LockLostState | null = null
  private closed = false

  private constructor(
    private readonly dir: string,
    private readonly options: LockKeeperOptions,
    private gate: WriteGate | null = null,
  ) {}

  /** Takes the lock, or throws ClaimdeskError('locked') naming who holds it. */
  static async acquire(dir: string, options: LockKeeperOptions): Promise<LockKeeper> {
    const keeper = new LockKeeper(dir, options)
    keeper.lock = await keeper.take(options.waitMs ?? 0)
    return keeper
  }

  /** The store whose writes this lock guards (known once the store is open). */
  guard(gate: WriteGate): void {
    this.gate = gate
  }

  /** Null while the lock is held; else why it is not (the last lost-lock state). */
  get state(): LockLostState | null {
    return this.lostState
  }

  onLost(listener: (state: LockLostState) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** The lock was lost (proper-lockfile noticed): take it back if free, else stop writing. */
  async lost(): Promise<LockLostState> {
    this.lock = null
    return this.retake()
  }

  /** Tries to hold the lock again; once held, what waited in memory is written. */
  async retake(): Promise<LockLostState> {
    if (this.closed) return { retaken: false, holder: null, ...said(message('lockState.closed')), unsaved: null }
    if (this.lock) return { retaken: true, holder: null, ...said(message('lockState.held')), unsaved: this.gate?.unsavedState() ?? null }
    try {
      this.lock = await this.take(0)
    } catch (error) {
      if (!(error instanceof WorkspaceLockedError)) throw error
      this.gate?.blockWrites(message('unsaved.inUseBy', { holder: error.holderText }))
      return this.report({
        retaken: false,
        holder: error.holder,
        holderText: error.holderText,
        ...said(message('lockState.takenOver', { holder: error.holderText })),
        unsaved: this.gate?.unsavedState() ?? null,
      })
    }
    this.gate?.blockWrites(null)
    const unsaved = (await this.gate?.saveAll()) ?? null
    this.lostState = null
    return this.report({
      retaken: true,
      holder: null,
      ...said(
        unsaved
          ? message('lockState.retakenUnsaved', { unsaved: unsaved.text ?? unsaved.message })
          : message('lockState.retakenSaved'),
      ),
      unsaved,
    })
  }

  async release(): Promise<void> {
    this.closed = true
    const lock = this.lock
    this.lock = null
    await lock?.release()
  }

  private async take(waitMs: number): Promise<WorkspaceLock> {
    let taken: WorkspaceLock | null = null
    taken = await lockWorkspace(this.dir, {
      holder: this.options.holder,
      waitMs,
      ...(this.options.staleMs ? { staleMs: this.options.staleMs } : {}),
      // Only the lock held now counts: an older one noticed late must not undo a retake.
      onLost: () => {
        if (taken && taken === this.lock) void this.lost().catch(() => undefined)
      },
    })
    return taken
  }

  private report(state: LockLostState): LockLostState {
    if (!state.retaken) this.lostState = state
    for (const listener of this.listeners) listener(state)
    return state
  }
}

/** The state's sentences: English (the CLI, logs) and the code main and the window translate. */
function said(text: Message): { message: string; text: Message } {
  return { message: formatMessage(text), text }
}
