// npm run train -- --analyse [CORPUS_DIR]: what the shipped model does, for the note.
//   1. the validation debates: figures, per debate, and the sentences where model and
//      labels disagree most (to read by hand);
//   2. transfer to news in each language: the labelled published corpus (data/corpus/<lang>/,
//      C = claim, N = not a claim), scored with the language's own cues.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { scoreCheckworthiness } from '../../electron/core/checkworthiness'
import { f1At, rocAuc } from '../../electron/core/checkworthiness/metrics'
import { round } from './experiment'
import { VALIDATION_PATH } from './ship'

function validation(): void {
  const rows = readFileSync(VALIDATION_PATH, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [debate, id, verdict, opensBlock, text] = line.split('\t')
      return { debate, id, verdict: Number(verdict), opensBlock: opensBlock === '1', text }
    })
  const scored = rows.map((r) => ({ ...r, ...scoreCheckworthiness({ sentence: r.text, language: 'en', opensBlock: r.opensBlock }) }))
  const cfs = scored.map((s) => (s.verdict === 1 ? 1 : 0))
  const factual = scored.map((s) => (s.verdict >= 0 ? 1 : 0))
  const scores = scored.map((s) => s.score)
  const at = f1At(scores, cfs)
  console.log(`validation: ${rows.length} sentences, CFS ${cfs.filter(Boolean).length}; AUC ${round(rocAuc(scores, cfs))}; at 0.5 P ${round(at.precision)} R ${round(at.recall)} F1 ${round(at.f1)}`)
  let best = { t: 0.5, f1: 0 }
  for (let t = 0.1; t < 0.9; t += 0.02) {
    const f = f1At(scores, cfs, t).f1
    if (f > best.f1) best = { t, f1: f }
  }
  console.log(`  best threshold ${round(best.t, 2)}: F1 ${round(best.f1)}`)
  const fa = f1At(
    scored.map((s) => s.factual),
    factual,
  )
  console.log(`  factual vs non-factual: AUC ${round(rocAuc(scored.map((s) => s.factual), factual))}; at 0.5 P ${round(fa.precision)} R ${round(fa.recall)} F1 ${round(fa.f1)}`)
  for (const debate of [...new Set(rows.map((r) => r.debate))]) {
    const idx = scored.map((s, i) => (s.debate === debate ? i : -1)).filter((i) => i >= 0)
    const f = f1At(idx.map((i) => scores[i]), idx.map((i) => cfs[i]))
    console.log(`  ${debate}: ${idx.length} sentences, AUC ${round(rocAuc(idx.map((i) => scores[i]), idx.map((i) => cfs[i])))}, F1 ${round(f.f1)}`)
  }
  const label = (v: number) => (v === 1 ? 'CFS' : v === 0 ? 'UFS' : 'NFS')
  const show = (s: (typeof scored)[number]) =>
    console.log(`  [${s.score.toFixed(2)} factual ${s.factual.toFixed(2)}] ${label(s.verdict)} ${s.debate}#${s.id}: ${s.text}\n      ${s.reasons.map((r) => `${r.weight > 0 ? '+' : '−'} ${r.text}`).join('; ')}`)
  console.log('\nhighest-scored sentences not labelled CFS:')
  scored.filter((s) => s.verdict !== 1).sort((a, b) => b.score - a.score).slice(0, 12).forEach(show)
  console.log('\nlowest-scored sentences labelled CFS (8 words or more):')
  scored.filter((s) => s.verdict === 1 && s.text.split(/\s+/).length >= 8).sort((a, b) => a.score - b.score).slice(0, 12).forEach(show)
}

interface Labelled {
  language: string
  claim: boolean
  text: string
}

/** Sentences of the published corpus whose label is C or N, found by their key in the text. */
function corpusSentences(dir: string): Labelled[] {
  const out: Labelled[] = []
  for (const language of readdirSync(dir).filter((d) => /^[a-z]{2}$/.test(d))) {
    for (const file of readdirSync(join(dir, language)).filter((f) => f.endsWith('.labels'))) {
      const text = readFileSync(join(dir, language, file.replace(/\.labels$/, '.txt')), 'utf8')
      const body = readFileSync(join(dir, language, file), 'utf8').split('\n---\n')[1] ?? ''
      let from = 0
      for (const line of body.split('\n')) {
        const m = /^([CNF])\b[^|]*\|\s?(.*)$/.exec(line)
        if (!m || m[1] === 'F') continue
        const at = text.indexOf(m[2], from)
        if (at < 0) continue
        from = at + m[2].length
        // the sentence: from the key to the next sentence end or line end
        const rest = text.slice(at, at + 1000)
        const end = rest.search(/(?<=[.!?。？！]["”’»)]?)\s|\n/)
        out.push({ language, claim: m[1] === 'C', text: end > 0 ? rest.slice(0, end) : rest })
      }
    }
  }
  return out
}

function transfer(dir: string): void {
  const sentences = corpusSentences(dir)
  console.log(`\ntransfer to the published corpus (${dir}): C = claim, N = not a claim`)
  for (const language of [...new Set(sentences.map((s) => s.language))].sort()) {
    const mine = sentences.filter((s) => s.language === language)
    const scored = mine.map((s) => scoreCheckworthiness({ sentence: s.text, language }))
    const y = mine.map((s) => (s.claim ? 1 : 0))
    const claims = y.filter(Boolean).length
    const at = f1At(scored.map((s) => s.score), y)
    const factualAt = f1At(scored.map((s) => s.factual), y)
    console.log(
      `  ${language}: ${claims} C, ${mine.length - claims} N; AUC score ${round(rocAuc(scored.map((s) => s.score), y))}, factual ${round(rocAuc(scored.map((s) => s.factual), y))}; ` +
        `C at >= 0.5: ${round(at.recall)} (precision ${round(at.precision)}); factual >= 0.5: recall ${round(factualAt.recall)}, precision ${round(factualAt.precision)}`,
    )
  }
}

export function analyse(corpusDir = 'data/corpus'): void {
  validation()
  if (existsSync(corpusDir)) transfer(corpusDir)
  else console.log(`\n(no labelled corpus at ${corpusDir})`)
}
