// Workspace figures a reviewer feels, on issue 9's workspace: 2,000 articles / 100,000
// claims, and one article of 135,000 claims. Prints the machine, then one table of
// median, p95, spread (min-max) and n per measure, then one JSON line.
// Run: npm run bench -- workspace   (BENCH_ARTICLES / BENCH_CLAIMS / BENCH_BIG_CLAIMS to shrink it)
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { performance } from 'node:perf_hooks'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import type { ArticleFile } from '../electron/core/schema'
import { CORROBORATION_STATUSES } from '../electron/core/vocabulary'
import { configureSearchWorker } from '../electron/services/claim-search'
import { searchClaimsForReview, searchClaimsNow } from '../electron/services/review-search'
import { RELATED_INDEX_FILE, SEARCH_INDEX_FILE } from '../electron/store/workspace-store'
import { Workspace } from '../electron/services/workspace'
import { makeArticle, writeWorkspace } from './generate-workspace'
import { measureMemory, type MemoryStep } from './workspace-memory'
import { measureRelatedMemory } from './related-memory'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000)
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000)
const BIG_CLAIMS = Number(process.env.BENCH_BIG_CLAIMS ?? 135_000)
const perArticle = Math.round(CLAIMS / ARTICLES)

interface Row {
  what: string
  goal: string
  samples: number[]
  unit?: string
  note?: string
  /** This process's CPU time (all threads) and wall time since the previous row, and the 1-minute load average. */
  cpu?: string
}
const rows: Row[] = []
// The machine may be shared: each row says how much CPU this process got over its wall
// time, and the load average, so a slow figure can be told from a starved one.
let sectionCpu = process.cpuUsage()
let sectionWall = performance.now()
/** Each measure is also printed as soon as it is taken: a long run that is stopped still tells something. */
function record(row: Row): void {
  const cpu = process.cpuUsage(sectionCpu)
  const wall = performance.now() - sectionWall
  row.cpu = `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s / wall ${(wall / 1000).toFixed(1)} s, load ${loadavg()[0].toFixed(1)}`
  sectionCpu = process.cpuUsage()
  sectionWall = performance.now()
  rows.push(row)
  const sorted = [...row.samples].sort((x, y) => x - y)
  const unit = row.unit ?? 'ms'
  console.log(`  ${row.what.trim()}: median ${quantile(sorted, 0.5).toFixed(1)} ${unit}, p95 ${quantile(sorted, 0.95).toFixed(1)} ${unit}, n ${sorted.length} (${row.cpu})`)
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
}

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now()
  const value = await run()
  return [value, performance.now() - t0]
}

/** A reviewed status other than the claim's current one, so every click changes something. */
function status(i: number, current: string) {
  const choices = CORROBORATION_STATUSES.filter((s) => s !== 'unreviewed' && s !== current)
  return choices[i % choices.length]
}

