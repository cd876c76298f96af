// Reads the hedge set of data/corpus/hedges/sentences.tsv (session 25): real published sentences, each one a claim under
// the README's rules, labelled hedged or not by reading before the extractor was run on them. One line per sentence:
// lang, label (h or -), url, outlet, date, sentence, tab-separated; lines starting with # are comments.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const HEDGE_SET = resolve(fileURLToPath(new URL('.', import.meta.url)), 'hedges', 'sentences.tsv')

export interface HedgeSentence {
  language: string
  hedged: boolean
  url: string
  outlet: string
  date: string
  sentence: string
}

export function parseHedgeSet(text: string): HedgeSentence[] {
  const out: HedgeSentence[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const cols = line.split('\t')
    if (cols.length !== 6) throw new Error(`hedges/sentences.tsv:${i + 1}: ${cols.length} columns, not 6`)
    const [language, label, url, outlet, date, sentence] = cols
    if (!/^[a-z]{2}$/.test(language)) throw new Error(`hedges/sentences.tsv:${i + 1}: bad language ${language}`)
    if (label !== 'h' && label !== '-') throw new Error(`hedges/sentences.tsv:${i + 1}: label must be h or -, not ${label}`)
    if (!/^https?:\/\//.test(url)) throw new Error(`hedges/sentences.tsv:${i + 1}: no url`)
    out.push({ language, hedged: label === 'h', url, outlet, date, sentence })
  })
  return out
}

export function loadHedgeSet(file = HEDGE_SET): HedgeSentence[] {
  return parseHedgeSet(readFileSync(file, 'utf8'))
}
