// Step 3 of the agreement study: the extractor's sourcing and hedge on the 240 sampled claims (the claim holding the
// label's key, as speakers-set.test.ts and the carry tests score it). Reads blind.tsv; prints one TSV line per item.
// Run: npx tsx data/corpus/agreement-s35/extractor.ts > /tmp/agree1-extractor.tsv
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extract } from '../../../electron/core/extract/index'

const here = resolve(fileURLToPath(new URL('.', import.meta.url)))
const root = join(here, '..')
const lines = readFileSync(join(here, 'blind.tsv'), 'utf8').trim().split('\n')
const head = lines[0].split('\t')
const col = (name: string) => head.indexOf(name)
const cache = new Map<string, { text: string; keys: string[]; result: ReturnType<typeof extract> }>()
for (const line of lines.slice(1)) {
  const f = line.split('\t')
  const page = f[col('page')]
  const lang = f[col('lang')]
  let entry = cache.get(page)
  if (!entry) {
    const text = readFileSync(join(root, page.replace(/\.(labels|speakers)$/, '.txt')), 'utf8')
    const body = readFileSync(join(root, page), 'utf8').split(/^---$/m)[1]
    const keys = body.split('\n').filter((l) => l.trim() && !l.startsWith('#') && l.includes(' | ')).map((l) => l.slice(l.indexOf(' | ') + 3))
    entry = { text, keys, result: extract(text, { language: lang }) }
    cache.set(page, entry)
  }
  const n = Number(f[col('n')])
  let cursor = 0
  let at = -1
  for (let i = 0; i <= n; i++) {
    at = entry.text.indexOf(entry.keys[i], cursor)
    if (at >= 0) cursor = at + entry.keys[i].length
  }
  const key = entry.keys[n]
  const claim = entry.result.claims.find((c) => c.start <= at && at < c.end) ?? entry.result.claims.find((c) => c.start >= at && c.start < at + key.length)
  const short: Record<string, string> = { 'anonymous-source': 'anon', 'named-source': 'named', official: 'official', document: 'document', media: 'media', outlet: 'outlet', unattributed: 'none' }
  console.log([f[col('id')], claim ? short[claim.sourcing.type] ?? claim.sourcing.type : 'N', claim?.hedge.hedged ? 'h' : '-'].join('\t'))
}
