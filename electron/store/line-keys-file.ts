// Each article's line keys (line-keys.ts: short hashes of the lines that may be page
// furniture) kept beside the workspace index, in .claimdesk/line-keys.json, not in it: at
// 2,000 articles they were 0.9 MB of claimdesk.json's 2.45 MB, which every open parses and
// validates (open to the article list: median 447 ms with them, 236 ms without, load 12)
// and every index write serialises again.
// A cache: each article's keys are stamped with the content hash of the text they were
// computed from, and are used only while the index says the article has that hash. A
// missing or damaged file costs nothing but a recount (each save, and the search worker's
// pass over the files, fill what is missing).
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ignoreInGit } from './cache-files'
import { writeFileAtomic, type DurableOptions } from './durable-file'
import { articleLineKeys } from './line-keys'

export const LINE_KEYS_FILE = join('.claimdesk', 'line-keys.json')
const FORMAT = 1

interface Stamped {
  contentHash: string
  keys: string[]
}

export class LineKeysFile {
  private readonly entries = new Map<string, Stamped>()
  private dirty = false
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private readonly readOnly: boolean,
    private readonly durable: DurableOptions,
    /** The articles in the workspace now: the others are not written again. */
    private readonly listed: () => Iterable<string>,
    /** Quiet time before a change is written. */
    public delayMs = 1000,
  ) {}

  /** Read on first use, not at open: the article list does not wait for it. */
  static open(dir: string, readOnly: boolean, durable: DurableOptions, listed: () => Iterable<string>): LineKeysFile {
    return new LineKeysFile(join(dir, LINE_KEYS_FILE), readOnly, durable, listed)
  }

  private loaded = false

  private get stamped(): Map<string, Stamped> {
    if (this.loaded) return this.entries
    this.loaded = true
    try {
      const data = JSON.parse(readFileSync(this.path, 'utf8')) as { format?: number; articles?: Record<string, Stamped> }
      if (data?.format === FORMAT && data.articles && typeof data.articles === 'object') {
        for (const [id, entry] of Object.entries(data.articles)) {
          if (typeof entry?.contentHash === 'string' && Array.isArray(entry.keys) && entry.keys.every((k) => typeof k === 'string')) this.entries.set(id, entry)
        }
      }
    } catch {
      /* none yet, or damaged: recounted */
    }
    return this.entries
  }

  /** The article's keys, when they were computed from the text with this content hash. */
  keysOf(id: string, contentHash: string): string[] | undefined {
    const entry = this.stamped.get(id)
    return entry?.contentHash === contentHash ? entry.keys : undefined
  }

  set(id: string, contentHash: string, keys: string[]): void {
    const entry = this.stamped.get(id)
    if (entry?.contentHash === contentHash && entry.keys.length === keys.length && entry.keys.every((k, i) => k === keys[i])) return
    this.entries.set(id, { contentHash, keys })
    this.schedule()
  }

  /** Computes the keys of an article's text unless they are known for it (a click does not re-read the text). */
  ensure(id: string, contentHash: string, text: string): void {
    if (!this.keysOf(id, contentHash)) this.set(id, contentHash, articleLineKeys(text))
  }

  private schedule(): void {
    this.dirty = true
    if (this.readOnly || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.write()
    }, this.delayMs)
    this.timer.unref?.()
  }

  /** Writes what changed (close); a refused write loses nothing but a recount. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.write()
  }

  private write(): Promise<void> {
    const run = async () => {
      if (!this.dirty || this.readOnly) return
      this.dirty = false
      const articles: Record<string, Stamped> = {}
      for (const id of this.listed()) {
        const entry = this.stamped.get(id)
        if (entry) articles[id] = entry
      }
      try {
        await mkdir(dirname(this.path), { recursive: true })
        await writeFileAtomic(this.path, JSON.stringify({ format: FORMAT, articles }), this.durable, 'not-computed')
        ignoreInGit(dirname(this.path), basename(this.path))
      } catch {
        /* a cache: the next save, or the next open's pass, fills it again */
      }
    }
    this.writing = this.writing.then(run, run)
    return this.writing
  }
}
