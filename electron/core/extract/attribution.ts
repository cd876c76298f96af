// Who says so: finds the attribution cue of one sentence and the speaker span it introduces.
// English rules are the main ones; Korean, German and French get their most common frames.
// All patterns are linear (no nested quantifiers) and scan only the head of huge sentences.
// The work is split by job: attribution-span.ts (speaker spans), attribution-en.ts, attribution-ko.ts and
// attribution-pack.ts (each language's cues), attribution-frames.ts (frames with no verb); sourcing.ts decides the type.
import { packFor, wordBounded, type LanguagePack } from '../lang'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { findAccording, findMedia, findRelayedCalls, findReportingVerb } from './attribution-en'
import { findKorean } from './attribution-ko'
import { make, packAlternatives, wordCount } from './attribution-span'
import { findByPack, officeAtWork } from './attribution-pack'
import { speakerLabel } from './attribution-frames'
import { gatedExec } from './required-literals'

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
 * Lead decision (session 29): a question never yields a speaker, in any language. A sentence whose own words (its quoted speech
 * blanked) end in a question mark asks and reports nothing ("Did a neighbor say the bridge was unsafe?", "¿Dijo un vecino que
 * …?", "Sagte ein Anwohner, …?", "Le stationnement va-t-il redevenir payant ?"): its sourcing comes from a quote or from carry,
 * never from a cue inside it, and it leaves no speaker for the next sentence's pronoun. A quoted question with its frame
 * ("« Pourquoi ? », s'interroge-t-il.", 'Mark Olsen asked "why?" and said …') ends outside the question and is read as before.
 */
const ASKS = /[?？][\s)\]]*$/u

/**
 * The sentence's own attribution, or null. `masked` is the sentence with quoted speech
 * blanked out (same length), so a verb inside a quote is not taken for the frame.
 */
export function findAttribution(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  // a question names no speaker (lead decision, session 29), in every language
  if (ASKS.test(masked)) return null
  const s = sentence.length > MAX_SCAN ? sentence.slice(0, MAX_SCAN) : sentence
  let m = masked.length > MAX_SCAN ? masked.slice(0, MAX_SCAN) : masked
  const pack = packFor(ctx.language)
  ctx.sentence = s
  // a party's own speech act ("Der 22-Jährige gestand den Einbruch", "le suspect a reconnu avoir tué …, a déclaré le
  // procureur") is the event, not its source: the verb is blanked and the sentence read again for another cue
  for (let round = 0; ; round++) {
    const found = findOnce(s, m, ctx, pack)
    // the party's quoted words, once its verb is blanked, are no speaker frame either ("A씨는 … “…”고 요구했다")
    if (round > 0 && found && (found.cue === '“' || found.cue === ':')) return null
    const party = round < 3 ? partyAct(found, m, pack) : -1
    const at = party >= 0 ? party : round < 3 ? inRelative(found, m, pack) : -1
    if (at < 0) return found
    m = m.slice(0, at) + ' '.repeat(found!.cue!.length) + m.slice(at + found!.cue!.length)
  }
}

function findOnce(s: string, m: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  if (pack.code === 'ko') return findKorean(s, m, ctx, pack)
  // "В нем добавляется, что задержанный … рассказал …": the pointer outranks a verb inside its clause
  const back = sameSourceCue(m, ctx, pack)
  // ("according to the same source" would otherwise be read as an unnamed source of its own)
  if (back) return back
  // "Comme SRO vous le révélait, …", "as we reported", "wie wir berichteten": the outlet speaking of its own earlier reporting
  const self = OUTLET_SELF.exec(m)
  if (self) return make(s.slice(self.index, self.index + self[0].length).trim(), 'self', ctx, null, 'outlet')
  if (pack.code !== 'en') return findByPack(s, m, ctx, pack) ?? packPointsBack(m, pack) ?? findMedia(s, m, ctx)
  return outletBackward(s, m, ctx) ?? findAccording(s, m, ctx) ?? findMedia(s, m, ctx) ?? findReportingVerb(s, m, ctx) ?? findRelayedCalls(s, m, ctx) ?? officeAtWork(s, m, ctx, pack) ?? speakerLabel(s, ctx)
}

/**
 * The source named just before, pointed at by the cue itself: "de même source", "according to the same source", "según la
 * misma fuente", "aus derselben Quelle", "по данным того же источника", and the message just cited ("В нем добавляется, что …",
 * "Darin heißt es"). Read as a pronoun, so the last speaker goes on (README: "selon la même source" carries).
 */
// (session 32: the packs' `attribution.sameSource`, each pack's alternatives on every sentence as before; output-identical)
const SAME_SOURCE = new RegExp(`(?<![\\p{L}])(?:${packAlternatives((a) => a.sameSource)})(?![\\p{L}])`, 'u')

function sameSourceCue(masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const m = gatedExec(SAME_SOURCE, masked)
  return m ? { ...make(pack.attribution.pronouns.singular[0], m[0].toLowerCase(), ctx), pronoun: 'singular' } : null
}

/**
 * (session 31) The pack's own pointer adverbs ("demnach"), tested only on that language's sentences and only when the sentence has
 * no cue of its own ("Von einem Unfall berichtete die Polizei: Demnach war …" is the police's by its verb). The pointer names nobody,
 * so it is read as the speakerless frames are: the paragraph's own source, or an office in play in the two paragraphs before; with
 * none, nobody (not a noun phrase taken for an antecedent).
 */
function packPointsBack(masked: string, pack: LanguagePack): FoundAttribution | null {
  const own = pack.attribution.pointsBack
  const m = own ? gatedExec(own, masked) : null
  return m ? { type: 'unattributed', attribution: null, cue: m[0].toLowerCase(), pronoun: null, outletMention: null, trailing: false, speakerless: true } : null
}

