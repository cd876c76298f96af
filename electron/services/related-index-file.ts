// The related-claims index on disk (.claimdesk/related-index.bin), so that opening a
// workspace does not profile, judge, match and group every article again (31 s of CPU
// at 2,000 articles): what the related worker built is stored with, per article, the
// key of the file it was built from (related-reader.ts articleKey). The worker takes the
// stored state only for articles whose files still have that key, and profiles the rest.
//
// Layout, as the search segment's (search-index-file.ts): sections, then a JSON header,
// its length and a magic number at the very end. Sections: the body (JSON: feature names,
// articles with their claims, partners, decisions, groups), the claims' feature ids
// (Int32), the same-event verdicts (one bit row per article, Uint32) and the claim links
// of matched pairs (Float64). Written whole through the store's atomic write path; a file
// that does not read back whole (its checksum), or of another format or rules, is ignored
// and rebuilt.
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { endianness } from 'node:os'
import { basename, dirname } from 'node:path'
import type { Figure } from '../core/corroboration/figures'
import { featureId, featureName } from '../core/corroboration/feature-ids'
import type { LinkDecision, RelatedGroup } from '../core/corroboration/groups'
import type { ArticleProfile } from '../core/corroboration/profile'
import { restoredClaim } from '../core/corroboration/profile'
import { relatedRulesId } from '../core/corroboration/rules-id'
import { ignoreInGit } from '../store/cache-files'
import { writeFileAtomic } from '../store/durable-file'
import type { EngineSnapshot } from './related-engine'

/** Bump with any change to the layout below. */
export const RELATED_SEGMENT_FORMAT = 1
const MAGIC = 0x52534443 // "CDSR"

type Section = 'body' | 'features' | 'sameEvent' | 'links'

interface Header {
  format: number
  rules: string
  endianness: string
  articles: number
  sections: Record<Section, [offset: number, bytes: number]>
  /** SHA-256 of everything before the header: a flipped bit is a rebuild, not a wrong link. */
  sha256: string
}

/** [claim id, number of feature ids, figures, attribution, origins] */
type ClaimRecord = [string, number, Figure[] | null, string | null, string[] | null]

interface ArticleRecord {
  id: string
  /** The key of the file this article's part was built from; null: not known (never trusted). */
  key: string | null
  /** SHA-256 of what linking read of it (related-engine.ts RelatedArticle): a file whose key moved but that gives the same is kept. */
  digest: string | null
  outlet: string | null
  day: number | null
  concepts: string[]
  places: string[]
  names: string[]
  numbers: string[]
  origins: string[]
  script: string
  claims: ClaimRecord[]
  strongest: [partner: number, score: number][]
  decisions: LinkDecision[]
}

interface Body {
  features: string[]
  articles: ArticleRecord[]
  /** [article a, article b, number of links] per matched pair; their links are in the links section, in this order. */
  pairs: [number, number, number][]
  groups: RelatedGroup[]
}

/** What an article's part was built from: its file's key and what linking read of it. */
export interface ArticleStamp {
  key: string | null
  digest: string | null
}

export interface StoredRelatedIndex {
  snapshot: EngineSnapshot
  /** Per article of `snapshot.index.articles`. */
  stamps: ArticleStamp[]
}

const bytesOf = (a: Int32Array | Uint32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength)

