// Who says so: finds the attribution cue of one sentence and the speaker span it introduces.
// English rules are the main ones; Korean, German and French get their most common frames.
// All patterns are linear (no nested quantifiers) and scan only the head of huge sentences.
import type { SourcingType } from '../vocabulary'
import { classifySpeaker, looksLikeOutlet, pronounKind, type PronounKind } from './sourcing'

export interface FoundAttribution {
  type: SourcingType
  attribution: string | null
  cue: string | null
  /** Set when the speaker is a bare pronoun ("he added"): the caller resolves it to an earlier speaker. */
  pronoun: PronounKind | null
  /** An outlet named as the recipient: "told Daily NK" → "Daily NK". */
  outletMention: string | null
  /** A trailing clause (", said the source.") often covers the paragraph's earlier sentences too. */
  trailing: boolean
}

export interface AttributionContext {
  language: string
  outlet: string | null
  /** Words of names already introduced, with the sourcing type they got. */
  names: Map<string, SourcingType>
}

const MAX_SCAN = 3000
const MAX_SPEAKER = 160

const ACCORDING = /\b(?:according to|citing|as reported by|quoted by|cited by)\s+/i
const MEDIA_SENT = /\b(sent over|sent|shared|provided|supplied|obtained|released|posted)\s+(?:(?:a|an|the|some|several|two|three)\s+)?(?:\p{L}+\s+){0,2}?(photos?|photographs?|videos?|footage|images?|pictures?|recordings?)\b/iu
const MEDIA_SHOWS =
  /\b((?:satellite\s+)?(?:imagery|images?|photos?|photographs?|videos?|footage|pictures?))\s+(?:\S+\s+){0,6}?(shows?|showed|showing|reveals?|revealed|taken|captured|indicates?|indicated)\b/iu
const SAY =
  /\b(?:said|says|say|told|tells|noted|notes|added|adds|explained|explains|stated|claimed|reported|confirmed|confirms|announced|announces|warned|warns|insisted|insists|argued|argues|revealed|reveals|wrote|writes|disclosed|alleged|alleges|asserted|stressed|emphasi[sz]ed|lamented|laments|lament|complained|complain|complains|acknowledged|admitted|admits|denied|denies|recalled|recalls|observed|estimated|estimates|predicted|testified|remarked|commented|cautioned|conceded|contended|maintained|learned|learnt|found|finds|shows|showed|show|concluded|concludes|documented|suggested|suggests|asked|attributed|blamed)\b/gi
/** Verbs that only attribute when the subject is a document, an image or the outlet. */
const EVIDENCE_VERB = /^(?:found|finds|shows|showed|show|concluded|concludes|documented|suggested|suggests|estimated|estimates)$/i
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are)\s+(?:\p{L}+ly\s+)?$/iu
const TRAILING_AUX =
  /\s+(?:has|have|had|also|further|previously|recently|later|earlier|repeatedly|reportedly|allegedly|was|were|is|are|will|would|had been|once|then|again|already|even)$/i
const NP_AFTER = /^\s+((?:the|a|an|one|another)\s+[^,.;:!?“”"]{1,120}|\p{Lu}[^,.;:!?“”"]{0,120})/u
const CLAUSE_DELIMITER = /[,”"’—–:(]/
const OUTLET_AFTER_TOLD = /^\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})/u

function clip(s: string): string {
  return s.length > MAX_SPEAKER ? s.slice(s.length - MAX_SPEAKER) : s
}

function cleanSpeaker(raw: string): string {
  let s = raw.trim()
  for (let i = 0; i < 4 && TRAILING_AUX.test(s); i++) s = s.replace(TRAILING_AUX, '').trim()
  return s.replace(/^[,“”"’(—–\s]+|[,“”"’)—–\s]+$/g, '')
}

function wordCount(s: string): number {
  let n = s.length > 0 ? 1 : 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++
  return n
}

function make(speaker: string, cue: string, ctx: AttributionContext, outletMention: string | null = null, type?: SourcingType): FoundAttribution {
  const pronoun = pronounKind(speaker)
  return {
    type: type ?? (pronoun ? 'anonymous-source' : classifySpeaker(speaker, cue, ctx.outlet ?? outletMention, ctx.names)),
    attribution: speaker,
    cue,
    pronoun,
    outletMention,
    trailing: false,
  }
}

