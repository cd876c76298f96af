// Run by bench/first-extraction.bench.ts in a fresh process (bundled, as the app runs): the time of
// the first extraction of the sample article, cold or after the app's warm-up (each warm-up step
// timed too: the longest is the longest the main process is kept busy). Prints one JSON line.
// argv: cold | warm, <article path>
import { readFileSync } from 'node:fs'
import { extract } from '../electron/core/extract'
import { warmUpSteps } from '../electron/core/extract/warm-up'

const [mode, path] = process.argv.slice(2)
const text = readFileSync(path, 'utf8')
const stepsMs: number[] = []
if (mode === 'warm') {
  for (const step of warmUpSteps()) {
    const t0 = performance.now()
    step()
    stepsMs.push(performance.now() - t0)
  }
}
const t0 = performance.now()
extract(text)
const firstMs = performance.now() - t0
const t1 = performance.now()
extract(text)
const secondMs = performance.now() - t1
console.log(JSON.stringify({ mode, firstMs, secondMs, stepsMs }))
