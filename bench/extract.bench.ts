// Extractor throughput on one core, and its quality on the labelled corpus.
// Run: npx tsx bench/extract.bench.ts   (or npm run bench extract)
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extract } from '../electron/core/extract'
import { CORPUS } from '../data/corpus/written'
import { evaluateCorpus } from '../electron/core/extract/evaluate'

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const SAMPLE = readFileSync(resolve(ROOT, 'data/chongjin-explosion.txt'), 'utf8')
const TARGET_MB_PER_S = 1

/**
 * Pieces repeated to `bytes`, each copy's lines made unique ("… [copy d]"): the extractor treats a
 * line seen before as page chrome, so verbatim copies would measure only that shortcut.
 */
function repeatTo(bytes: number, pieces: string[]): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const tag = String(i).replace(/\d/g, (d) => 'abcdefghij'[+d]) // letters only: digits would make every line look like a date
    const piece = pieces[i % pieces.length].replace(/(\S)[ \t]*$/gm, `$1 [copy ${tag}]`)
    parts.push(piece)
    size += piece.length + 2
  }
  return parts.join('\n\n')
}

/**
 * Best of `runs` after one warm-up, in MB (of UTF-16 code units ≈ characters) per second of wall
 * time, and per second of this process's CPU time: on a shared machine the wall clock measures the
 * other processes too, while CPU seconds approximate "one core" (GC threads count, so it errs low).
 */
function throughput(text: string, runs = 3): { mb: number; bestMs: number; mbPerS: number; mbPerCpuS: number; claims: number } {
  extract(text.slice(0, 100_000))
  let best = Infinity
  let bestCpu = Infinity
  let claims = 0
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    claims = extract(text).claims.length
    best = Math.min(best, performance.now() - t0)
    const cpu = process.cpuUsage(c0)
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000)
  }
  const mb = text.length / 1e6
  return { mb: round(mb), bestMs: round(best), mbPerS: round(mb / (best / 1000)), mbPerCpuS: round(mb / (bestCpu / 1000)), claims }
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}

const sample = throughput(repeatTo(5_000_000, [SAMPLE]))
console.log(`(a) sample article repeated to ${sample.mb} MB: ${sample.mbPerS} MB/s wall, ${sample.mbPerCpuS} MB per CPU-second (${sample.bestMs} ms, ${sample.claims} claims)`)

// mixed: a fixed list of published pages in six languages (en, de, es, fr, ru, ko), the written corpus and the sample. The
// list (extract-mixed-pages.txt) keeps the input the same as data/ grows, so two runs months apart time the same text.
const PAGES = readFileSync(resolve(ROOT, 'bench/extract-mixed-pages.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
for (const id of PAGES) {
  if (/^split:[ \t]*heldout/m.test(readFileSync(resolve(ROOT, 'data/corpus', `${id}.labels`), 'utf8'))) throw new Error(`${id} is held out: take it off the list`)
}
const mixedText = repeatTo(1_000_000, [SAMPLE, ...PAGES.map((id) => readFileSync(resolve(ROOT, 'data/corpus', `${id}.txt`), 'utf8')), ...CORPUS.map((t) => t.text)])
const mixedSha1 = createHash('sha1').update(mixedText).digest('hex').slice(0, 12)
const mixed = throughput(mixedText)
console.log(
  `(b) 1 MB of mixed text (${PAGES.length} listed published pages in ${new Set(PAGES.map((id) => id.split('/')[0])).size} languages, written corpus, sample; input sha1 ${mixedSha1}): ` +
    `${mixed.mbPerS} MB/s wall, ${mixed.mbPerCpuS} MB per CPU-second (${mixed.bestMs} ms, ${mixed.claims} claims)`,
)

const metrics = evaluateCorpus(CORPUS)
console.log(
  `(c) corpus of ${metrics.texts} labelled texts: precision ${metrics.precision}, recall ${metrics.recall}, F1 ${metrics.f1}, ` +
    `sourcing accuracy ${metrics.sourcingAccuracy}, hedge accuracy ${metrics.hedgeAccuracy}`,
)
for (const t of metrics.perText) for (const p of t.problems) console.log(`    ${t.id}: ${p}`)

const ok = sample.mbPerS >= TARGET_MB_PER_S && mixed.mbPerS >= TARGET_MB_PER_S
console.log(
  JSON.stringify({
    bench: 'extract',
    sampleMBps: sample.mbPerS,
    mixedMBps: mixed.mbPerS,
    sampleMBperCpuS: sample.mbPerCpuS,
    mixedMBperCpuS: mixed.mbPerCpuS,
    mixedInputSha1: mixedSha1,
    loadAverage: loadavg()[0],
    targetMBps: TARGET_MB_PER_S,
    precision: metrics.precision,
    recall: metrics.recall,
    f1: metrics.f1,
    sourcingAccuracy: metrics.sourcingAccuracy,
    hedgeAccuracy: metrics.hedgeAccuracy,
    ok,
  }),
)
process.exitCode = ok ? 0 : 1