/** "according to X", "citing X": X runs to the next clause boundary. */
function findAccording(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  const m = ACCORDING.exec(masked)
  if (!m) return null
  const from = m.index + m[0].length
  const tail = sentence.slice(from, from + MAX_SPEAKER)
  const stop = /[,;:.!?“”"]|\s(?:that|who|which|as)\s/.exec(tail)
  const speaker = cleanSpeaker(stop ? tail.slice(0, stop.index) : tail)
  if (!speaker) return null
  return make(speaker, m[0].trim().toLowerCase(), ctx)
}

const MEDIA_WORD = /photo|video|footage|imag|pictur|recording/i

function findMedia(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  if (!MEDIA_WORD.test(masked)) return null
  const sent = MEDIA_SENT.exec(masked)
  if (sent) {
    const before = cleanSpeaker(clip(sentence.slice(0, sent.index)))
    const speaker = before && wordCount(before) <= 12 ? before : sent[2]
    return make(speaker, `${sent[1]} ${sent[2]}`.toLowerCase(), ctx, null, 'media')
  }
  const shows = MEDIA_SHOWS.exec(masked)
  if (shows) {
    const start = shows.index
    const speaker = sentence.slice(start, start + shows[1].length)
    return make(speaker, shows[2].toLowerCase(), ctx, null, 'media')
  }
  return null
}

/** The speaker of one reporting verb at `index`, or null when the verb is not a reporting frame here. */
function speakerAt(sentence: string, masked: string, index: number, verb: string, ctx: AttributionContext): FoundAttribution | null {
  const beforeStart = Math.max(0, index - MAX_SPEAKER)
  const before = masked.slice(beforeStart, index)
  const after = sentence.slice(index + verb.length, index + verb.length + MAX_SPEAKER)
  const lowerVerb = verb.toLowerCase()
  if (/^\s+to\b/i.test(after)) return null // "is said to", "was told to"
  if (lowerVerb === 'told' && /^\s+(?:\S+\s+){0,3}?to\s+\p{Ll}/u.test(after) && !/^\s+(?:\S+\s+){0,3}?that\b/.test(after)) return null
  if (PASSIVE_BEFORE.test(before)) {
    // "was confirmed by the ministry"
    const by = /^\s+by\s+([^,.;:!?“”"]{1,120})/.exec(after)
    return by ? make(cleanSpeaker(by[1]), `${verb.toLowerCase()} by`, ctx) : null
  }
  let outletMention: string | null = null
  if (lowerVerb === 'told') {
    const o = OUTLET_AFTER_TOLD.exec(after)
    if (o && looksLikeOutlet(o[1])) outletMention = o[1].replace(/^the\s+/, '')
  }
  const beforeTrim = before.trimEnd()
  // the clause runs to the end of the sentence: "..., the source said." / "...,” he added."
  const endsSentence = /^\s*[^,.;:!?“”"]{0,80}[.!]?["”’)]*$/.test(after)
  const last = beforeTrim.charAt(beforeTrim.length - 1)
  if (beforeTrim.length === 0) {
    // inverted at the start: "Said the source: ..." is rare; skip
    return null
  }
  if (CLAUSE_DELIMITER.test(last)) {
    // trailing reporting clause: "..., said the source." / "...,” he added."
    const np = NP_AFTER.exec(after)
    if (np && !/^\s+(?:that|it|this|he|she|they)\b/i.test(after)) {
      const speaker = cleanSpeaker(np[1].replace(/\s+(?:on|in|at|last|this|earlier|during)\s.*$/i, ''))
      if (speaker) return { ...make(speaker, lowerVerb, ctx, outletMention), trailing: endsSentence }
    }
    // subject with an appositive: "Kim Yo Jong, the sister of the leader, said" / "The study, based on ..., found"
    const head = masked.slice(0, Math.min(index, 400))
    const appositive = /^([^,“”"]{1,80}),\s[^“”"]{1,200},\s*$/u.exec(head)
    if (appositive && wordCount(appositive[1]) <= 8) return make(cleanSpeaker(sentence.slice(0, appositive[1].length)), lowerVerb, ctx, outletMention)
    return null
  }
  // a speaker that ends at a delimiter inside the sentence: "The plan, the source said, was ..."
  let from = 0
  for (let i = beforeTrim.length - 1; i >= 0; i--) {
    if (CLAUSE_DELIMITER.test(beforeTrim.charAt(i))) {
      from = i + 1
      break
    }
  }
  // text after the last delimiter: "On Friday, the source said" → "the source"
  let speaker = sentence.slice(beforeStart + from, beforeStart + beforeTrim.length)
  if (from === 0 && index > MAX_SPEAKER) return null
  speaker = cleanSpeaker(speaker)
  if (!speaker || wordCount(speaker) > 14 || /\b(?:that|because|when|while|if)\b/i.test(speaker)) return null
  if (/[.!?;]/.test(speaker)) return null
  return { ...make(speaker, lowerVerb, ctx, outletMention), trailing: from > 0 && endsSentence }
}

function findReportingVerb(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  SAY.lastIndex = 0
  let m: RegExpExecArray | null
  let tries = 0
  while ((m = SAY.exec(masked)) && tries++ < 8) {
    const found = speakerAt(sentence, masked, m.index, m[0], ctx)
    if (!found) continue
    if (EVIDENCE_VERB.test(m[0]) && found.type !== 'document' && found.type !== 'media' && found.type !== 'outlet') continue
    return found
  }
  return null
}

const KO_VERB = /(전했다|밝혔다|말했다|설명했다|덧붙였다|주장했다|보도했다|강조했다|지적했다|알렸다|전해왔다|언급했다|발표했다|증언했다)/
const KO_ACCORDING = /((?:\S+\s){0,3}\S+?)(?:에|의) 따르면/
const KO_TOPIC = /^((?:\S+\s){0,4}?\S+?)(?:은|는|이|가)\s/

function findKorean(sentence: string, ctx: AttributionContext): FoundAttribution | null {
  const according = KO_ACCORDING.exec(sentence)
  if (according) return make(according[1], '따르면', ctx)
  const verb = KO_VERB.exec(sentence)
  if (!verb) return null
  const outlet = /(\S+)에 전했다/.exec(sentence)
  const topic = KO_TOPIC.exec(sentence)
  const speaker = topic ? topic[1] : null
  if (!speaker) return null
  const outletMention = outlet && looksLikeOutlet(outlet[1]) ? outlet[1] : null
  return make(speaker, verb[1], ctx, outletMention)
}

const DE_ACCORDING = /\b(?:laut|nach Angaben (?:des|der|von))\s+([^,.;:!?„“”"]{1,100})|([^,.;:!?„“”"]{1,100})\s+zufolge\b/iu
const DE_VERB = /\b(?:sagte|sagten|sagt|erklärte|erklärten|berichtete|berichteten|teilte|teilten|betonte|bestätigte|warnte)\b/i
const FR_ACCORDING = /\b(?:selon|d['’]après)\s+([^,.;:!?«»“”"]{1,100})/iu
const FR_VERB = /\b(?:a|ont) (?:déclaré|indiqué|affirmé|dit|expliqué|précisé|ajouté|confirmé|annoncé)\b/i

function findGermanFrench(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  const according = (ctx.language === 'de' ? DE_ACCORDING : FR_ACCORDING).exec(masked)
  if (according) {
    const start = according.index
    const whole = sentence.slice(start, start + according[0].length)
    const speaker = cleanSpeaker(according[1] ?? according[2] ?? whole)
    const cue = ctx.language === 'de' ? (according[1] ? whole.split(/\s/)[0].toLowerCase() : 'zufolge') : whole.split(/\s/)[0].toLowerCase()
    if (speaker) return make(speaker.replace(/^(?:des|der|von|dem|den)\s+/i, ''), cue, ctx)
  }
  const verb = (ctx.language === 'de' ? DE_VERB : FR_VERB).exec(masked)
  if (!verb) return null
  const before = cleanSpeaker(clip(sentence.slice(0, verb.index)))
  const afterDelimiter = before.split(/[,:“”„"«»]/).pop()?.trim() ?? ''
  if (ctx.language === 'de' && CLAUSE_DELIMITER.test(sentence.slice(0, verb.index).trimEnd().slice(-1))) {
    // "..., sagte der Sprecher."
    const np = /^\s+([^,.;:!?„“”"]{1,100})/.exec(sentence.slice(verb.index + verb[0].length))
    if (np) return make(cleanSpeaker(np[1]), verb[0].toLowerCase(), ctx)
  }
  if (afterDelimiter && wordCount(afterDelimiter) <= 10) return make(afterDelimiter, verb[0].toLowerCase(), ctx)
  return null
}

/**
 * The sentence's own attribution, or null. `masked` is the sentence with quoted speech
 * blanked out (same length), so a verb inside a quote is not taken for the frame.
 */
export function findAttribution(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  const s = sentence.length > MAX_SCAN ? sentence.slice(0, MAX_SCAN) : sentence
  const m = masked.length > MAX_SCAN ? masked.slice(0, MAX_SCAN) : masked
  if (ctx.language === 'ko') return findKorean(s, ctx)
  if (ctx.language === 'de' || ctx.language === 'fr') {
    const found = findGermanFrench(s, m, ctx)
    if (found) return found
  }
  return findAccording(s, m, ctx) ?? findMedia(s, m, ctx) ?? findReportingVerb(s, m, ctx)
}
