// Times the adversarial inputs that the unit tests only check for correctness (fuzz.test.ts,
// anchor.test.ts): catastrophic regex backtracking or quadratic work shows up here as
// seconds. Run: npm run bench -- adversarial
import { cpus } from 'node:os'
import { makeAnchor, resolveAnchor } from '../electron/core/anchor'
import { extract } from '../electron/core/extract'

function time(label: string, run: () => unknown): void {
  const samples: number[] = []
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    run()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  console.log(`| ${label.padEnd(44)} | ${samples[1].toFixed(0).padStart(7)} | ${samples[2].toFixed(0).padStart(7)} |`)
}

console.log(`${cpus()[0]?.model ?? 'cpu'} · ${cpus().length} cores · Node ${process.version}`)
console.log(`| ${'input'.padEnd(44)} | median ms | max ms |`)
console.log(`| ${'-'.repeat(44)} | ------: | ------: |`)
for (const language of ['en', 'ko', 'de']) extract('Warm up. Done.', { language })
time('1 MB, one sentence, no punctuation', () => extract('the factory workers kept working without a single pause '.repeat(18_000)))
time('1 MB, no spaces', () => extract('x'.repeat(1_000_000)))
time('80 KB of punctuation', () => extract('.?!…;:,—"“”()[]'.repeat(5000)))
time('100k one-word lines', () => extract('word\n'.repeat(100_000)))
time('"Mr. " x 50k', () => extract('Mr. '.repeat(50_000)))
time('"according to" x 40k', () => extract('according to according to '.repeat(20_000)))
time('"said, " x 90k', () => extract('said, said, said, '.repeat(30_000)))
time('mixed scripts, NUL, lone surrogates', () => extract('Seoul 서울 Сеул 首尔 \u0000 the source said \ud800 it exploded \udfff. 소식통은 전했다.\u0000\n'.repeat(500)))

const sentences = Array.from({ length: 40000 }, (_, i) => `Sentence number ${i} reports that ${i % 97} people were seen at site ${i % 13}.`)
const text = sentences.join(' ')
const anchors = Array.from({ length: 300 }, (_, k) => {
  const start = text.indexOf(`Sentence number ${k * 133} `)
  return makeAnchor(text, start, start + sentences[k * 133].length)
})
const edited = text.replace('Sentence number 5000 ', 'Sentence number 5000 (corrected) ').replace(/site 7\./g, 'site seven.')
time('300 anchors re-resolved in an edited 2.7 MB text', () => anchors.map((a) => resolveAnchor(edited, a)))
