// English cues: "according to X", "As X reports", photos and footage, a reporting verb with its speaker before or
// after it ("the source said", "said the source"), passives ("was confirmed by"), and relayed calls.
import { packFor } from '../lang'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { CLAUSE_DELIMITER, MAX_SPEAKER, clip, cleanSpeaker, delimiterAt, make, withApposition, wordCount } from './attribution-span'
import { looksLikeOutlet } from './sourcing'

const ACCORDING = /\b(?:according to|citing|as reported by|quoted by|cited by)\s+/i
/** "Per the outlet, …", "…, per police.": "per" as "according to" opens the sentence or follows a comma ("$10 per person" does not). */
const PER = /(?:^|,\s+)[Pp]er\s+(?=(?:the\s+)?(?:police|officials|authorities|investigators|prosecutors|court records|outlet|report|station|network|newspaper|paper|source|[A-Z]))/u
const AS_REPORTS = /^As\s+([^,;:]{2,60}?)\s+(reports?|reported|notes?|noted|writes|wrote|said|says|explained|first reported|told [^,]{2,30}),/u
const MEDIA_SENT = /\b(sent over|sent|shared|provided|supplied|obtained|released|posted)\s+(?:(?:a|an|the|some|several|two|three)\s+)?(?:\p{L}+\s+){0,2}?(photos?|photographs?|videos?|footage|images?|pictures?|recordings?)\b/iu
const MEDIA_SHOWS =
  /\b((?:satellite\s+)?(?:imagery|images?|photos?|photographs?|videos?|footage|pictures?))\s+(?:\S+\s+){0,6}?(shows?|showed|showing|reveals?|revealed|taken|captured|indicates?|indicated)\b/iu
const SAY = packFor('en').attribution.verbs
/** Verbs that only attribute when the subject is a document, an image or the outlet. */
const EVIDENCE_VERB = /^(?:found|finds|shows|showed|show|documented|suggested|suggests|estimated|estimates|learned|learnt|obtained|reviewed|verified)$/i
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are)\s+(?:\p{L}+ly\s+)?$/iu
// (also a possessive or quantifier, "said our correspondent", "said several residents", and a bare plural closing the clause, "said neighbours.")
const NP_AFTER = /^\s+((?:the|a|an|one|another|our|their|several|some|many|local|two|three|four|five)\s+[^,.;:!?“”"]{1,120}|\p{Lu}[^,.;:!?“”"]{0,120}|\p{Ll}{3,}(?:\s\p{Ll}{3,})?\s\p{Lu}\p{Ll}+\s\p{Lu}[^,.;:!?“”"]{0,80}|\p{Ll}{3,}s(?=\s*[.;!?]|\s*$))/u
/** Abbreviated ranks, titles and initials, whose dot is no sentence end. */
const TITLE_DOT = /(?<![\p{L}])(?:Sgt|Lt|Capt|Col|Gen|Gov|Sen|Rep|Supt|Det|Cpl|Ofc|Insp|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|\p{Lu})\./gu
const REDUCED_RELATIVE = /^(?:an?|the|one|two|three|several|some)\s+(?:(?!(?:in|of|at|from|with|for|near|on|to|by|who|that)\s)\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:police|authorities|officials|investigators|prosecutors|deputies|detectives|officers|witnesses|neighbou?rs|residents|he|she|they)$/iu
/** ", Mark Francis, a patrol spokesman," at the end of the text before a verb: a capitalised name, then its apposition. */
const TRAILING_APPOSED = /(?:^|[,”"’]\s*)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+),\s+((?:a|an|the)\s[^,“”"]{2,100}),\s*$/u
/** A hearer after a verb of saying and "to": a capitalised name or outlet, or a noun for the press ("to KTLA", "to The Associated Press", "to reporters"). */
const TO_HEARER = /^\s+to\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}|(?:the\s+)?(?:reporters|journalists|media|press|newspaper|paper|station|network)\b)/u
const OUTLET_AFTER_TOLD = /^\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})/u

/** "according to X", "citing X": X runs to the next clause boundary. */
/** A reporting verb later in the clause: the Seattle Times said. */
const SAY_AFTER = /^[^,;:]{1,80}?\s(?:said|says|told|reported|confirmed|stated)\b/u

