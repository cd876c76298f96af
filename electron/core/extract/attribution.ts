// Who says so: finds the attribution cue of one sentence and the speaker span it introduces.
// English rules are the main ones; Korean, German and French get their most common frames.
// All patterns are linear (no nested quantifiers) and scan only the head of huge sentences.
// The work is split by job: attribution-span.ts (speaker spans), attribution-en.ts, attribution-ko.ts and
// attribution-pack.ts (each language's cues), attribution-frames.ts (frames with no verb); sourcing.ts decides the type.
import { packFor, wordBounded } from '../lang'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { findAccording, findMedia, findRelayedCalls, findReportingVerb } from './attribution-en'
import { findKorean } from './attribution-ko'
import { findByPack } from './attribution-pack'

export type { AttributionContext, FoundAttribution } from './attribution-types'

const MAX_SCAN = 3000

/**
 * « …, explique Bernard Zonderman, voisin du sinistre. »: French and Spanish set the speaker as an incise inside a
 * quotation without closing it, so the masked scan cannot see the verb. Only a verb right after a comma and before a
 * capitalised speaker counts.
 */
export function inciseInQuote(sentence: string, ctx: AttributionContext): FoundAttribution | null {
  const pack = packFor(ctx.language)
  if (pack.code === 'ko' || pack.code === 'en' || sentence.length > MAX_SCAN) return null
  const verbs = wordBounded(pack.attribution.verbs)
  verbs.lastIndex = 0
  for (let m = verbs.exec(sentence), tries = 0; m && tries < 4; m = verbs.exec(sentence), tries++) {
    if (!/,\s*$/.test(sentence.slice(Math.max(0, m.index - 3), m.index)) || !/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) continue
    const found = findAttribution(sentence, sentence, ctx)
    return found && found.cue === m[0].toLowerCase() ? found : null
  }
  return null
}

/**
 * The sentence's own attribution, or null. `masked` is the sentence with quoted speech
 * blanked out (same length), so a verb inside a quote is not taken for the frame.
 */
export function findAttribution(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  const s = sentence.length > MAX_SCAN ? sentence.slice(0, MAX_SCAN) : sentence
  const m = masked.length > MAX_SCAN ? masked.slice(0, MAX_SCAN) : masked
  const pack = packFor(ctx.language)
  ctx.sentence = s
  if (pack.code === 'ko') return findKorean(s, m, ctx, pack)
  if (pack.code !== 'en') return findByPack(s, m, ctx, pack) ?? findMedia(s, m, ctx)
  return findAccording(s, m, ctx) ?? findMedia(s, m, ctx) ?? findReportingVerb(s, m, ctx) ?? findRelayedCalls(s, m, ctx)
}
