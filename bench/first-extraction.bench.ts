// The first extraction in a fresh process, cold and after the app's warm-up (services/build-claims
// warmUpExtractor, run by the main process once the window is up). Median of 5 fresh processes each.
// Run: npm run bench first-extraction
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { bundleProbe, probeRoot } from './bundle-probe'

const probe = await bundleProbe(probeRoot('claimdesk-bench-first-extraction'), 'first-extraction-probe')
const article = resolve(import.meta.dirname, '../data/chongjin-explosion.txt')

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
