// The first extraction in a fresh process, cold and after the app's warm-up (services/build-claims
// warmUpExtractor, run by the main process once the window is up). Median of 5 fresh processes each.
// Run: npm run bench first-extraction
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../node_modules/.cache/claimdesk-bench-first-extraction')
mkdirSync(root, { recursive: true })
const probe = join(root, 'first-extraction-probe.mjs')
await build({ entryPoints: [resolve(here, 'first-extraction-probe.ts')], bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile: probe, logLevel: 'error' })
const article = resolve(here, '../data/chongjin-explosion.txt')

interface Run {
  firstMs: number
  secondMs: number
  stepsMs: number[]
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x: number) => Math.round(x)
const runs = (mode: string): Run[] =>
  Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, [probe, mode, article], { encoding: 'utf8' }).trim().split('\n').pop()!) as Run)

const cold = runs('cold')
const warm = runs('warm')
const result = {
  bench: 'first-extraction',
  coldFirstMs: round(median(cold.map((r) => r.firstMs))),
  coldSecondMs: round(median(cold.map((r) => r.secondMs))),
  warmedFirstMs: round(median(warm.map((r) => r.firstMs))),
  warmUpTotalMs: round(median(warm.map((r) => r.stepsMs.reduce((a, b) => a + b, 0)))),
  warmUpLongestStepMs: round(median(warm.map((r) => Math.max(...r.stepsMs)))),
}
console.log(`first extraction of the sample, cold: ${result.coldFirstMs} ms (the next: ${result.coldSecondMs} ms)`)
console.log(`after the warm-up: ${result.warmedFirstMs} ms; the warm-up took ${result.warmUpTotalMs} ms in ${warm[0].stepsMs.length} steps, the longest ${result.warmUpLongestStepMs} ms`)
console.log(JSON.stringify(result))
