// Claim search at workspace scale: build time, query time and incremental updates
// for 100,000 claims (1,000 articles x 100 claims) of synthetic news-like text.
// Run: npx tsx bench/search.bench.ts [claims]   Last line: one JSON object.
import { addArticle, claimCount, createClaimIndex, removeArticle, searchClaims, updateClaim } from '../electron/core/search'
import type { ArticleFile, Claim } from '../electron/core/schema'
import { BENCH_TIME, benchArticle, benchClaim, madeUpWord, seededRandom, SYLLABLES } from './synthetic-workspace'

const TOTAL = Number(process.argv[2] ?? 100_000)
const PER_ARTICLE = 100
const TARGET_MS = 20

const random = seededRandom(0x5eed)

// A Zipf-distributed vocabulary: a few domain words, many rarer made-up ones (~40k words).
const DOMAIN = ('source province told reportedly injured explosion factory officials said according authorities market ' +
  'prices rice border smuggling arrested security ministry state media report workers soldiers residents satellite ' +
  'image photo document court police hospital fuel electricity shortage army party committee meeting').split(' ')
const VOCABULARY = [...DOMAIN]
while (VOCABULARY.length < 40_000) VOCABULARY.push(madeUpWord(random, [...SYLLABLES, 'ten']))
function word(): string {
  // Zipf-like: index ~ V^u, so low indexes (common words) dominate.
  return VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(Math.pow(VOCABULARY.length, random())) - 1)]
}
function sentence(words: number): string {
  return Array.from({ length: words }, word).join(' ') + '.'
}

function makeClaim(articleIndex: number, i: number): Claim {
  // Drawn in this order so the text is the same as before the setup was shared.
  const exact = sentence(15 + Math.floor(random() * 20))
  const evidence = random() < 0.2 ? [{ id: `e${i}`, citation: sentence(6), url: 'https://example.org/report', note: sentence(10), stance: 'supports' as const, independent: true, file: null, addedAt: BENCH_TIME }] : []
  const state = random() < 0.05 ? 'dismissed' : 'active'
  const checkworthiness = random()
  const attribution = random() < 0.5 ? 'a source in North Hamgyong Province' : null
  const note = random() < 0.3 ? sentence(12) : ''
  const tags = random() < 0.2 ? ['military', 'chongjin'] : []
  return benchClaim(`c${articleIndex}-${i}`, exact, 0, {
    state, checkworthiness, evidence, note, tags,
    sourcing: { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: false, attribution, cue: 'told' },
  })
}

function makeArticle(a: number, claims: number): ArticleFile {
  return benchArticle({ id: `a${a}`, title: sentence(8), text: '', outlet: 'Daily NK' }, Array.from({ length: claims }, (_, i) => makeClaim(a, i)))
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
