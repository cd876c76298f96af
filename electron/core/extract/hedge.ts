// Hedges: words and grammatical forms that tell the reader the outlet does not vouch for the
// claim itself ("reportedly", "soll … haben", "auraient été", "것으로 알려졌다"). The cues live
// in the language packs; the sentence's own language picks the pack.
import { packFor, wordBounded } from '../lang'
import type { ExtractedHedge } from './types'

const NO_HEDGE: ExtractedHedge = { hedged: false, cue: null }

/** Longest useful hedge scan: hedges govern the main clause, so the head of a huge sentence is enough. */
const MAX_SCAN = 2000

export function findHedge(sentence: string, language: string, masked?: string): ExtractedHedge {
  // a hedge inside a quotation is the speaker's, not the outlet's: scan the text outside quotes
  const source = masked ?? sentence
  const head = source.length > MAX_SCAN ? source.slice(0, MAX_SCAN) : source
  for (const pattern of packFor(language).hedges.patterns) {
    const re = wordBounded(pattern)
    re.lastIndex = 0
    const m = re.exec(head)
    if (m) return { hedged: true, cue: normaliseCue(sentence.slice(m.index, m.index + m[0].length)) }
  }
  return NO_HEDGE
}

function normaliseCue(cue: string): string {
  const lower = cue.toLowerCase().trim()
  // "seems to" → "seems": the cue is the hedging word, not its complement
  return lower.replace(/ (?:to|that|as if)$/, '')
}
