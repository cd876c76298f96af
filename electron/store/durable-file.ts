// A lowdb adapter that writes durably and never overwrites what it has not seen.
//  - write: serialise with stable key order, write a temp file in the same folder,
//    fsync it, rename it over the target (retried while another program holds the
//    file, as graceful-fs does), fsync the folder. A crash leaves either the old or the
//    new file, never half of one (lowdb's own JSONFile skips the fsync).
//  - before every write the file on disk is compared with what this adapter last read
//    or wrote (size and mtime, then SHA-256 if those differ): a file changed by git, a
//    sync tool or another Claimdesk is never overwritten; ExternalChangeError says so.
//  - overlapping writes are serialised and coalesced: only the newest data is written.
//  - read: decodes by byte-order mark and returns the raw parsed JSON; a busy file is
//    retried. Validation and quarantine live in the workspace store.
import { createHash, randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { DEFAULT_RETRY, errorCode, nodeFileSystem, readWithRetry, renameWithRetry, type FileSystem, type RetryPolicy } from './file-system'
import { parseJsonBytes } from './json-text'

export function stableStringify(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}

/** What a file looked like when this process last read or wrote it. */
export interface FileFingerprint {
  size: number
  mtimeMs: number
  sha256: string
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Encoding and hashing give the event loop a turn after this many bytes. */
const SLICE = 4 << 20
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The UTF-8 bytes of `parts` and their SHA-256, a slice at a time with a turn for the
 * event loop in between: done in one go for the ~180 MB file of a 135,000-claim article
 * it stopped the main process (every click) for about a second. Small files take no pause.
 */
export async function encodeAndHash(parts: readonly string[]): Promise<{ chunks: Buffer[]; sha256: string }> {
  const hash = createHash('sha256')
  const chunks: Buffer[] = []
  let sincePause = 0
  for (const part of parts) {
    const bytes = Buffer.from(part, 'utf8')
    chunks.push(bytes)
    for (let at = 0; at < bytes.byteLength; at += SLICE) {
      const slice = bytes.subarray(at, at + SLICE)
      hash.update(slice)
      sincePause += slice.byteLength
      if (sincePause >= SLICE) {
        sincePause = 0
        await pause()
      }
    }
  }
  return { chunks, sha256: hash.digest('hex') }
}

/** SHA-256 of bytes already in memory, with the same turns for the event loop. */
async function sha256InSlices(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength <= SLICE) return sha256Of(bytes)
  const hash = createHash('sha256')
  for (let at = 0; at < bytes.byteLength; at += SLICE) {
    if (at > 0) await pause()
    hash.update(bytes.subarray(at, at + SLICE))
  }
  return hash.digest('hex')
}

/** The file changed on disk since it was read: the write was not done. */
export class ExternalChangeError extends Error {
  constructor(
    readonly path: string,
    /** The bytes now on disk. */
    readonly current: Buffer,
    readonly fingerprint: FileFingerprint,
  ) {
    super(`${basename(path)} was changed by another program since it was read; it was not overwritten.`)
    this.name = 'ExternalChangeError'
  }
}

export interface DurableOptions {
  fs?: FileSystem
  retry?: RetryPolicy
  /**
   * Gives stableStringify's text without blocking for long (a 135,000-claim article
   * yields between chunks, and gives the text in parts: store/article-json.ts).
   * Default: stableStringify.
   */
  serialise?: (data: never) => Promise<string | string[]>
}

/** Writes `path` whole or not at all: temp file in the same folder, fsync, rename, fsync the folder. */
export async function writeFileAtomic(path: string, contents: string | Uint8Array | readonly Uint8Array[], options: DurableOptions = {}, sha256?: string): Promise<FileFingerprint> {
  const fs = options.fs ?? nodeFileSystem
  // Several chunks are written one after the other, never joined (a large article's file).
  const chunks: readonly Uint8Array[] = Array.isArray(contents) ? (contents as readonly Uint8Array[]) : [typeof contents === 'string' ? Buffer.from(contents, 'utf8') : (contents as Uint8Array)]
  const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  let mtimeMs: number
  try {
    const handle = await fs.open(temp, 'wx', 0o644)
    try {
      for (const chunk of chunks) await handle.writeFile(chunk)
      await handle.sync()
      mtimeMs = (await handle.stat()).mtimeMs // a rename keeps the mtime
    } finally {
      await handle.close()
    }
    await renameWithRetry(fs, temp, path, options.retry ?? DEFAULT_RETRY)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(fs, dirname(path))
  return { size, mtimeMs, sha256: sha256 ?? (await encodeAndHashBytes(chunks)) }
}

async function encodeAndHashBytes(chunks: readonly Uint8Array[]): Promise<string> {
  if (chunks.length === 1) return sha256InSlices(chunks[0])
  const hash = createHash('sha256')
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest('hex')
}

async function syncDirectory(fs: FileSystem, dir: string): Promise<void> {
  // Makes the rename itself durable. Not supported on Windows folders: best effort.
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    /* best effort */
  }
}

export class DurableJSONFile<T> implements Adapter<T> {
  private inFlight: Promise<void> | null = null
  private queued: { data: T; waiters: Array<{ resolve: () => void; reject: (e: unknown) => void }> } | null = null
  /** The file as last read or written here; null: there was no file. */
  private known: FileFingerprint | null = null
  private readonly fs: FileSystem
  private readonly retry: RetryPolicy
  private readonly serialise: ((data: T) => Promise<string | string[]>) | undefined
  /** Called with the data and the SHA-256 of its bytes after the check, before they replace the file. */
  beforeReplace: ((data: T, sha256: string) => Promise<void>) | null = null

  constructor(
    readonly path: string,
    options: DurableOptions = {},
  ) {
    this.fs = options.fs ?? nodeFileSystem
    this.retry = options.retry ?? DEFAULT_RETRY
    this.serialise = options.serialise as ((data: T) => Promise<string | string[]>) | undefined
  }

  /** Raw JSON, or null when the file does not exist. Throws SyntaxError when it does not parse. */
  async read(): Promise<T | null> {
    const bytes = await this.readBytes()
    if (bytes === null) return null
    return parseJsonBytes(bytes) as T
  }

  /** The file's bytes (null when missing), remembered as what this adapter has seen. */
  async readBytes(): Promise<Buffer | null> {
    let bytes: Buffer
    let mtimeMs: number
    try {
      // stat before reading: a change in between then shows as a newer mtime later, never hides.
      mtimeMs = (await this.fs.stat(this.path)).mtimeMs
      bytes = await readWithRetry(this.fs, this.path, this.retry)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') {
        this.known = null
        return null
      }
      throw error
    }
    this.known = { size: bytes.byteLength, mtimeMs, sha256: await sha256InSlices(bytes) }
    return bytes
  }

  /** Accepts the file as it is now on disk as the version this adapter knows (after a reload). */
  adopt(fingerprint: FileFingerprint | null): void {
    this.known = fingerprint
  }

  get fingerprint(): FileFingerprint | null {
    return this.known
  }

  /**
   * The file on disk when it differs from what this adapter last read or wrote, else null.
   * A file deleted from outside is not a change to protect: writing it again loses nothing.
   */
  async changedOnDisk(): Promise<{ bytes: Buffer; fingerprint: FileFingerprint } | null> {
    let info
    try {
      info = await this.fs.stat(this.path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    if (this.known && info.size === this.known.size && info.mtimeMs === this.known.mtimeMs) return null
    const bytes = await readWithRetry(this.fs, this.path, this.retry)
    const fingerprint = { size: bytes.byteLength, mtimeMs: info.mtimeMs, sha256: await sha256InSlices(bytes) }
    if (this.known && fingerprint.sha256 === this.known.sha256) {
      this.known = fingerprint // touched, not changed
      return null
    }
    return { bytes, fingerprint }
  }

  write(data: T): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.queued) {
        this.queued.data = data
        this.queued.waiters.push({ resolve, reject })
      } else {
        this.queued = { data, waiters: [{ resolve, reject }] }
      }
      if (!this.inFlight) this.inFlight = this.drain()
    })
  }

  /** Resolves when every queued write has reached the disk (or failed). */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight
  }

  private async drain(): Promise<void> {
    while (this.queued) {
      const { data, waiters } = this.queued
      this.queued = null
      try {
        // Serialised before the check, so the check stays right next to the write.
        const text = this.serialise ? await this.serialise(data) : stableStringify(data)
        const { chunks, sha256 } = await encodeAndHash(typeof text === 'string' ? [text] : text)
        // The check comes after the encoding (which may pause), right before the write.
        const changed = await this.changedOnDisk()
        if (changed) throw new ExternalChangeError(this.path, changed.bytes, changed.fingerprint)
        if (this.beforeReplace) await this.beforeReplace(data, sha256)
        this.known = await writeFileAtomic(this.path, chunks, { fs: this.fs, retry: this.retry }, sha256)
        for (const w of waiters) w.resolve()
      } catch (error) {
        for (const w of waiters) w.reject(error)
      }
    }
    this.inFlight = null
  }
}
