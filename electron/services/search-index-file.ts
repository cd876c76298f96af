// The claim search index on disk: one segment file (.claimdesk/search-index.bin), so
// that the search worker holds only the vocabulary and a few numbers per claim, reads a
// term's postings and a hit's text when a query needs them, and does not rebuild the
// index from every article file on each open.
//
// Layout: sections of raw typed arrays, then a JSON header, its length and a magic
// number at the very end (the header is written last, once every section's size is
// known). The header names the format, the indexing rules and, for each article, the
// SHA-256 of the article file its claims were indexed from: the worker uses an
// article's part only while its file still has that hash, and rebuilds the rest.
// Written to a temp file, fsynced and renamed into place; anything that does not
// read back whole is ignored and rebuilt. Reads are synchronous: the worker runs one
// query at a time, and each read is one term's postings or one hit's text.
import { randomBytes } from 'node:crypto'
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { endianness } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { INDEX_RULES } from '../core/search'
import type { ClaimDetails } from '../core/search'
import type { IndexSegment, SegmentSource } from '../core/search-segment'
import { ignoreInGit } from '../store/cache-files'

/** Bump with any change to the layout below. */
export const SEGMENT_FORMAT = 2
const MAGIC = 0x58534443 // "CDSX"

export interface SegmentFile extends IndexSegment {
  /** Per article (as in `articles`): the SHA-256 of the file its claims were indexed from; null when not known. */
  readonly sha256: readonly (string | null)[]
  close(): void
  /** Opens the file again after close() (a replacement that failed left it in place). */
  reopen(): void
}

type Section = 'postings' | 'stored' | 'lengths' | 'states' | 'corroborations' | 'sourcings' | 'docArticles' | 'termOffsets' | 'storedOffsets'

interface Header {
  format: number
  rules: string
  endianness: string
  docCount: number
  terms: string[]
  articles: { id: string; title: string; sha256: string | null }[]
  sections: Record<Section, [offset: number, bytes: number]>
}

/** Writes in 1 MB pieces at increasing offsets. */
class Writer {
  private buffer = Buffer.allocUnsafe(1 << 20)
  private used = 0
  offset = 0
  constructor(private readonly fd: number) {}
  bytes(data: Uint8Array): void {
    if (this.used + data.byteLength > this.buffer.byteLength) this.drain()
    if (data.byteLength > this.buffer.byteLength) writeSync(this.fd, data)
    else {
      this.buffer.set(data, this.used)
      this.used += data.byteLength
    }
    this.offset += data.byteLength
  }
  typed(array: Float64Array | Uint32Array | Uint8Array | Int32Array): void {
    this.bytes(new Uint8Array(array.buffer, array.byteOffset, array.byteLength))
  }
  drain(): void {
    if (this.used > 0) writeSync(this.fd, this.buffer, 0, this.used)
    this.used = 0
  }
}

/**
 * Writes `source` as the segment file at `path` (replacing it). `beforeReplace` runs
 * just before the rename: the caller closes its own handle on the old file there
 * (Windows cannot rename over an open file).
 */
export function writeSegmentFile(path: string, source: SegmentSource, sha256Of: (articleId: string) => string | null, beforeReplace: () => void = () => undefined): void {
  mkdirSync(dirname(path), { recursive: true })
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temp, 'wx', 0o644)
  try {
    const out = new Writer(fd)
    const sections = {} as Header['sections']
    const section = (name: Section, write: () => void) => {
      const start = out.offset
      write()
      sections[name] = [start, out.offset - start]
    }
    const terms: string[] = []
    const termOffsets: number[] = [0]
    section('postings', () => {
      source.terms.forEach((term, termId) => {
        const pairs = source.postings(termId)
        if (pairs.length === 0) return // every claim using it is gone
        terms.push(term)
        out.typed(pairs)
        termOffsets.push(termOffsets[termOffsets.length - 1] + pairs.length / 2)
      })
    })
    const storedOffsets = new Float64Array(source.docCount + 1)
    section('stored', () => {
      const start = out.offset
      for (let doc = 0; doc < source.docCount; doc++) {
        const { claimId, text, details } = source.stored(doc)
        storedOffsets[doc] = out.offset - start
        out.bytes(Buffer.from(`${claimId}\u0000${text}\u0000${encodeDetails(details)}`, 'utf8'))
      }
      storedOffsets[source.docCount] = out.offset - start
    })
    section('lengths', () => out.typed(source.lengths))
    section('states', () => out.typed(source.states))
    section('corroborations', () => out.typed(source.corroborations))
    section('sourcings', () => out.typed(source.sourcings))
    section('docArticles', () => out.typed(source.docArticles))
    section('termOffsets', () => out.typed(Float64Array.from(termOffsets)))
    section('storedOffsets', () => out.typed(storedOffsets))
    const header: Header = {
      format: SEGMENT_FORMAT,
      rules: INDEX_RULES,
      endianness: endianness(),
      docCount: source.docCount,
      terms,
      articles: source.articles.map((a) => ({ id: a.id, title: a.title, sha256: sha256Of(a.id) })),
      sections,
    }
    const json = Buffer.from(JSON.stringify(header), 'utf8')
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(json.byteLength, 0)
    trailer.writeUInt32LE(MAGIC, 4)
    out.bytes(json)
    out.bytes(trailer)
    out.drain()
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {
      /* already gone */
    }
    throw error
  }
  closeSync(fd)
  beforeReplace()
  renameSync(temp, path)
  ignoreInGit(dirname(path), basename(path))
}

