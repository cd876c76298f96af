// Builds benchmark workspaces on disk without going through import (which would take
// many minutes): article files and the index written as the store writes them, from
// news-like text (the sample article with its names and numbers varied per article).
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { makeAnchor } from '../electron/core/anchor'
import { unreviewedClaim } from '../electron/core/claims'
import { SCHEMA_VERSION, type ArticleFile, type Claim, type WorkspaceIndex } from '../electron/core/schema'
import { CORROBORATION_STATUSES } from '../electron/core/vocabulary'
import { stableStringify } from '../electron/store/durable-file'
import { ARTICLES_DIR, INDEX_FILE, indexEntryOf } from '../electron/store/workspace-store'
import { articleId, contentHash, extractedClaimId } from '../electron/services/ids'

const sample = readFileSync(resolve(import.meta.dirname, '../data/chongjin-explosion.txt'), 'utf8')
const body = sample.split('\n\nPlease direct')[0]
const PLACES = ['Chongjin', 'Hamhung', 'Hyesan', 'Sinuiju', 'Wonsan', 'Kimchaek', 'Nampo', 'Rason', 'Kanggye', 'Haeju']
const THINGS = ['kiln', 'furnace', 'boiler', 'warehouse', 'mine shaft', 'fuel depot', 'rail yard', 'dormitory']

// Deterministic pseudo-random numbers (mulberry32), so runs are comparable.
let seed = 0x5eed
export function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

function chunk(i: number, n: number): string {
  return body
    .replace(/Chongjin/g, `${PLACES[(i + n) % PLACES.length]}-${i}`)
    .replace(/kiln/g, THINGS[(i * 7 + n) % THINGS.length])
    .replace(/Two people/g, `${(n % 9) + 2} people`)
}

const at = '2026-11-01T09:00:00.000Z'

/** An article of about `claimCount` claims: one per sentence, some of them reviewed. */
export function makeArticle(i: number, claimCount: number): ArticleFile {
  let text = `Report ${i}: accidents at state factories`
  const spans: [number, number][] = []
  for (let n = 0; spans.length < claimCount; n++) {
    const piece = chunk(i, n)
    const offset = text.length + 2
    text += `\n\n${piece}`
    for (const s of piece.matchAll(/[^.!?\n]{40,}[.!?]/g)) {
      if (spans.length >= claimCount) break
      spans.push([offset + s.index!, offset + s.index! + s[0].length])
    }
  }
  const claims = spans.map(([start, end]) => {
    const base = unreviewedClaim(
      {
        id: extractedClaimId(`${i}`, start, end),
        anchor: makeAnchor(text, start, end),
        origin: 'extracted',
        checkworthiness: Math.round(random() * 100) / 100,
        signals: ['number', 'attribution'],
        sourcing: { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: false, attribution: 'a source in North Hamgyong Province', cue: 'told' },
        hedge: random() < 0.4 ? { hedged: true, cue: 'reportedly' } : { hedged: false, cue: null },
      },
      at,
    )
    return random() < 0.3 ? reviewed(base) : base
  })
  const hash = contentHash(text)
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: articleId(hash),
      title: `Report ${i}: an explosion at a ${THINGS[i % THINGS.length]} in ${PLACES[i % PLACES.length]}`,
      outlet: i % 3 ? 'Daily NK' : 'NK News',
      author: 'Jong So Yong',
      url: `https://www.dailynk.com/english/report-${i}/`,
      publishedAt: '2026-10-31',
      language: 'en',
      text,
      contentHash: hash,
      importedAt: at,
      sourceFormat: 'text',
      sourceName: `report-${i}.txt`,
      nonClaims: [],
    },
    claims,
  }
}

function reviewed(claim: Claim): Claim {
  const corroboration = CORROBORATION_STATUSES[1 + Math.floor(random() * (CORROBORATION_STATUSES.length - 1))]
  const when = '2026-11-02T10:00:00.000Z'
  return {
    ...claim,
    corroboration,
    reliability: 'C',
    credibility: 3,
    note: random() < 0.5 ? 'Checked against the satellite archive; the ministry did not answer.' : '',
    tags: random() < 0.3 ? ['industrial-accident'] : [],
    history: [{ field: 'corroboration', from: 'unreviewed', to: corroboration, at: when, by: 'bench reviewer' }],
    updatedAt: when,
  }
}

/** Writes a workspace of `articles` articles of `claimsPerArticle` claims; returns the article ids. */
export function writeWorkspace(dir: string, articles: number, claimsPerArticle: number): string[] {
  mkdirSync(join(dir, ARTICLES_DIR), { recursive: true })
  const index: WorkspaceIndex = { schemaVersion: SCHEMA_VERSION, articles: [], settings: { reviewerName: 'bench reviewer' } }
  for (let i = 0; i < articles; i++) {
    const file = makeArticle(i, claimsPerArticle)
    const bytes = Buffer.from(stableStringify(file))
    writeFileSync(join(dir, ARTICLES_DIR, `${file.article.id}.json`), bytes)
    index.articles.push(indexEntryOf(file, { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }))
  }
  writeFileSync(join(dir, INDEX_FILE), stableStringify(index))
  return index.articles.map((a) => a.id)
}
