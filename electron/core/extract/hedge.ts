// Hedges: words and grammatical forms that tell the reader the outlet does not vouch for the
// claim itself ("reportedly", "soll … haben", "auraient été", "것으로 알려졌다"). The cues live
// in the language packs, one pattern per grammatical class; the sentence's own language picks the pack.
import { packFor, wordBounded } from '../lang'
import { LiteralIndex, requiredLiterals } from './required-literals'
import type { ExtractedHedge } from './types'

const NO_HEDGE: ExtractedHedge = { hedged: false, cue: null }

/** Longest useful hedge scan: hedges govern the main clause, so the head of a huge sentence is enough. */
const MAX_SCAN = 2000

interface PackHedges {
  patterns: RegExp[]
  /** Words after a hedge that correct the report it introduced (README rule D); null when the pack has none. */
  corrections: RegExp | null
  /** Bit k: the text holds a literal every match of pattern k needs (one pass over the text for all classes). */
  index: LiteralIndex
}

const byPack = new Map<RegExp[], PackHedges>()

function hedgesOf(language: string): PackHedges {
  const { patterns, corrections } = packFor(language).hedges
  let out = byPack.get(patterns)
  if (!out) {
    // more than 31 classes would overflow the index's bit mask: those past it are always tried
    out = {
      patterns,
      corrections: corrections ? wordBounded(new RegExp(corrections.source, corrections.flags.replace(/[gy]/g, ''))) : null,
      index: new LiteralIndex(patterns.slice(0, 31).map((p) => requiredLiterals(p.source, p.flags))),
    }
    byPack.set(patterns, out)
  }
  return out
}

export function findHedge(sentence: string, language: string, masked?: string): ExtractedHedge {
  // a hedge inside a quotation is the speaker's, not the outlet's: scan the text outside quotes
  const source = masked ?? sentence
  const head = source.length > MAX_SCAN ? source.slice(0, MAX_SCAN) : source
  const { patterns, corrections, index } = hedgesOf(language)
  const possible = index.possible(head)
  for (let k = 0; k < patterns.length; k++) {
    if (k < 31 && (possible & (1 << k)) === 0) continue
    const re = wordBounded(patterns[k])
    re.lastIndex = 0
    const m = re.exec(head)
    if (!m) continue
    // a report the same sentence goes on to correct ("was believed to be … turned out to be") is not the claim's hedge (rule D); the
    // correction is sought from the hedge's last four characters on, so that a hedge ending in a concessive ("알려졌으나") is seen as one
    if (corrections && corrections.test(head.slice(Math.max(m.index, m.index + m[0].length - 4)))) continue
    return { hedged: true, cue: normaliseCue(sentence.slice(m.index, m.index + m[0].length)) }
  }
  return NO_HEDGE
}

function normaliseCue(cue: string): string {
  const lower = cue.toLowerCase().trim()
  // "seems to" → "seems": the cue is the hedging word, not its complement
  return lower.replace(/ (?:to|that|as if)$/, '')
}
