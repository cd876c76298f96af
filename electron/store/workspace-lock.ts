// One writer per workspace. The app holds this lock while a workspace is open, and every
// CLI command that writes (import, merge) takes it for its run, so the CLI can never
// write under a running app (whose next save would otherwise replace the CLI's work).
//
// proper-lockfile does the locking (an atomic mkdir, kept fresh by touching its mtime,
// taken over when stale after a crash). Three additions:
//  - the lock folder holds owner.json (who, pid, host, since), so a refused command can
//    say who holds the workspace (a file beside it could be a previous holder's); proper-
//    lockfile removes its folder with rmdir, so it gets an fs whose rmdir removes both;
//  - the folder appears with owner.json already in it: proper-lockfile's mkdir is done as
//    a folder prepared beside it and renamed into place. Written after the mkdir, a kill
//    in between left a lock naming no owner, which nobody could judge for 10 s;
//  - a lock whose owner is a dead process on this machine is taken over at once,
//    instead of after the 10 s staleness window (a killed CLI must not block the app).
import * as fs from 'node:fs'
import { hostname } from 'node:os'
import { dirname, join } from 'node:path'
import lockfile from 'proper-lockfile'
import { ClaimdeskError } from '../core/errors'
import { formatMessage, message, type Message } from '../core/messages'

export const LOCK_DIR = join('.claimdesk', 'workspace.lock')
/** The app's holder words in owner.json (English, as every version writes and reads them). */
export const APP_HOLDER = 'the Claimdesk app'
const OWNER_FILE = 'owner.json'
/** Folders prepared for the rename into place: `.workspace.lock-<random>` beside the lock. */
const PREPARED = /^\.workspace\.lock-/
const STALE_MS = 10_000

export interface LockOwner {
  /** Who holds it, in words: "the Claimdesk app", "claimdesk merge". */
  holder: string
  pid: number
  host: string
  since: string
}

export interface WorkspaceLock {
  readonly owner: LockOwner
  /** Set when the lock was lost while held (its folder removed or not updatable). */
  readonly compromised: Error | null
  release(): Promise<void>
}

export interface LockOptions {
  holder: string
  /** How long to keep trying when another process holds the lock; 0: refuse at once. */
  waitMs?: number
  /**
   * Called once if the lock is lost while held: its folder was removed (a sync tool, a
   * cleanup) or taken over by another process that judged it stale (this one stalled).
   */
  onLost?: (error: Error) => void
  /** How old an unrefreshed lock must be to count as stale (tests shorten it; at least 2 s). */
  staleMs?: number
}

/** The lock is held by someone else: `holderText` names them (a code), `holder` in English. */
export class WorkspaceLockedError extends ClaimdeskError {
  readonly holder: string
  constructor(
    dir: string,
    readonly holderText: Message,
  ) {
    super('locked', message('workspaceLock.inUse', { dir, holder: holderText }))
    this.holder = formatMessage(holderText)
  }
}

function lockExists(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EEXIST: lock exists, mkdir '${path}'`), { code: 'EEXIST' })
}

/** The owner record each lock being taken in this process will hold, by lock path. */
const taking = new Map<string, LockOwner>()

/**
 * The file system proper-lockfile works through: its mkdir makes the lock folder appear
 * with its owner record in it (prepared beside it, then renamed into place), and its
 * rmdir removes the folder whole. One object for every lock: proper-lockfile remembers
 * the mtime precision it probed on it (a probe per lock sets the mtime ahead, and two
 * locks of one folder in one process then stop noticing each other).
 */
const lockFs = {
  ...fs,
  mkdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void): void => {
    let prepared: string | null = null
    try {
      const owner = taking.get(path)
      if (!owner) throw new Error(`No owner for the lock ${path}`)
      prepared = fs.mkdtempSync(join(dirname(path), '.workspace.lock-'))
      fs.writeFileSync(join(prepared, OWNER_FILE), JSON.stringify(owner))
      // A rename replaces an empty folder on POSIX: an (older) lock must refuse, as mkdir would.
      if (fs.existsSync(path)) throw lockExists(path)
      fs.renameSync(prepared, path)
      prepared = null
      callback(null)
    } catch (error) {
      if (prepared) fs.rmSync(prepared, { recursive: true, force: true })
      callback(fs.existsSync(path) ? lockExists(path) : (error as NodeJS.ErrnoException))
    }
  },
  rmdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) => fs.rm(path, { recursive: true, force: true }, callback),
  rmdirSync: (path: string) => fs.rmSync(path, { recursive: true, force: true }),
}

/** Folders a process killed while taking the lock prepared and never renamed: removed once their process is gone. */
function removeDeadPrepared(claimdeskDir: string): void {
  for (const name of fs.readdirSync(claimdeskDir)) {
    if (!PREPARED.test(name)) continue
    const owner = readOwner(join(claimdeskDir, name))
    if (owner === null || ownerDead(owner)) fs.rmSync(join(claimdeskDir, name), { recursive: true, force: true })
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(join(lockPath, OWNER_FILE), 'utf8')) as LockOwner
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // exists, owned by someone else
  }
}

function ownerDead(owner: LockOwner | null): boolean {
  return owner !== null && owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid)
}

/** Who holds the lock: "claimdesk merge (process 42, since 2026-11-26 06:04:46 UTC)" in English. */
export function describeOwner(owner: LockOwner | null): Message {
  if (!owner) return message('workspaceLock.starting')
  // The app's words are translated; a command's name ("claimdesk merge") is typed as it is.
  const holder = owner.holder === APP_HOLDER ? message('workspaceLock.app') : owner.holder
  const since = message('time.utc', { at: owner.since.replace('T', ' ').slice(0, 19) })
  return owner.host === hostname()
    ? message('workspaceLock.here', { holder, pid: owner.pid, since })
    : message('workspaceLock.elsewhere', { holder, pid: owner.pid, host: owner.host, since })
}

/** Takes the workspace's lock or throws ClaimdeskError('locked') naming the holder, in one line. */
export async function lockWorkspace(dir: string, options: LockOptions): Promise<WorkspaceLock> {
  const lockPath = join(dir, LOCK_DIR)
  fs.mkdirSync(join(dir, '.claimdesk'), { recursive: true })
  const owner: LockOwner = { holder: options.holder, pid: process.pid, host: hostname(), since: new Date().toISOString() }
  let compromised: Error | null = null
  const attempt = () => {
    taking.set(lockPath, owner)
    return lockfile.lock(dir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: options.staleMs ?? STALE_MS,
      fs: lockFs,
      retries: options.waitMs ? { retries: Math.ceil(options.waitMs / 250), minTimeout: 250, maxTimeout: 250, factor: 1 } : 0,
      onCompromised: (error) => {
        compromised = error
        options.onLost?.(error)
      },
    })
  }
  let release: () => Promise<void>
  try {
    release = await attempt()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    const holder = readOwner(lockPath)
    // Take over from a dead owner only if the lock is still the one we judged.
    if (!ownerDead(holder) || JSON.stringify(readOwner(lockPath)) !== JSON.stringify(holder)) {
      throw new WorkspaceLockedError(dir, describeOwner(holder))
    }
    fs.rmSync(lockPath, { recursive: true, force: true })
    try {
      release = await attempt()
    } catch {
      throw new WorkspaceLockedError(dir, describeOwner(readOwner(lockPath)))
    }
  }
  removeDeadPrepared(join(dir, '.claimdesk'))
  return {
    owner,
    get compromised() {
      return compromised
    },
    release: async () => {
      if (compromised) return // not ours any more: removing it could free someone else's lock
      await release().catch(() => undefined)
    },
  }
}