/** Writes the snapshot as the segment at `path`, replacing it whole (temp file, fsync, rename). */
export async function writeRelatedSegment(path: string, snapshot: EngineSnapshot, stampOf: (articleId: string) => ArticleStamp): Promise<void> {
  const { articles, sameEvent, strongest, pairs } = snapshot.index
  // Feature ids are this thread's: stored by name, each used one once.
  const names: string[] = []
  const local = new Map<number, number>()
  let featureCount = 0
  for (const a of articles) for (const c of a.claims) featureCount += c.features.length
  const features = new Int32Array(featureCount)
  let at = 0
  const body: Body = {
    features: names,
    articles: articles.map((a, i) => ({
      id: a.id,
      ...stampOf(a.id),
      outlet: a.outlet,
      day: a.day,
      concepts: [...a.concepts],
      places: [...a.places],
      names: [...a.names],
      numbers: [...a.numbers],
      origins: [...a.origins],
      script: a.script,
      claims: a.claims.map((c): ClaimRecord => {
        for (const id of c.features) {
          let mine = local.get(id)
          if (mine === undefined) {
            mine = names.length
            local.set(id, mine)
            names.push(featureName(id))
          }
          features[at++] = mine
        }
        return [c.claimId, c.features.length, c.figures.length > 0 ? [...c.figures] : null, c.attribution, c.origins.size > 0 ? [...c.origins] : null]
      }),
      strongest: strongest[i].map((p): [number, number] => [p.partner, p.score]),
      decisions: snapshot.decisions[i],
    })),
    pairs: pairs.map((p): [number, number, number] => [p.a, p.b, p.links.length / 3]),
    groups: snapshot.groups,
  }
  const words = Math.ceil(articles.length / 32)
  const verdicts = new Uint32Array(articles.length * words)
  sameEvent.forEach((row, i) => {
    for (const j of row) verdicts[i * words + (j >>> 5)] |= 1 << (j & 31)
  })
  const links = new Float64Array(pairs.reduce((n, p) => n + p.links.length, 0))
  let linkAt = 0
  for (const p of pairs) {
    links.set(p.links, linkAt)
    linkAt += p.links.length
  }
  const chunks: Uint8Array[] = []
  let offset = 0
  const sections = {} as Header['sections']
  const add = (name: Section, bytes: Uint8Array) => {
    sections[name] = [offset, bytes.byteLength]
    chunks.push(bytes)
    offset += bytes.byteLength
    const pad = (8 - (offset % 8)) % 8 // typed arrays read back at aligned offsets
    if (pad > 0) {
      chunks.push(new Uint8Array(pad))
      offset += pad
    }
  }
  add('body', Buffer.from(JSON.stringify(body), 'utf8'))
  add('features', bytesOf(features))
  add('sameEvent', bytesOf(verdicts))
  add('links', bytesOf(links))
  const hash = createHash('sha256')
  for (const chunk of chunks) hash.update(chunk)
  const header: Header = { format: RELATED_SEGMENT_FORMAT, rules: relatedRulesId(), endianness: endianness(), articles: articles.length, sections, sha256: hash.digest('hex') }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(json.byteLength, 0)
  trailer.writeUInt32LE(MAGIC, 4)
  chunks.push(json, trailer)
  // The fingerprint the store would compute is not needed: a cache is checked by its own header and keys.
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, chunks, {}, 'not-computed')
  ignoreInGit(dirname(path), basename(path))
}

/** The stored index at `path`, or why it cannot be used (missing, from another format or rules, damaged). */
export async function readRelatedSegment(path: string): Promise<StoredRelatedIndex | { unusable: string }> {
  let file: Buffer
  try {
    file = await readFile(path)
  } catch (error) {
    return { unusable: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'none yet' : (error as Error).message }
  }
  try {
    return decode(file)
  } catch (error) {
    return { unusable: `unreadable (${(error as Error).message})` }
  }
}