/** The segment file at `path`, or why it cannot be used (missing, from another version, damaged). */
export function openSegmentFile(path: string): SegmentFile | { unusable: string } {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    return { unusable: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none yet' : (error as Error).message }
  }
  try {
    const size = fstatSync(fd).size
    if (size < 8) throw new Error('too short')
    const trailer = read(fd, size - 8, 8)
    if (trailer.readUInt32LE(4) !== MAGIC) throw new Error('not a search index')
    const jsonBytes = trailer.readUInt32LE(0)
    if (jsonBytes > size - 8) throw new Error('header cut off')
    const header = JSON.parse(read(fd, size - 8 - jsonBytes, jsonBytes).toString('utf8')) as Header
    if (header.format !== SEGMENT_FORMAT) throw new Error(`format ${header.format}`)
    if (header.rules !== INDEX_RULES || header.endianness !== endianness()) throw new Error('built by other rules')
    for (const [offset, bytes] of Object.values(header.sections)) if (offset + bytes > size - 8 - jsonBytes) throw new Error('section cut off')
    const docCount = header.docCount
    const lengths = new Float64Array(docCount)
    const states = new Uint8Array(docCount)
    const corroborations = new Uint8Array(docCount)
    const sourcings = new Uint8Array(docCount)
    const docArticles = new Uint32Array(docCount)
    const termOffsets = new Float64Array(header.terms.length + 1)
    const storedOffsets = new Float64Array(docCount + 1)
    readInto(fd, header.sections.lengths, lengths)
    readInto(fd, header.sections.states, states)
    readInto(fd, header.sections.corroborations, corroborations)
    readInto(fd, header.sections.sourcings, sourcings)
    readInto(fd, header.sections.docArticles, docArticles)
    readInto(fd, header.sections.termOffsets, termOffsets)
    readInto(fd, header.sections.storedOffsets, storedOffsets)
    const [postingsAt] = header.sections.postings
    const [storedAt] = header.sections.stored
    let open = true
    return {
      terms: header.terms,
      articles: header.articles.map(({ id, title }) => ({ id, title })),
      sha256: header.articles.map((a) => a.sha256),
      docCount,
      lengths,
      states,
      corroborations,
      sourcings,
      docArticles,
      postingCount: (termId) => termOffsets[termId + 1] - termOffsets[termId],
      postings(termId) {
        const pairs = new Int32Array(2 * (termOffsets[termId + 1] - termOffsets[termId]))
        if (pairs.length > 0) readSync(fd, pairs, 0, pairs.byteLength, postingsAt + termOffsets[termId] * 8)
        return pairs
      },
      stored(doc) {
        const bytes = read(fd, storedAt + storedOffsets[doc], storedOffsets[doc + 1] - storedOffsets[doc]).toString('utf8')
        // The text may hold a NUL; the claim id and the details cannot.
        const cut = bytes.indexOf('\u0000')
        const last = bytes.lastIndexOf('\u0000')
        return { claimId: bytes.slice(0, cut), text: bytes.slice(cut + 1, last), details: decodeDetails(bytes.slice(last + 1)) }
      },
      close() {
        if (open) closeSync(fd)
        open = false
      },
      reopen() {
        if (!open) fd = openSync(path, 'r')
        open = true
      },
    }
  } catch (error) {
    closeSync(fd)
    return { unusable: `unreadable (${(error as Error).message})` }
  }
}

/** Most claims have no note, tags, attribution or evidence: then nothing is stored. */
function encodeDetails({ note, tags, attribution, evidence }: ClaimDetails): string {
  return note || tags.length || attribution !== null || evidence.length ? JSON.stringify([note, tags, attribution, evidence]) : ''
}

function decodeDetails(json: string): ClaimDetails {
  if (!json) return { note: '', tags: [], attribution: null, evidence: [] }
  const [note, tags, attribution, evidence] = JSON.parse(json) as [string, string[], string | null, string[]]
  return { note, tags, attribution, evidence }
}

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length)
  let done = 0
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done)
    if (n === 0) throw new Error('file cut off')
    done += n
  }
  return buffer
}

function readInto(fd: number, [offset, bytes]: [number, number], array: Float64Array | Uint32Array | Uint8Array): void {
  if (bytes !== array.byteLength) throw new Error('section of the wrong size')
  const view = new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
  view.set(read(fd, offset, bytes))
}
