// Hedges: words and grammatical forms that tell the reader the outlet does not vouch for the
// claim itself ("reportedly", "soll … haben", "auraient été", "것으로 알려졌다"). The cues live
// in the language packs, one pattern per grammatical class; the sentence's own language picks the pack.
import { packFor, wordBounded } from '../lang'
import { LiteralIndex, requiredLiterals } from './required-literals'
import type { ExtractedHedge, ExtractedSourcing } from './types'

const NO_HEDGE: ExtractedHedge = { hedged: false, cue: null }

/** A sentence that is a question: "?" (or a full-width one) closes it, before any closing quotes or brackets, or "¿" opens it. */
const QUESTION = /(?:[?？](?:\s*["'»”’)\]])*\s*$|^\s*(?:["'«“(]\s*)*¿)/

/** Longest useful hedge scan: hedges govern the main clause, so the head of a huge sentence is enough. */
const MAX_SCAN = 2000

/** What the caller knows of the sentence beyond its words (session 29). */
export interface HedgeContext {
  /**
   * The sentence's sourcing as decided (its own cue, or carried from the paragraph). An impersonal report or a verb of becoming known
   * ("il est indiqué que", "сообщается", "trascendió que", "heißt es") is a hedge only with no reporter in play: when the sourcing names
   * an office or a person, the report is theirs (lead decisions, session 29).
   */
  sourcing?: ExtractedSourcing
}

interface PackHedges {
  patterns: RegExp[]
  /** Words after a hedge that correct the report it introduced (README rule D); null when the pack has none. */
  corrections: RegExp | null
  /** Cues of impersonal report and of becoming known (a hedge only with no reporter in play); null when the pack has none. */
  reportFrames: RegExp | null
  /** Words before a hedge that make the hedged clause the object of a report noun or of a denial; null when the pack has none. */
  reportedObject: RegExp | null
  /** Bit k: the text holds a literal every match of pattern k needs (one pass over the text for all classes). */
  index: LiteralIndex
}

const byPack = new Map<RegExp[], PackHedges>()

const plain = (re: RegExp | undefined): RegExp | null => (re ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : null)

function hedgesOf(language: string): PackHedges {
  const { patterns, corrections, reportFrames, reportedObject } = packFor(language).hedges
  let out = byPack.get(patterns)
  if (!out) {
    // more than 31 classes would overflow the index's bit mask: those past it are always tried
    const c = plain(corrections)
    const r = plain(reportFrames)
    const o = plain(reportedObject)
    out = {
      patterns,
      corrections: c ? wordBounded(c) : null,
      reportFrames: r ? wordBounded(r) : null,
      reportedObject: o ? wordBounded(o) : null,
      index: new LiteralIndex(patterns.slice(0, 31).map((p) => requiredLiterals(p.source, p.flags))),
    }
    byPack.set(patterns, out)
  }
  return out
}

/**
 * An office or a person is in play: the sourcing (its own cue or carried) is an official, a named source or an unnamed person, with an
 * attribution that names them ("la gendarmerie", "Акцент", "a source"), not a clitic the impersonal verb left ("se") and not unnamed
 * reports or documents ("los reportes"): the decision asks for an office or a person.
 */
function reporterInPlay(context: HedgeContext | undefined): boolean {
  const s = context?.sourcing
  if (!s || (s.type !== 'official' && s.type !== 'named-source' && s.type !== 'anonymous-source')) return false
  return (s.attribution?.match(/\p{L}/gu)?.length ?? 0) >= 4
}

export function findHedge(sentence: string, language: string, masked?: string, context?: HedgeContext): ExtractedHedge {
  // session 30: a question asserts nothing, so nothing in it is hedged ("¿Sería para encontrar …?", "Aurait-il menti ?"): the README labels a
  // question `-`, as the session-29 decision gives it no speaker; a question mark (or "¿" opening it) closes the sentence, quotes aside
  if (QUESTION.test(sentence)) return NO_HEDGE
  // a hedge inside a quotation is the speaker's, not the outlet's: scan the text outside quotes
  const source = masked ?? sentence
  const head = source.length > MAX_SCAN ? source.slice(0, MAX_SCAN) : source
  const { patterns, corrections, reportFrames, reportedObject, index } = hedgesOf(language)
  const possible = index.possible(head)
  let inPlay: boolean | null = null
  for (let k = 0; k < patterns.length; k++) {
    if (k < 31 && (possible & (1 << k)) === 0) continue
    const re = wordBounded(patterns[k])
    re.lastIndex = 0
    const m = re.exec(head)
    if (!m) continue
    // a report the same sentence goes on to correct ("was believed to be … turned out to be") is not the claim's hedge (rule D); the
    // correction is sought from the hedge's last four characters on, so that a hedge ending in a concessive ("알려졌으나") is seen as one
    if (corrections && corrections.test(head.slice(Math.max(m.index, m.index + m[0].length - 4)))) continue
    // session 29: a hedge inside the object of a denial or of a report noun ("a démenti l'information selon laquelle il aurait …",
    // "опровергли информацию о том, что … якобы") hedges the report, which is the claim's object, not the claim
    if (reportedObject && reportedObject.test(head.slice(0, m.index))) continue
    // session 29 (lead decisions): an impersonal report or a verb of becoming known with a reporter in play is that reporter's report
    if (reportFrames && reportFrames.test(m[0]) && (inPlay ??= reporterInPlay(context))) continue
    return { hedged: true, cue: normaliseCue(sentence.slice(m.index, m.index + m[0].length)) }
  }
  return NO_HEDGE
}

function normaliseCue(cue: string): string {
  const lower = cue.toLowerCase().trim()
  // "seems to" → "seems": the cue is the hedging word, not its complement
  return lower.replace(/ (?:to|that|as if)$/, '')
}