function decode(file: Buffer): StoredRelatedIndex {
  const size = file.byteLength
  if (size < 8) throw new Error('too short')
  if (file.readUInt32LE(size - 4) !== MAGIC) throw new Error('not a related index')
  const jsonBytes = file.readUInt32LE(size - 8)
  if (jsonBytes > size - 8) throw new Error('header cut off')
  const header = JSON.parse(file.subarray(size - 8 - jsonBytes, size - 8).toString('utf8')) as Header
  if (header.format !== RELATED_SEGMENT_FORMAT) throw new Error(`format ${header.format}`)
  if (header.rules !== relatedRulesId() || header.endianness !== endianness()) throw new Error('built by other rules')
  const end = size - 8 - jsonBytes
  if (createHash('sha256').update(file.subarray(0, end)).digest('hex') !== header.sha256) throw new Error('checksum')
  const range = (name: Section) => {
    const [offset, bytes] = header.sections?.[name] ?? [-1, 0]
    if (offset < 0 || offset + bytes > end || offset % 8 !== 0) throw new Error(`section ${name} cut off`)
    return [offset, bytes] as const
  }
  /** A view of the file where it is aligned (a large file read whole is), else a copy. */
  const typed = <T>(name: Section, make: (buffer: ArrayBuffer, at: number, length: number) => T, size: number): T => {
    const [offset, bytes] = range(name)
    if (bytes % size !== 0) throw new Error(`section ${name} of the wrong size`)
    if ((file.byteOffset + offset) % size === 0) return make(file.buffer as ArrayBuffer, file.byteOffset + offset, bytes / size)
    return make(new Uint8Array(file.subarray(offset, offset + bytes)).buffer, 0, bytes / size)
  }
  const [bodyAt, bodyBytes] = range('body')
  const body = JSON.parse(file.toString('utf8', bodyAt, bodyAt + bodyBytes)) as Body
  const features = typed('features', (b, at, n) => new Int32Array(b, at, n), 4)
  const verdicts = typed('sameEvent', (b, at, n) => new Uint32Array(b, at, n), 4)
  // Copied: the links stay in memory, the file buffer need not.
  const links = typed('links', (b, at, n) => new Float64Array(b, at, n), 8).slice()
  const n = body.articles.length
  const words = Math.ceil(n / 32)
  if (n !== header.articles || verdicts.length !== n * words) throw new Error('articles do not add up')

  // Stored names to this thread's ids; places are the "p:" features.
  const ids = Int32Array.from(body.features, (name) => featureId(name))
  const isPlace = body.features.map((name) => name.startsWith('p:'))
  let at = 0
  const articles: ArticleProfile[] = body.articles.map((a) => {
    const total = a.claims.reduce((sum, c) => sum + c[1], 0)
    if (at + total > features.length) throw new Error('features cut off')
    const buffer = new Int32Array(total)
    let own = 0
    const claims = a.claims.map(([claimId, count, figures, attribution, origins], index) => {
      const mine = buffer.subarray(own, own + count)
      const places: number[] = []
      for (let k = 0; k < count; k++) {
        const stored = features[at++]
        if (stored < 0 || stored >= ids.length) throw new Error('feature out of range')
        mine[k] = ids[stored]
        if (isPlace[stored]) places.push(ids[stored])
      }
      mine.sort()
      own += count
      return restoredClaim(a.id, claimId, index, { figures, features: mine, places: Int32Array.from(places).sort(), attribution, origins })
    })
    return { id: a.id, outlet: a.outlet, day: a.day, concepts: new Set(a.concepts), places: new Set(a.places), names: new Set(a.names), numbers: new Set(a.numbers), origins: new Set(a.origins), script: a.script, claims }
  })
  if (at !== features.length) throw new Error('features do not add up')
  const sameEvent = articles.map((_, i) => {
    const row: number[] = []
    for (let j = i + 1; j < n; j++) if (verdicts[i * words + (j >>> 5)] & (1 << (j & 31))) row.push(j)
    return row
  })
  let linkAt = 0
  const pairs = body.pairs.map(([a, b, count]) => {
    if (a >= n || b >= n || linkAt + 3 * count > links.length) throw new Error('links cut off')
    const own = links.subarray(linkAt, (linkAt += 3 * count))
    return { a, b, links: own }
  })
  if (linkAt !== links.length) throw new Error('links do not add up')
  const strongest = body.articles.map((a) => a.strongest.map(([partner, score]) => ({ partner, score })))
  return {
    snapshot: { index: { articles, sameEvent, strongest, pairs }, decisions: body.articles.map((a) => a.decisions), groups: body.groups },
    stamps: body.articles.map((a) => ({ key: a.key ?? null, digest: a.digest ?? null })),
  }
}