/** The outlet citing its own earlier reporting, addressing the reader or in the first person plural. */
const OUTLET_SELF = /(?:^|[\s,(])(?:as we (?:reported|revealed|wrote|first reported)(?: earlier| on \p{L}+)?|comme (?:nous (?:vous )?l['’]\p{L}+|\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)? vous l(?:['’]|e |a )\p{L}*)|wie wir (?:berichteten|berichtet haben|gemeldet haben|schrieben)|como (?:informamos|publicamos|adelantamos|avanzamos|os contamos|les contamos)|как мы (?:писали|сообщали|рассказывали)(?: ранее)?)(?![\p{L}])/iu

/** "KTLA reported.", "Police said.": a sentence that only names who said the one before (README: like "Об этом сообщил X."). */
const BARE_REPORT = /^\s*((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})\s+(reported|reports|said|says|wrote|writes|confirmed)\s*[.!]?\s*$/u

function outletBackward(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  const m = BARE_REPORT.exec(masked)
  if (!m) return null
  const found = make(sentence.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length), m[2].toLowerCase(), ctx)
  return { ...found, trailing: true, backward: true }
}

/** What follows a speech-act verb when it takes a clause ("admitted that …", "räumte ein, dass …", "admitió que …"), or nothing
 * (a closing "…, Mark Olsen admitted."): the words are an account of a fact, not the act itself. */
const CLAUSE_AFTER = /^\s*(?:,\s*)?(?:that|dass|daß|que|qu['’]|что|,|[.!?…"”»’]*\s*$)/iu

/**
 * Where the cue of `found` stands when it is a party's speech act said by no office (README: "Words that are the event"), else -1.
 * Someone who is no party to the event and admits a fact in a clause ("Mark Olsen admitted that the bridge was closed", "…다고
 * 인정했다") gives an account: that stays theirs. A party ("the suspect", "der 22-Jährige"), a pronoun, or a noun object
 * ("admitted the theft", "혐의를 인정했다") keeps the act the event.
 */
function partyAct(found: FoundAttribution | null, masked: string, pack: LanguagePack): number {
  const party = pack.attribution.partyVerbs
  if (!found?.cue || !party || found.type === 'official' || found.type === 'document' || found.type === 'media') return -1
  const at = masked.toLowerCase().indexOf(found.cue)
  const act = at >= 0 ? party.exec(masked.slice(at, at + 80)) : null
  if (!act) return -1
  const speaker = found.attribution ?? ''
  const aParty = found.pronoun !== null || pack.attribution.partyNouns?.test(speaker) === true || /\d/.test(speaker)
  // ("Die Brücke sei … gesperrt gewesen, räumte ein Anwohner ein.": the clause before a closing verb is what is admitted)
  const closing = /,\s*$/u.test(masked.slice(0, at)) && wordCount(masked.slice(0, at)) >= 4
  const clause = pack.code === 'ko' ? /(?:고|며)\s*$/u.test(masked.slice(0, at)) : closing || CLAUSE_AFTER.test(masked.slice(at + act[0].length))
  return clause && !aParty ? -1 : at
}

/** A relative pronoun opening the speaker span ("a step which Mayor Tom Hale said", "lo que el alcalde dijo", "ce que le maire a dit"). */
const RELATIVE_IN_SPAN = /(?:^|\s)(?:which|lo que|lo cual|ce que|ce qu['’]|что)\s+\S/iu
/** A relative pronoun right before a cue that opens the speaker's phrase ("un local que, según vecinos,", ", was nach Angaben der Polizei"). */
const RELATIVE_BEFORE_CUE = /(\p{L}{3,})[\s,]+(?:which|que|was|что|qui),?\s*$/iu

/**
 * "…, a step which Mayor Tom Hale said was wise", "La policía cerró un local que, según vecinos, funciona como bar": a cue inside a
 * relative clause on the main clause reports that clause only, and the main clause is the writer's. Where the cue stands, else -1.
 */
function inRelative(found: FoundAttribution | null, masked: string, pack: LanguagePack): number {
  if (!found?.cue || pack.code === 'ko') return -1
  const at = masked.toLowerCase().indexOf(found.cue)
  if (at <= 0) return -1
  if (found.attribution && RELATIVE_IN_SPAN.test(found.attribution) && masked.indexOf(found.attribution.split(/\s+/)[0]) < at) return at
  const before = RELATIVE_BEFORE_CUE.exec(masked.slice(Math.max(0, at - 60), at))
  if (!before || wordCount(masked.slice(0, at)) < 4) return -1
  // (a verb right after the pronoun, "Jean Dupont, qui a précisé que …", "en las que estipuló", has the antecedent for its
  // subject or frame: only a cue that opens a phrase, "según vecinos", "nach Angaben der Polizei", is read here)
  // "dijo que, según …", "сообщил, что, по словам …": after a verb of saying "que"/"что" opens its clause, not a relative one
  const verbs = wordBounded(pack.attribution.verbs)
  verbs.lastIndex = 0
  const opener = wordBounded(pack.attribution.before)
  opener.lastIndex = 0
  const opensPhrase = opener.test(masked.slice(at, at + found.cue.length + 2))
  opener.lastIndex = 0
  const saysBefore = verbs.test(before[1])
  verbs.lastIndex = 0
  if (!opensPhrase) return -1
  return saysBefore || /^(?:es|está|son|fue|était|est|ist|war|it|is|was)$/iu.test(before[1]) ? -1 : at
}
