// Reads the hedge set of data/corpus/hedges/sentences.tsv (session 25): real published sentences, each one a claim under
// the README's rules, labelled hedged or not by reading before the extractor was run on them. One line per sentence:
// lang, label (h or -), url, outlet, date, sentence, tab-separated; lines starting with # are comments.
// Session 31 (check8): a seventh column may stand third, the context: the sourcing in play in the sentence's paragraph, `none` or
// `type:attribution as printed` (type one of official, named-source, anonymous-source, document, media, outlet), so that the
// session-29/30 "reporter in play" decisions can be measured on a set.
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
  /** The sourcing in play in the paragraph (7-column sets only); null when the set says `none` or has no context column. */
  context?: { type: string; attribution: string } | null
}

const CONTEXT_TYPES = new Set(['official', 'named-source', 'anonymous-source', 'document', 'media', 'outlet'])

export function parseHedgeSet(text: string): HedgeSentence[] {
  const out: HedgeSentence[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const cols = line.split('\t')
    if (cols.length !== 6 && cols.length !== 7) throw new Error(`hedges/sentences.tsv:${i + 1}: ${cols.length} columns, not 6 or 7`)
    const contextCol = cols.length === 7 ? cols.splice(2, 1)[0] : null
    const [language, label, url, outlet, date, sentence] = cols
    let context: HedgeSentence['context'] = null
    if (contextCol !== null && contextCol !== 'none') {
      const colon = contextCol.indexOf(':')
      const type = colon > 0 ? contextCol.slice(0, colon) : ''
      if (!CONTEXT_TYPES.has(type) || colon === contextCol.length - 1) throw new Error(`hedges/sentences.tsv:${i + 1}: bad context ${contextCol}`)
      context = { type, attribution: contextCol.slice(colon + 1) }
    }
    if (!/^[a-z]{2}$/.test(language)) throw new Error(`hedges/sentences.tsv:${i + 1}: bad language ${language}`)
    if (label !== 'h' && label !== '-') throw new Error(`hedges/sentences.tsv:${i + 1}: label must be h or -, not ${label}`)
    if (!/^https?:\/\//.test(url)) throw new Error(`hedges/sentences.tsv:${i + 1}: no url`)
    out.push({ language, hedged: label === 'h', url, outlet, date, sentence, ...(contextCol !== null ? { context } : {}) })
  })
  return out
}

export function loadHedgeSet(file = HEDGE_SET): HedgeSentence[] {
  return parseHedgeSet(readFileSync(file, 'utf8'))
}
