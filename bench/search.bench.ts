// Claim search at workspace scale: build time, query time and incremental updates
// for 100,000 claims (1,000 articles x 100 claims) of synthetic news-like text.
// Run: npx tsx bench/search.bench.ts [claims]   Last line: one JSON object.
import { addArticle, claimCount, createClaimIndex, removeArticle, searchClaims, updateClaim } from '../electron/core/search'
import type { ArticleFile, Claim } from '../electron/core/schema'

const TOTAL = Number(process.argv[2] ?? 100_000)
const PER_ARTICLE = 100
const TARGET_MS = 20

// Deterministic pseudo-random numbers (mulberry32), so runs are comparable.
let seed = 0x5eed
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

// A Zipf-distributed vocabulary: a few domain words, many rarer made-up ones (~40k words).
const DOMAIN = ('source province told reportedly injured explosion factory officials said according authorities market ' +
  'prices rice border smuggling arrested security ministry state media report workers soldiers residents satellite ' +
  'image photo document court police hospital fuel electricity shortage army party committee meeting').split(' ')
const SYLLABLES = ['ka', 'ri', 'to', 'men', 'sun', 'ho', 'jin', 'pa', 'lo', 'der', 'ta', 'ni', 'gang', 'chon', 'ver', 'sa', 'mi', 'ul', 'ba', 'ten']
const VOCABULARY = [...DOMAIN]
while (VOCABULARY.length < 40_000) {
  const n = 2 + Math.floor(random() * 3)
  VOCABULARY.push(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''))
}
function word(): string {
  // Zipf-like: index ~ V^u, so low indexes (common words) dominate.
  return VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.pow(VOCABULARY.length, random())) - 1)]
}
function sentence(words: number): string {
  return Array.from({ length: words }, word).join(' ') + '.'
}

const at = '2026-01-01T00:00:00.000Z'
function makeClaim(articleIndex: number, i: number): Claim {
  const exact = sentence(15 + Math.floor(random() * 20))
  const evidence = random() < 0.2 ? [{ id: `e${i}`, citation: sentence(6), url: 'https://example.org/report', note: sentence(10), stance: 'supports' as const, independent: true, file: null, addedAt: at }] : []
  return {
    id: `c${articleIndex}-${i}`,
    anchor: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    origin: 'extracted',
    state: random() < 0.05 ? 'dismissed' : 'active',
    checkworthiness: random(),
    signals: [],
    sourcing: { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: false, attribution: random() < 0.5 ? 'a source in North Hamgyong Province' : null, cue: 'told' },
    hedge: { hedged: false, cue: null },
    reliability: null,
    credibility: null,
    corroboration: 'unreviewed',
    evidence,
    note: random() < 0.3 ? sentence(12) : '',
    tags: random() < 0.2 ? ['military', 'chongjin'] : [],
    history: [],
    createdAt: at,
    updatedAt: at,
  }
}

function makeArticle(a: number, claims: number): ArticleFile {
  return {
    schemaVersion: 1,
    article: {
      id: `a${a}`, title: `${sentence(8)}`, outlet: 'Daily NK', author: null, url: null, publishedAt: null, language: 'en',
      text: '', contentHash: '0'.repeat(64), importedAt: at, sourceFormat: 'text', sourceName: null, nonClaims: [],
    },
    claims: Array.from({ length: claims }, (_, i) => makeClaim(a, i)),
  }
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((x, y) => x - y)
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { median: round(pick(0.5)), p95: round(pick(0.95)), max: round(sorted[sorted.length - 1]) }
}
const round = (n: number) => Math.round(n * 100) / 100

const articleCount = Math.ceil(TOTAL / PER_ARTICLE)
const files = Array.from({ length: articleCount }, (_, a) => makeArticle(a, Math.min(PER_ARTICLE, TOTAL - a * PER_ARTICLE)))
const heapBefore = process.memoryUsage().heapUsed

const index = createClaimIndex()
let t0 = performance.now()
for (const file of files) addArticle(index, file)
const buildMs = performance.now() - t0
global.gc?.()
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024

// Queries a reviewer would type: common and rare words, phrases, prefixes while
// typing, typos, and a query that matches nothing.
const rare = VOCABULARY.slice(20_000, 20_010)
const queries: Record<string, string[]> = {
  'common word': ['source', 'injured', 'province', 'officials'],
  'two words': ['source injured', 'border smuggling', 'rice prices'],
  'rare word': rare,
  'prefix (typing)': ['sou', 'inj', 'explo', 'smugg', 'kar'],
  typo: ['explosoin', 'smuggilng', 'authoriteis', 'hospitl'],
  'tag / attribution': ['chongjin', 'north hamgyong'],
  'no match': ['zzzzqqq'],
}
const perKind: Record<string, ReturnType<typeof stats> & { hits: number }> = {}
const all: number[] = []
for (const q of Object.values(queries).flat()) searchClaims(index, q, { limit: 50 }) // warm up
for (const [kind, list] of Object.entries(queries)) {
  const samples: number[] = []
  let hits = 0
  for (let r = 0; r < 5; r++) {
    for (const q of list) {
      t0 = performance.now()
      hits = searchClaims(index, q, { limit: 50 }).length
      samples.push(performance.now() - t0)
    }
  }
  all.push(...samples)
  perKind[kind] = { ...stats(samples), hits }
}

// One claim edited: re-index it alone.
const updates: number[] = []
for (let i = 0; i < 200; i++) {
  const file = files[Math.floor(random() * files.length)]
  const claim = { ...file.claims[Math.floor(random() * file.claims.length)] }
  claim.note = `edited ${i} ${sentence(5)}`
  t0 = performance.now()
  updateClaim(index, file.article.id, claim)
  updates.push(performance.now() - t0)
}
const found = searchClaims(index, 'edited 199')
t0 = performance.now()
removeArticle(index, files[0].article.id)
const removeMs = performance.now() - t0

const overall = stats(all)
console.log(`claims indexed:        ${claimCount(index) + PER_ARTICLE} in ${articleCount} articles`)
console.log(`build:                 ${Math.round(buildMs)} ms (${Math.round((buildMs / TOTAL) * 1000)} us per claim), heap +${Math.round(heapMb)} MB`)
for (const [kind, s] of Object.entries(perKind)) {
  console.log(`query ${kind.padEnd(18)} median ${String(s.median).padStart(6)} ms  p95 ${String(s.p95).padStart(6)} ms  max ${String(s.max).padStart(6)} ms  (${s.hits} hits)`)
}
console.log(`query overall:         median ${overall.median} ms, p95 ${overall.p95} ms, max ${overall.max} ms (target < ${TARGET_MS} ms)`)
console.log(`update one claim:      ${JSON.stringify(stats(updates))} ms; edited claim found: ${found.length > 0}`)
console.log(`remove one article:    ${round(removeMs)} ms`)
console.log(
  JSON.stringify({
    bench: 'search',
    claims: TOTAL,
    buildMs: Math.round(buildMs),
    heapMb: Math.round(heapMb),
    queryMedianMs: overall.median,
    queryP95Ms: overall.p95,
    queryMaxMs: overall.max,
    updateMedianMs: stats(updates).median,
    removeArticleMs: round(removeMs),
    targetMs: TARGET_MS,
    withinTarget: overall.p95 < TARGET_MS,
  }),
)