console.log(`CPU: ${cpus()[0]?.model ?? 'unknown'}; cores: ${cpus().length}; Node ${process.version}; ${process.platform} ${process.arch}; load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
const root = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'))
try {
  // The search worker as the built app runs it: one bundled JavaScript file (from the
  // sources it would first load tsx, which the app never does).
  const workerFile = join(root, 'search-worker.mjs')
  await build({ entryPoints: [resolve(import.meta.dirname, '../electron/services/search-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: workerFile, logLevel: 'error' })
  configureSearchWorker(pathToFileURL(workerFile))

  // --- the workspace ---------------------------------------------------------------
  const dir = join(root, 'workspace')
  const [ids, generateMs] = await timed(() => writeWorkspace(dir, ARTICLES, perArticle))
  console.log(`generated ${ids.length} articles x ${perArticle} claims in ${(generateMs / 1000).toFixed(1)} s`)

  // Open to a usable list: a fresh process would do exactly this (the index only).
  const openMs: number[] = []
  for (let i = 0; i < 5; i++) {
    const [ws, ms] = await timed(async () => {
      const opened = await Workspace.open(dir)
      opened.listArticles()
      return opened
    })
    openMs.push(ms)
    await ws.close()
  }
  record({ what: 'open to article list', goal: '< 500 ms', samples: openMs })

  // First search right after opening (the app starts the index build as it opens), then
  // the time until the index holds everything, then query p95.
  let ws = await Workspace.open(dir)
  const [, buildStart] = await timed(() => ws.startIndexing())
  const [first, firstMs] = await timed(() => ws.searchClaims('explosion injured workers'))
  // The search box's first answers (matched and ranked in the worker; a filter alone too).
  const [firstBox, firstBoxMs] = await timed(() => searchClaimsNow(ws, 'explosion injured workers'))
  const [firstFilter, firstFilterMs] = await timed(() => searchClaimsNow(ws, 'status:contradicted'))
  const [, readyMs] = await timed(() => ws.searchReady())
  record({
    what: 'first search after opening',
    goal: '< 50 ms, never blocking',
    samples: [firstMs + buildStart],
    note: `answered from ${first.indexedArticles}/${first.totalArticles} articles (complete: ${first.complete}); index complete ${((firstMs + readyMs) / 1000).toFixed(1)} s after open, off the main thread`,
  })
  const queries = ['explosion', 'injured workers', 'source province', 'chemical', 'fuel depot', 'self-reliance policy', 'satellite archive', 'hamhung', 'reportedly', 'factory technology center']
  const searchMs: number[] = []
  for (let i = 0; i < 100; i++) searchMs.push((await timed(() => ws.searchClaims(queries[i % queries.length])))[1])
  record({ what: 'search (index complete)', goal: '-', samples: searchMs })
  record({ what: 'search box: first answer after opening', goal: '< 50 ms, never blocking', samples: [firstBoxMs], note: `${firstBox.hits.length} hits from ${firstBox.indexedArticles}/${firstBox.totalArticles} articles` })
  record({ what: 'search box: first filter-only answer', goal: '< 50 ms, never blocking', samples: [firstFilterMs], note: `${firstFilter.hits.length} hits from ${firstFilter.indexedArticles}/${firstFilter.totalArticles} articles` })
  const boxMs: number[] = []
  const filterMs: number[] = []
  const filters = ['status:contradicted', 'sourcing:anonymous status:unverified', 'tag:industrial-accident', 'status:corroborated']
  for (let i = 0; i < 40; i++) boxMs.push((await timed(() => searchClaimsForReview(ws, queries[i % queries.length])))[1])
  for (let i = 0; i < 40; i++) filterMs.push((await timed(() => searchClaimsForReview(ws, filters[i % filters.length])))[1])
  record({ what: 'search box, words (index complete)', goal: '-', samples: boxMs })
  record({ what: 'search box, filters only (index complete)', goal: '-', samples: filterMs })

  // A durable corroboration change in an article the reviewer has open.
  const clickMs: number[] = []
  for (let a = 0; a < 10; a++) {
    const id = ids[(a * 197) % ids.length]
    const claims = (await ws.loadArticle(id)).claims
    for (let i = 0; i < 20; i++) {
      const claim = claims[(i * 7) % claims.length]
      clickMs.push((await timed(() => ws.updateClaim(id, claim.id, 'corroboration', status(i + a, claim.corroboration))))[1])
    }
  }
  await ws.close()

  // The same data in one lowdb database (lowdb's own JSONFile: atomic, not fsynced).
  const all: ArticleFile[] = []
  {
    const reader = await Workspace.open(dir)
    for (const id of ids) all.push(await reader.loadArticle(id))
    await reader.close()
  }
  const single = new Low<{ articles: ArticleFile[] }>(new JSONFile(join(root, 'single.json')), { articles: [] })
  single.data = { articles: all }
  await single.write()
  const lowdbMs: number[] = []
  for (let i = 0; i < 5; i++) {
    const claim = all[(i * 31) % all.length].claims[i]
    claim.corroboration = status(i, claim.corroboration)
    lowdbMs.push((await timed(() => single.write()))[1])
  }
  const singleBytes = statSync(join(root, 'single.json')).size
  all.length = 0
  single.data = { articles: [] }
  const clickMedian = quantile([...clickMs].sort((x, y) => x - y), 0.5)
  const lowdbMedian = quantile([...lowdbMs].sort((x, y) => x - y), 0.5)
  record({ what: 'corroboration change, durable (fsynced)', goal: '< 20 ms p95', samples: clickMs, note: `${(lowdbMedian / clickMedian).toFixed(0)}x faster than lowdb single file (median; goal >= 20x)` })
  record({ what: `  baseline: one lowdb file (${mb(singleBytes)} MB), one write`, goal: '-', samples: lowdbMs })
  rmSync(join(root, 'single.json'), { force: true })

  // --- one article of 135,000 claims ----------------------------------------------
  const bigDir = join(root, 'big')
  const [big, bigMs] = await timed(() => makeArticle(ARTICLES + 1, BIG_CLAIMS))
  writeWorkspace(bigDir, 0, 0)
  ws = await Workspace.open(bigDir)
  await ws.putArticleFile(big)
  const bigBytes = statSync(join(bigDir, 'articles', `${big.article.id}.json`)).size
  console.log(`big article: ${big.claims.length} claims, ${(big.article.text.length / 1e6).toFixed(1)} M chars of text, file ${mb(bigBytes)} MB (generated in ${(bigMs / 1000).toFixed(1)} s)`)
  const bigClick: number[] = []
  for (let i = 0; i < 20; i++) {
    const claim = big.claims[(i * 26_987) % big.claims.length]
    bigClick.push((await timed(() => ws.updateClaim(big.article.id, claim.id, 'corroboration', status(i, claim.corroboration))))[1])
  }
  record({ what: `change in a ${big.claims.length.toLocaleString('en')}-claim article`, goal: '< 50 ms', samples: bigClick, note: 'appended to the article change log; the file is rewritten on idle/close' })
  // The file rewrite the clicks put off (compaction), here done by close.
  const [, compactMs] = await timed(() => ws.close())
  record({ what: '  its file rewritten behind the log (close)', goal: '-', samples: [compactMs] })

  // --- memory with the workspace open, at two sizes --------------------------------
  // Each in a fresh process that opens the workspace as the app does (this one holds
  // generated data). The related-claims worker (issue 12) is left idle here: it is
  // measured on its own (bench/workspace-memory.ts <dir>). "First open": no search
  // index on disk yet, the worker builds it; "next open": the one it wrote is used.
  const smallDir = join(root, 'small')
  writeWorkspace(smallDir, Math.round(ARTICLES / 10), perArticle)
  for (const [size, wsDir] of [[Math.round(ARTICLES / 10), smallDir], [ARTICLES, dir]] as const) {
    rmSync(join(wsDir, SEARCH_INDEX_FILE), { force: true })
    const label = `${size.toLocaleString('en')} articles`
    const heaps = (step: MemoryStep) => `heap MB: main ${step.main.heap}, search worker ${step.search?.heap ?? '-'} (+${step.search?.external ?? '-'} external)`
    const first = (await measureMemory(wsDir, { related: false })).find((step) => step.step === 'indexed')!
    record({ what: `RSS, ${label}, first open: search index built`, goal: 'grows with articles opened', samples: [first.rss], unit: 'MB', note: heaps(first) })
    for (const step of await measureMemory(wsDir, { related: false })) {
      record({ what: `RSS, ${label}, next open: ${step.step}`, goal: 'grows with articles opened', samples: [step.rss], unit: 'MB', note: heaps(step) })
    }
  }
  // --- the related-claims worker, alone, at two sizes (its own fresh process) --------
  // Heap of the worker once its index is built, process RSS, and the CPU the build took
  // (the whole process; the search worker is not started). Stopped at BENCH_RELATED_LIMIT s.
  // First open: no related index on disk, every article is profiled and linked, then the
  // index is written. Next open: it is read, each article file only hashed (issue 9).
  for (const [size, wsDir] of [[Math.round(ARTICLES / 10), smallDir], [ARTICLES, dir]] as const) {
    rmSync(join(wsDir, RELATED_INDEX_FILE), { force: true })
    const label = `${size.toLocaleString('en')} articles`
    for (const open of ['first open', 'next open'] as const) {
      const related = await measureRelatedMemory(wsDir, Number(process.env.BENCH_RELATED_LIMIT ?? 900))
      const state = related.finished ? 'built' : 'NOT built at the time limit'
      const how = related.build ? `${related.build.profiled} profiled, ${related.build.fromSegment} from the index on disk` : '-'
      const write = related.write ? `; index written after: CPU ${related.write.cpuSeconds} s / wall ${related.write.wallSeconds} s` : ''
      const note = `${how}; process RSS ${related.rss} MB (${related.rssBefore} MB before the worker); worker heap ${related.related?.heap ?? '-'} MB (+${related.related?.external ?? '-'} external); wall ${related.wallSeconds} s${write}`
      record({ what: `related worker, ${label}, ${open}: CPU to ready`, goal: open === 'first open' ? '-' : 'no article profiled again', samples: [related.cpuSeconds], unit: 's', note })
      record({ what: `RSS added by the related worker, ${label}, ${open}, ${state}`, goal: '< 150 MB', samples: [Math.round((related.rss - related.rssBefore) * 10) / 10], unit: 'MB' })
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1))
console.log(`\n| what | goal | median | p95 | spread (min-max) | n | CPU / wall of the section, load | note |\n| --- | --- | --- | --- | --- | --- | --- | --- |`)
const json: Record<string, { median: number; p95: number; min: number; max: number; n: number }> = {}
for (const row of rows) {
  const sorted = [...row.samples].sort((x, y) => x - y)
  const unit = row.unit ?? 'ms'
  const median = quantile(sorted, 0.5)
  const p95 = quantile(sorted, 0.95)
  console.log(`| ${row.what} | ${row.goal} | ${fmt(median)} ${unit} | ${fmt(p95)} ${unit} | ${fmt(sorted[0])}-${fmt(sorted.at(-1)!)} ${unit} | ${sorted.length} | ${row.cpu ?? ''} | ${row.note ?? ''} |`)
  json[row.what.trim()] = { median, p95, min: sorted[0], max: sorted.at(-1)!, n: sorted.length }
}
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`)
console.log(JSON.stringify({ bench: 'workspace', articles: ARTICLES, claims: CLAIMS, bigClaims: BIG_CLAIMS, ...json }))
