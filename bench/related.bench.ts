// Related-claim linking at workspace scale: 2,000 articles x 50 claims (100,000 claims),
// about 400 events reported five times each in mixed languages, plus unrelated copy.
// Measures, through the service (RelatedClaims over an in-memory workspace):
//   - linking one imported article into the full workspace (profile + links + groups), target < 1 s
//   - "Also reported in" for one claim, target < 50 ms
// Run: npm run bench -- related   Last line: one JSON object.
import { unreviewedClaim } from '../electron/core/claims'
import type { ArticleFile, Claim } from '../electron/core/schema'
import { RelatedClaims } from '../electron/services/related'
import type { Workspace } from '../electron/services/workspace'

const ARTICLES = Number(process.argv[2] ?? 2000)
const PER_ARTICLE = 50
const PER_EVENT = 5

let seed = 0x12e1a7ed
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]

const KINDS = [
  ['earthquake', 'terremoto', 'Erdbeben', 'séisme'],
  ['flood', 'inundación', 'Überschwemmung', 'inondation'],
  ['fire', 'incendio', 'Brand', 'incendie'],
  ['shooting', 'tiroteo', 'Schießerei', 'fusillade'],
  ['ferry sinking', 'naufragio', 'Fähre gekentert', 'naufrage'],
]
const COUNTRIES = ['Turkey', 'Morocco', 'Nepal', 'Peru', 'Kenya', 'Chile', 'Japan', 'Italy', 'Mexico', 'India', 'Brazil', 'Greece']
const SYL = ['ka', 'ri', 'to', 'men', 'sun', 'ho', 'jin', 'pa', 'lo', 'der', 'ta', 'ni', 'gang', 'chon', 'ver', 'sa', 'mi', 'ul', 'ba']
const name = () => {
  const n = 2 + Math.floor(random() * 3)
  const w = Array.from({ length: n }, () => pick(SYL)).join('')
  return w[0].toUpperCase() + w.slice(1)
}
const FILLER = 'officials residents said the town market roads water power schools aid teams rain night morning week government'.split(' ')
const filler = (n: number) => Array.from({ length: n }, () => pick(FILLER)).join(' ')

function claimsOf(text: string, articleId: string, at: string): Claim[] {
  const claims: Claim[] = []
  let start = 0
  for (const sentence of text.split('\n')) {
    const end = start + sentence.length
    claims.push(
      unreviewedClaim(
        {
          id: `c${claims.length}`,
          anchor: { quote: { exact: sentence, prefix: '', suffix: '' }, position: { start, end } },
          origin: 'extracted',
          checkworthiness: 0.5,
          signals: [],
          sourcing: { type: 'official', suggested: 'official', confirmed: false, attribution: 'officials', cue: 'said' },
          hedge: { hedged: false, cue: null },
        },
        at,
      ),
    )
    start = end + 1
  }
  void articleId
  return claims
}

interface EventSpec {
  kind: string[]
  country: string
  place: string
  day: number
}

function article(index: number, event: EventSpec): ArticleFile {
  const lang = index % 4
  const at = '2026-01-01T00:00:00.000Z'
  const date = new Date(Date.UTC(2024, 0, 1) + (event.day + Math.floor(random() * 3)) * 86400000).toISOString().slice(0, 10)
  const dead = 5 + Math.floor(random() * 200)
  const lines = [
    [`At least ${dead} people were killed in the ${event.kind[0]} in ${event.place}, ${event.country}, officials said.`,
      `Al menos ${dead} personas murieron por el ${event.kind[1]} en ${event.place}, ${event.country}.`,
      `Mindestens ${dead} Menschen kamen bei dem ${event.kind[2]} in ${event.place}, ${event.country}, ums Leben.`,
      `Au moins ${dead} personnes sont mortes dans le ${event.kind[3]} à ${event.place}, ${event.country}.`][lang],
    `${Math.floor(random() * 300)} injured were taken to hospital in ${event.place}.`,
  ]
  while (lines.length < PER_ARTICLE) lines.push(`${name()} ${filler(8)} ${name()} ${filler(6)}.`)
  const text = lines.join('\n')
  const id = `a${String(index).padStart(5, '0')}`
  return {
    schemaVersion: 1,
    article: {
      id, title: `${event.kind[lang]} in ${event.place}`, outlet: `Outlet ${index % 37}`, author: null, url: null, publishedAt: date,
      language: ['en', 'es', 'de', 'fr'][lang], text, contentHash: '0'.repeat(64), importedAt: at, sourceFormat: 'text', sourceName: null, nonClaims: [],
    },
    claims: claimsOf(text, id, at),
  }
}

const events: EventSpec[] = Array.from({ length: Math.ceil(ARTICLES / PER_EVENT) }, () => ({
  kind: pick(KINDS), country: pick(COUNTRIES), place: name(), day: Math.floor(random() * 700),
}))
const files = new Map<string, ArticleFile>()
for (let i = 0; i < ARTICLES; i++) {
  const file = article(i, events[Math.floor(i / PER_EVENT)])
  files.set(file.article.id, file)
}

// The service only reads articles through these calls.
const workspace = {
  allArticles: () => [...files.values()],
  getArticle: (id: string) => files.get(id)!,
  getClaim: (a: string, c: string) => files.get(a)!.claims.find((x) => x.id === c)!,
} as unknown as Workspace

const ms = (t0: number) => Number((performance.now() - t0).toFixed(1))
let t0 = performance.now()
const related = new RelatedClaims(workspace)
related.groups()
const build = ms(t0)

// One import into the full workspace: a new report of an existing event.
const newcomer = article(ARTICLES, events[7])
files.set(newcomer.article.id, newcomer)
t0 = performance.now()
related.refreshArticle(newcomer.article.id)
const groups = related.groups()
const importMs = ms(t0)

const lookups: number[] = []
for (let i = 0; i < 20; i++) {
  const target = i === 0 ? newcomer : files.get(`a${String(Math.floor(random() * ARTICLES)).padStart(5, '0')}`)!
  t0 = performance.now()
  related.alsoReported(target.article.id, target.claims[0].id)
  lookups.push(ms(t0))
}
lookups.sort((a, b) => a - b)
const result = {
  articles: files.size,
  claims: [...files.values()].reduce((n, f) => n + f.claims.length, 0),
  groups: groups.length,
  buildAllMs: build,
  importLinkingMs: importMs,
  alsoReportedMedianMs: lookups[10],
  alsoReportedMaxMs: lookups[lookups.length - 1],
  targets: { importLinkingMs: 1000, alsoReportedMs: 50 },
}
console.log(`linking ${result.claims} claims in ${result.articles} articles: ${build} ms; one import ${importMs} ms; "Also reported in" median ${result.alsoReportedMedianMs} ms, max ${result.alsoReportedMaxMs} ms`)
console.log(JSON.stringify(result))