export function findAccording(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  // "As WTVD reports, …", "As police noted, …": the speaker between "As" and the verb
  const as = AS_REPORTS.exec(masked)
  if (as) return make(cleanSpeaker(sentence.slice(3, 3 + as[1].length)), as[2].toLowerCase(), ctx)
  const m = ACCORDING.exec(masked) ?? PER.exec(masked)
  if (!m) return null
  // "A law enforcement source cited by the Seattle Times said ...": a reduced relative inside the subject, whose verb follows
  if (/^(?:cited|quoted) by/i.test(m[0]) && m.index > 0 && /^[^,;:]{2,80}$/u.test(masked.slice(0, m.index)) && SAY_AFTER.test(masked.slice(m.index + m[0].length, m.index + 200))) return null
  const from = m.index + m[0].length
  const tail = sentence.slice(from, from + MAX_SPEAKER)
  const stop = /[,;:.!?“”"]|\s(?:that|who|which|as)\s/.exec(tail)
  const speaker = cleanSpeaker(stop ? tail.slice(0, stop.index) : tail)
  if (!speaker) return null
  // "..., according to McConnell." closes its sentence
  const rest = sentence.slice(from + tail.indexOf(speaker) + speaker.length)
  return { ...make(speaker, m[0].trim().toLowerCase(), ctx), trailing: /^[.!?"”’)\s]*$/u.test(rest) }
}

const MEDIA_WORD = /photo|video|footage|imag|pictur|recording/i

export function findMedia(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  if (!MEDIA_WORD.test(masked)) return null
  const sent = MEDIA_SENT.exec(masked)
  // "police released photos of the suspect" is an act; "a source sent photos showing …" rests on them
  if (sent && (!/^(?:released|posted)$/i.test(sent[1]) || /\bshow(?:s|ed|ing)?\b/i.test(masked.slice(sent.index)))) {
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
/** A sentence-opening subject, then a paired dash or bracket aside that runs up to the verb. */
const SUBJECT_ASIDE = /^([^,“”"—–()]{1,80}?)\s*(?:[—–][^—–“”"]{1,200}?[—–]|\s-\s[^“”"]{1,200}?\s-|\([^()“”"]{1,200}\))\s*$/u

function speakerAt(sentence: string, masked: string, index: number, verb: string, ctx: AttributionContext): FoundAttribution | null {
  const beforeStart = Math.max(0, index - MAX_SPEAKER)
  const before = masked.slice(beforeStart, index)
  const after = sentence.slice(index + verb.length, index + verb.length + MAX_SPEAKER)
  const lowerVerb = verb.toLowerCase()
  // "is said to", "was told to"; (session 33, closings1) a hearer after "to" is no infinitive: "…, the sheriff's office confirmed to
  // KTLA.", "explained to reporters" (a name or a hearer noun, not a verb; not "reported to", which also means reporting for duty)
  const toHearer = lowerVerb !== 'reported' && lowerVerb !== 'reports' ? TO_HEARER.exec(after) : null
  if (/^\s+to\b/i.test(after) && !toHearer) return null
  // "reported him to the police", but "says it is investigating" opens a clause
  if (/^\s+(?:him|her|them|it|us|me)\b/i.test(after) && lowerVerb !== 'told' && !/^\s+it\s+(?:is|was|has|had|will|would|could|can|may|might|does|did|expects|plans|believes)\b/i.test(after)) return null
  // "there were 115 people confirmed killed": an existential clause names no one, and a verb
  // before a casualty word is a participle ("confirmed dead"), not a report
  if (/^\s+(?:dead|killed|injured|wounded|missing|infected|cases?|deaths?)\b/i.test(after)) return null
  if (lowerVerb === 'told' && /^\s+(?:\S+\s+){0,3}?to\s+\p{Ll}/u.test(after) && !/^\s+(?:\S+\s+){0,3}?that\b/.test(after)) return null
  if (PASSIVE_BEFORE.test(before)) {
    // "was confirmed by the ministry"
    const by = /^\s+by\s+([^,.;:!?“”"]{1,120})/.exec(after)
    return by ? make(cleanSpeaker(by[1]), `${verb.toLowerCase()} by`, ctx) : null
  }
  let outletMention: string | null = null
  if (toHearer && looksLikeOutlet(toHearer[1])) outletMention = toHearer[1].replace(/^the\s+/, '')
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
  // a subject with a dash or bracket aside before its verb: "The mayor — who took office in May — said …", "Tom Hale (a
  // fisherman) said …": the aside is no part of the speaker
  const head = masked.slice(0, Math.min(index, 400))
  const aside = /(?:[—–)]|\s-)\s*$/.test(head) ? SUBJECT_ASIDE.exec(head) : null
  if (aside && wordCount(aside[1]) <= 8) {
    const speaker = cleanSpeaker(sentence.slice(0, aside[1].length))
    if (speaker) return make(speaker, lowerVerb, ctx, outletMention)
  }
  if (CLAUSE_DELIMITER.test(last)) {
    // a name and its apposition closing the sentence before the verb: "…, Mark Francis, a patrol spokesman, said." /
    // "“…,” Travis Phelps, a spokesman for the department, told Kiro 7 television."
    const apposed = TRAILING_APPOSED.exec(before)
    if (apposed && (endsSentence || lowerVerb === 'told')) {
      const at = beforeStart + apposed.index + apposed[0].indexOf(apposed[1])
      const speaker = withApposition(sentence.slice(at, at + apposed[1].length), `, ${apposed[2]}`)
      return { ...make(speaker, lowerVerb, ctx, outletMention), trailing: endsSentence }
    }
    // subject with an appositive: "The source, who is based in X, told Daily NK that ..."
    const subject = /^([^,“”"]{1,80}),\s[^“”"]{1,200},\s*$/u.exec(masked.slice(0, Math.min(index, 400)))
    if (subject && wordCount(subject[1]) <= 8) {
      // "Tom Smith, the county fire chief, said": an office in the apposition stays with the name
      return make(withApposition(cleanSpeaker(sentence.slice(0, subject[1].length)), sentence.slice(subject[1].length)), lowerVerb, ctx, outletMention)
    }
    // trailing reporting clause: "..., said the source." / "...,” he added."
    // "said Capt. Mary Jones of …": a rank's dot does not end the speaker (same length, so the span maps back)
    const np = NP_AFTER.exec(after.replace(TITLE_DOT, (t) => `${t.slice(0, -1)}\u2024`))
    if (np && !/^\s+(?:that|it|this|he|she|they)\b/i.test(after)) {
      let speaker = cleanSpeaker(after.slice(np.index + np[0].length - np[1].length, np.index + np[0].length).replace(/\s+(?:on|in|at|last|this|earlier|during)\s.*$/i, ''))
      // "…, said Lena Hart, a meteorologist at the weather service office.": an office in the closing apposition stays with the name
      if (speaker && np[1].trim() === speaker) speaker = withApposition(speaker, after.slice(np.index + np[0].length))
      if (speaker) return { ...make(speaker, lowerVerb, ctx, outletMention), trailing: endsSentence }
    }
    // subject with an appositive: "Kim Yo Jong, the sister of the leader, said" / "The study, based on ..., found"
    const head = masked.slice(0, Math.min(index, 400))
    const appositive = /^([^,“”"]{1,80}),\s[^“”"]{1,200},\s*$/u.exec(head)
    if (appositive && wordCount(appositive[1]) <= 8) return make(withApposition(cleanSpeaker(sentence.slice(0, appositive[1].length)), sentence.slice(appositive[1].length)), lowerVerb, ctx, outletMention)
    return null
  }
  // a speaker that ends at a delimiter inside the sentence: "The plan, the source said, was ..."
  let from = 0
  for (let i = beforeTrim.length - 1; i >= 0; i--) {
    if (delimiterAt(beforeTrim, i)) {
      from = i + 1
      break
    }
  }
  // text after the last delimiter: "On Friday, the source said" → "the source"
  let speaker = sentence.slice(beforeStart + from, beforeStart + beforeTrim.length)
  if (from === 0 && index > MAX_SPEAKER) return null
  speaker = cleanSpeaker(speaker)
  if (!speaker || wordCount(speaker) > 14 || /\b(?:that|because|when|while|if)\b/i.test(speaker) || /^there\s+(?:is|are|was|were|have|has|had)\b/i.test(speaker)) return null
  // "police spokeswoman Sgt. Jane Doe": the dot of a rank or an initial does not end a sentence
  if (/[.!?;]/.test(speaker.replace(TITLE_DOT, ''))) return null
  // "A man police say broke into homes was arrested": the report covers the relative clause, not the sentence
  if (REDUCED_RELATIVE.test(speaker)) return null
  return { ...make(speaker, lowerVerb, ctx, outletMention), trailing: from > 0 && endsSentence }
}

export function findReportingVerb(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  SAY.lastIndex = 0
  let m: RegExpExecArray | null
  let tries = 0
  const action = packFor('en').attribution.actionFrames
  while ((m = SAY.exec(masked)) && tries++ < 8) {
    if (action?.test(masked.slice(m.index, m.index + 120))) continue
    // "the alleged burglary", "a reported fire": an adjective, not a report
    if (/(?:^|\s)(?:the|a|an|this|that|its|his|her|their)\s+$/i.test(masked.slice(Math.max(0, m.index - 8), m.index))) continue
    const found = speakerAt(sentence, masked, m.index, m[0], ctx)
    if (!found) continue
    if (EVIDENCE_VERB.test(m[0]) && found.type !== 'document' && found.type !== 'media' && found.type !== 'outlet') continue
    return found
  }
  return null
}

/** "Police received reports from members of the public that …", "a call was received from a neighbour": the callers are the source. */
const RELAYED_CALLS = /\b(?:(?:received|receiving|got|had)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:reports?|calls?|tips?|complaints?|information)|(?:reports?|calls?|tips?|complaints?)\s+(?:was|were)\s+received)\s+from\s+((?:the|an?|multiple|several|many|numerous|two|three|four|five|\p{Lu})[^,.;:!?“”"]{1,80})/iu

export function findRelayedCalls(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  if (!/\bfrom\b/.test(masked)) return null
  const m = RELAYED_CALLS.exec(masked)
  if (!m) return null
  const at = m.index + m[0].length - m[1].length
  // the callers end where the report's time, place or content begins
  const speaker = cleanSpeaker(sentence.slice(at, at + m[1].length).replace(/\s+(?:in|on|at|about|yesterday|today|last|this|who|that|reporting|saying|shortly|around|after|before)\s.*$/iu, ''))
  return speaker ? make(speaker, 'received reports from', ctx) : null
}
