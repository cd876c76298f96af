// Session 35 (claims3): the claim filter's two counts on whole labelled pages: N lines kept as claims and C lines lost
// (no claim holds them). Usage: tsx scripts/claims-filter-score.ts <dev|check> <list-of-label-files>
// In check mode only totals are printed, never a sentence. The list holds .labels paths (one a line) of whole-page C/N/F
// sets; build the tuned part with `grep -L 'split: heldout' data/corpus/<lang>/*.labels` (the held-out pages never go in:
// the script refuses a file whose head says `split: heldout`). Keys are found in text order; a key not found is skipped.
import { readFileSync } from 'node:fs'
import { extract } from '../electron/core/extract/index'
import { claimAt, heldByClaim } from '../electron/core/extract/published-corpus'

const [mode, listFile] = process.argv.slice(2)
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean)
type Row = { n: number; nKept: number; c: number; cLost: number }
const per = new Map<string, Row>()
const rowFor = (k: string) => per.get(k) ?? (per.set(k, { n: 0, nKept: 0, c: 0, cLost: 0 }), per.get(k)!)
for (const file of files) {
  const body = readFileSync(file, 'utf8').split(/^---$/m)[1] ?? ''
  if (/^split:\s*heldout/m.test(readFileSync(file, 'utf8').split(/^---$/m)[0])) throw new Error('held-out file in list')
  const text = readFileSync(file.replace(/\.labels$/, '.txt'), 'utf8')
  const lang = file.split('/').slice(-2)[0]
  const set = file.replace(/^data\/corpus\//, '').split('/')[0]
  const labels: { kind: string; key: string; start: number; end: number }[] = []
  let cursor = 0
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd()
    if (!line.trim() || line.startsWith('#')) continue
    const m = /^([CNF])((?:\s+\S+)*?)\s+\|\s(.+)$/.exec(line)
    if (!m) continue
    const at = text.indexOf(m[3], cursor)
    if (at < 0) continue
    if (labels.length) labels[labels.length - 1].end = at
    labels.push({ kind: m[1], key: m[3], start: at, end: text.length })
    cursor = at + m[3].length
  }
  const ex = extract(text)
  for (const l of labels) {
    if (l.kind === 'F') continue
    const claim = claimAt(ex.claims, l.start, l.end)
    // N kept: a claim holds the line's first character (as furniture is scored); C found: any claim holds or starts in it (scoreArticle)
    const held = l.kind === 'N' ? heldByClaim(claim, l.start) : claim !== undefined
    for (const k of [`${set}/${lang}`, `ALL/${lang}`, 'ALL/all']) {
      const r = rowFor(k)
      if (l.kind === 'N') { r.n++; if (held) r.nKept++ } else { r.c++; if (!held) r.cLost++ }
    }
    if (mode === 'dev' && l.kind === 'N' && held) console.log(`NKEPT\t${file}\t${l.key.slice(0, 90)}\t|| ${claim!.text.slice(0, 160).replace(/\n/g, ' ')}`)
    if (mode === 'dev' && l.kind === 'C' && !held) console.log(`CLOST\t${file}\t${l.key.slice(0, 90)}`)
  }
}
for (const [k, r] of [...per].sort()) console.log(`ROW\t${k}\tN ${r.n} kept ${r.nKept}\tC ${r.c} lost ${r.cLost}`)
