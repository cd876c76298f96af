// The file-system boundary of the store. Everything that writes or reads workspace
// files goes through a FileSystem, so a test can inject the errors real machines
// produce (EPERM from an antivirus on Windows, ENOSPC, EROFS, EBUSY) without root.
//
// Retries follow graceful-fs: on Windows a rename over a file that an indexer,
// antivirus or sync tool holds open fails with EPERM/EBUSY/EACCES for a moment, and
// succeeds when tried again a little later. graceful-fs retries for up to 60 s; a
// save the user is waiting on gives up sooner (about 2.5 s) and is kept as unsaved
// and retried with the next save instead.
import * as nodeFs from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { message, type Message } from '../core/messages'

export interface FileSystem {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>
  readFile(path: string): Promise<Buffer>
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  stat: (path) => nodeFs.stat(path),
  readFile: (path) => nodeFs.readFile(path),
}

export interface RetryPolicy {
  /** Waits between attempts, in ms; one more attempt than there are delays. */
  delays: readonly number[]
  sleep(ms: number): Promise<void>
}

export const DEFAULT_RETRY: RetryPolicy = {
  delays: [10, 20, 40, 80, 160, 320, 640, 1000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** Errors that say "someone else has this file open right now", not "this file is bad". */
const BUSY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES', 'EIO', 'EAGAIN', 'EMFILE', 'ENFILE'])
/** Rename retries: the Windows sharing-violation family, as graceful-fs does. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? ((error as NodeJS.ErrnoException).code ?? undefined) : undefined
}

export function isBusyError(error: unknown): boolean {
  return BUSY_CODES.has(errorCode(error) ?? '')
}

async function retrying<T>(run: () => Promise<T>, retryable: (error: unknown) => boolean, policy: RetryPolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      if (!retryable(error) || attempt >= policy.delays.length) throw error
      await policy.sleep(policy.delays[attempt])
    }
  }
}

export function renameWithRetry(fs: FileSystem, from: string, to: string, policy: RetryPolicy = DEFAULT_RETRY): Promise<void> {
  return retrying(() => fs.rename(from, to), (e) => RENAME_RETRY_CODES.has(errorCode(e) ?? ''), policy)
}

/** Reads a whole file; a busy file is retried, "not found" is not. */
export function readWithRetry(fs: FileSystem, path: string, policy: RetryPolicy = DEFAULT_RETRY): Promise<Buffer> {
  return retrying(() => fs.readFile(path), isBusyError, policy)
}

/** One line a reviewer can act on, for a failed save or read (the system's own code or text as its detail). */
export function describeFileError(error: unknown): Message {
  switch (errorCode(error)) {
    case 'EPERM':
    case 'EBUSY':
    case 'EACCES':
      return message('fileError.locked')
    case 'ENOSPC':
    case 'EDQUOT':
      return message('fileError.diskFull')
    case 'EROFS':
      return message('fileError.readOnly')
    case 'EIO':
      return message('fileError.io')
    case 'ENOENT':
      return message('fileError.folderGone')
    default:
      return message('fileError.refused', { detail: errorCode(error) ?? (error as Error)?.message?.split('\n')[0] ?? String(error) })
  }
}
