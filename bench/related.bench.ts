// Related-claim linking at workspace scale: 2,000 articles x 50 claims (100,000 claims),
// about 400 events reported five times each in mixed languages, plus unrelated copy.
// Measures the engine the related worker runs (RelatedEngine), and the service through its worker:
//   - linking one imported article into the full workspace (profile + links + regroup), target < 1 s
//   - "Also reported in" for one claim through the worker thread, target < 50 ms
// Run: npm run bench -- related   Last line: one JSON object.
import type { ArticleFile } from '../electron/core/schema'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { RelatedLinks } from '../electron/services/related'
import { RelatedEngine, relatedArticle } from '../electron/services/related-engine'
import type { Workspace } from '../electron/services/workspace'
import { benchArticle, claimsPerLine, madeUpWord, seededRandom } from './synthetic-workspace'

const ARTICLES = Number(process.argv[2] ?? 2000)
const PER_ARTICLE = 50
const PER_EVENT = 5

const random = seededRandom(0x12e1a7ed)
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]

const KINDS = [
  ['earthquake', 'terremoto', 'Erdbeben', 'séisme'],
  ['flood', 'inundación', 'Überschwemmung', 'inondation'],
  ['fire', 'incendio', 'Brand', 'incendie'],
  ['shooting', 'tiroteo', 'Schießerei', 'fusillade'],
  ['ferry sinking', 'naufragio', 'Fähre gekentert', 'naufrage'],
]
const COUNTRIES = ['Turkey', 'Morocco', 'Nepal', 'Peru', 'Kenya', 'Chile', 'Japan', 'Italy', 'Mexico', 'India', 'Brazil', 'Greece']
const name = () => {
  const w = madeUpWord(random)
  return w[0].toUpperCase() + w.slice(1)
}
const FILLER = 'officials residents said the town market roads water power schools aid teams rain night morning week government'.split(' ')
const filler = (n: number) => Array.from({ length: n }, () => pick(FILLER)).join(' ')

interface EventSpec {
  kind: string[]
  country: string
  place: string
  day: number
}

function article(index: number, event: EventSpec): ArticleFile {
  const lang = index % 4
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
  return benchArticle({ id, title: `${event.kind[lang]} in ${event.place}`, text, outlet: `Outlet ${index % 37}`, publishedAt: date, language: ['en', 'es', 'de', 'fr'][lang] }, claimsPerLine(text))
}

const events: EventSpec[] = Array.from({ length: Math.ceil(ARTICLES / PER_EVENT) }, () => ({
  kind: pick(KINDS), country: pick(COUNTRIES), place: name(), day: Math.floor(random() * 700),
}))
const files = new Map<string, ArticleFile>()
for (let i = 0; i < ARTICLES; i++) {
  const file = article(i, events[Math.floor(i / PER_EVENT)])
  files.set(file.article.id, file)
}

const ms = (t0: number) => Number((performance.now() - t0).toFixed(1))
// CPU time beside wall time: the machine is shared, and wall time alone says how loaded it was.
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(c0)
  return Number(((used.user + used.system) / 1000).toFixed(1))
}
const load = () => loadavg().map((l) => Number(l.toFixed(1)))
const loadBefore = load()
// The engine the related worker thread runs (related-protocol.ts): the same work, timed here
// without the thread hop. The app and CLI never run it on the main thread.
let t0 = performance.now()
let c0 = process.cpuUsage()
const engine = new RelatedEngine()
for (const file of files.values()) engine.upsert(relatedArticle(file))
engine.regroup()
const build = ms(t0)
const buildCpu = cpuMs(c0)
console.log(`build: ${build} ms wall, ${buildCpu} ms CPU`)

// One import into the full workspace: a new report of an existing event (profile, links, regroup of its part).
const newcomer = article(ARTICLES, events[7])
files.set(newcomer.article.id, newcomer)
t0 = performance.now()
c0 = process.cpuUsage()
engine.upsert(relatedArticle(newcomer))
const upsertMs = ms(t0)
const t1 = performance.now()
engine.regroup()
const regroupMs = ms(t1)
const importMs = ms(t0)
const importCpu = cpuMs(c0)
const groups = engine.groups()
console.log(`import: ${importMs} ms wall, ${importCpu} ms CPU (profile and link ${upsertMs} ms, regroup ${regroupMs} ms)`)

const lookups: number[] = []
for (let i = 0; i < 20; i++) {
  const target = i === 0 ? newcomer : files.get(`a${String(Math.floor(random() * ARTICLES)).padStart(5, '0')}`)!
  t0 = performance.now()
  engine.lookup(`${target.article.id}/${target.claims[0].id}`)
  lookups.push(ms(t0))
}
lookups.sort((a, b) => a - b)

// "Also reported in" as the app asks it: through the worker thread, after its build.
const dir = mkdtempSync(join(tmpdir(), 'claimdesk-related-bench-'))
mkdirSync(join(dir, 'articles'))
for (const file of files.values()) writeFileSync(join(dir, 'articles', `${file.article.id}.json`), JSON.stringify(file))
const workspace = {
  dir,
  listArticles: () => [...files.keys()].map((id) => ({ id })),
  getArticle: (id: string) => files.get(id)!,
  getArticleIfPresent: (id: string) => files.get(id),
  getClaim: (a: string, c: string) => files.get(a)!.claims.find((x) => x.id === c)!,
  onArticleChange: () => () => undefined,
} as unknown as Workspace
t0 = performance.now()
const links = new RelatedLinks(workspace)
await links.whenReady()
const workerBuild = ms(t0)
const viaWorker: number[] = []
for (let i = 0; i < 20; i++) {
  const target = files.get(`a${String(Math.floor(random() * ARTICLES)).padStart(5, '0')}`)!
  t0 = performance.now()
  await links.alsoReported(target.article.id, target.claims[0].id)
  viaWorker.push(ms(t0))
}
viaWorker.sort((a, b) => a - b)
await links.close()
rmSync(dir, { recursive: true, force: true })

const result = {
  articles: files.size,
  claims: [...files.values()].reduce((n, f) => n + f.claims.length, 0),
  groups: groups.length,
  buildAllMs: build,
  buildAllCpuMs: buildCpu,
  importLinkingMs: importMs,
  importLinkingCpuMs: importCpu,
  importUpsertMs: upsertMs,
  importRegroupMs: regroupMs,
  lookupMedianMs: lookups[10],
  lookupMaxMs: lookups[lookups.length - 1],
  workerBuildMs: workerBuild,
  alsoReportedViaWorkerMedianMs: viaWorker[10],
  alsoReportedViaWorkerMaxMs: viaWorker[viaWorker.length - 1],
  loadAverageBefore: loadBefore,
  loadAverageAfter: load(),
  targets: { importLinkingMs: 1000, alsoReportedMs: 50 },
}
console.log(`linking ${result.claims} claims in ${result.articles} articles: ${build} ms (in the worker: ${workerBuild} ms); one import ${importMs} ms; lookup median ${result.lookupMedianMs} ms, max ${result.lookupMaxMs} ms; "Also reported in" through the worker median ${result.alsoReportedViaWorkerMedianMs} ms, max ${result.alsoReportedViaWorkerMaxMs} ms`)
console.log(JSON.stringify(result))
