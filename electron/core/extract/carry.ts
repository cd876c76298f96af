// Attribution across sentences: quotes that span sentences keep their speaker, "he added"
// resolves to the last speaker, and a paragraph that rests on one source carries it.
import { findAttribution, inciseInQuote, type AttributionContext, type FoundAttribution } from './attribution'
import { scanQuotes } from './quotes'
import { antecedentBefore, classifySpeaker, hasFunctionWord, hasPersonName, introducedNames, isNameWord, personSurnames } from './sourcing'
import { packFor } from '../lang'
import type { SourcingType } from '../vocabulary'
import type { ExtractedMeta, ExtractedSourcing } from './types'

export interface SentenceWork {
  start: number
  end: number
  block: number
  text: string
  /** The paragraph's language (Daily NK pages mix Korean and English). */
  language?: string
  sourcing?: ExtractedSourcing
  quoted?: boolean
  /** The sentence only names the source of the one before ("Об этом сообщил X."): no fact of its own. */
  attributionOnly?: boolean
}

const MASK_LIMIT = 3000
/** A pronoun finds its speaker at most this many paragraphs back. */
const PRONOUN_REACH = 3
const UNATTRIBUTED: ExtractedSourcing = { type: 'unattributed', attribution: null, cue: null }

function rememberNames(attribution: string, type: SourcingType, names: Map<string, SourcingType>): void {
  for (const word of attribution.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) if (isNameWord(word) && !names.has(word)) names.set(word, type)
}

function sourcingOf(a: FoundAttribution): ExtractedSourcing {
  return { type: a.type, attribution: a.attribution, cue: a.cue }
}

/**
 * Resolves "he added", "they said" to the last explicit speaker. With none, a singular pronoun
 * stands for the person or office named just before it ("Nathalie tient un salon … elle raconte",
 * "… полковника полиции. По словам докладчика …").
 */
function resolvePronoun(
  a: FoundAttribution,
  last: { sourcing: ExtractedSourcing; block: number } | null,
  block: number,
  context: string,
  antecedent: () => SourcingType | null,
): ExtractedSourcing {
  if (last && block - last.block <= PRONOUN_REACH) {
    if (a.pronoun === 'singular') return { ...last.sourcing, cue: a.cue }
    const type = last.sourcing.type === 'named-source' ? 'anonymous-source' : last.sourcing.type
    return { type, attribution: a.attribution, cue: a.cue }
  }
  const type = a.pronoun === 'singular' ? (antecedent() ?? (hasPersonName(context) ? 'named-source' : 'anonymous-source')) : 'anonymous-source'
  return { type, attribution: a.attribution, cue: a.cue }
}

/** "докладчика", "the speaker", "l'élu": a role noun that points back like a pronoun. */
function isRoleNoun(attribution: string | null, language: string): boolean {
  const role = packFor(language).attribution.roleNouns
  return attribution !== null && role !== undefined && attribution.length <= 80 && role.test(attribution)
}

export function analyseSentences(work: SentenceWork[], ctx: { language: string; meta: ExtractedMeta; text?: string }): void {
  const n = work.length
  const names = new Map<string, SourcingType>()
  const surnames = new Set<string>()
  const actx: AttributionContext = { language: ctx.language, outlet: ctx.meta.outlet, names, surnames }
  const own: (FoundAttribution | null)[] = new Array(n)
  const openEnd: boolean[] = new Array(n)
  /** linked[i]: sentence i continues the quote of sentence i - 1. */
  const linked: boolean[] = new Array(n)
  const opener = { low: false }
  let open = false

  // pass 1: quote state and each sentence's own attribution
  for (let i = 0; i < n; i++) {
    const w = work[i]
    const newBlock = i === 0 || work[i - 1].block !== w.block
    // a quote running over paragraphs reopens each paragraph and closes only at its end
    linked[i] = i > 0 && (newBlock ? open && /^[“"„«『「]/u.test(w.text) : open)
    if (newBlock) open = false
    const scan = scanQuotes(w.text, open, MASK_LIMIT, opener)
    open = scan.openAtEnd
    openEnd[i] = scan.openAtEnd
    w.quoted = scan.quoted
    actx.outlet = ctx.meta.outlet
    actx.language = w.language ?? ctx.language
    // "el alcalde Julio Alicea Vasallo", "Police Chief Mike Arnold": a later "Santana dijo" is official
    for (const [word, type] of introducedNames(w.text)) if (!names.has(word)) names.set(word, type)
    for (const surname of personSurnames(w.text)) surnames.add(surname)
    const a = findAttribution(w.text, scan.masked, actx) ?? (scan.quoted ? inciseInQuote(w.text, actx) : null)
    own[i] = a
    if (a?.outletMention && !ctx.meta.outlet) ctx.meta.outlet = a.outletMention
    if (a && !a.pronoun && (a.type === 'named-source' || a.type === 'official') && a.attribution) rememberNames(a.attribution, a.type, names)
  }

  // pass 2: explicit attributions and pronouns
  const resolved: (ExtractedSourcing | null)[] = new Array(n).fill(null)
  let last: { sourcing: ExtractedSourcing; block: number } | null = null
  for (let i = 0; i < n; i++) {
    const a = own[i]
    if (!a) continue
    const role = !a.pronoun && isRoleNoun(a.attribution, work[i].language ?? ctx.language)
    if (a.pronoun || role) {
      const context = work
        .slice(Math.max(0, i - 3), i + 1)
        .map((w) => w.text.slice(0, 500))
        .join(' ')
      const before = ctx.text !== undefined ? ctx.text : work.slice(0, i + 1).map((w) => w.text).join(' ')
      const at = ctx.text !== undefined ? work[i].start : before.length - work[i].text.length
      resolved[i] = resolvePronoun(role ? { ...a, pronoun: 'singular' } : a, last, work[i].block, context, () => antecedentBefore(before, at, names))
    } else if (a.speakerless) {
      // "Von einem Unfall berichtete die Polizei … "…", heißt es.": the paragraph's source goes on; with none named, nobody is
      let k = i - 1
      while (k >= 0 && work[k].block === work[i].block && !(own[k] && !own[k]!.speakerless && resolved[k])) k--
      resolved[i] = k >= 0 && work[k].block === work[i].block ? { ...resolved[k]!, cue: a.cue } : sourcingOf(a)
    } else {
      resolved[i] = sourcingOf(a)
      last = { sourcing: resolved[i]!, block: work[i].block }
    }
  }

  function lastSpeakerBefore(i: number): ExtractedSourcing | null {
    for (let k = i - 1; k >= 0 && work[i].block - work[k].block <= 1; k--) if (own[k] && resolved[k]) return resolved[k]
    return null
  }

  // pass 3: every sentence of a quote shares the speaker named anywhere in it
  for (let i = 0; i < n; ) {
    let j = i
    while (j + 1 < n && linked[j + 1]) j++
    const opensWithQuote = /^[“"„«『「]/u.test(work[i].text)
    if (j > i || opensWithQuote) {
      let speaker: ExtractedSourcing | null = null
      for (let k = i; k <= j && !speaker; k++) speaker = resolved[k]
      // a quote nobody is named for continues the last speaker ("A quote's attribution carries")
      if (!speaker && opensWithQuote) speaker = lastSpeakerBefore(i)
      // "Hadrien, lui, a bien cru que … « Nous avons été réveillés … »": a first-person quote with no speaker, right after a
      // sentence of its paragraph whose subject is a person named by name, is that person's (the README's speaker's stretch)
      if (!speaker && opensWithQuote && i > 0 && work[i - 1].block === work[i].block) speaker = namedSubjectOf(work[i - 1].text, work.slice(i, j + 1), names)
      // (a sentence that opens by closing the quote, "» Ce n'est qu'une fois …", is the reporter's narration again)
      if (speaker) for (let k = i; k <= j; k++) if (!resolved[k] && !(speaker.cue === 'quote' && CLOSES_THEN_NARRATES.test(work[k].text))) resolved[k] = speaker
    }
    i = j + 1
  }

  // pass 4: a paragraph rests on its source: carry forward, or back from a closing ", said the source."
  // Where the language marks reported speech (German "sei", "habe"), a closing ", so Wild." covers
  // only the sentences in that mood; the reporter's own narration around it stays unattributed.
  const reported = (i: number): boolean | null => {
    const marker = packFor(work[i].language ?? ctx.language).attribution.reportedSpeech
    return marker ? marker.test(work[i].text) : null
  }
  // a source named midway that repeats the kind of source the paragraph opened with ("Ранее в МВД
  // представили … В министерстве заявляли …") goes on carrying, as the opener would have
  const sameAsOpener = (k: number): boolean => {
    let first = k
    while (first > 0 && work[first - 1].block === work[k].block) first--
    return first < k && own[first] !== null && own[first] !== undefined && !own[first]!.trailing && resolved[first]?.type === resolved[k]?.type
  }
  /** Sentences that took a quote's speaker by their mood alone: narration after them does not. */
  const afterQuote = new Set<number>()
  for (let i = 0; i < n; i++) {
    if (resolved[i]) continue
    const block = work[i].block
    let carried: ExtractedSourcing | null = null
    for (let k = i - 1; k >= 0 && work[k].block === block && !carried; k--) {
      // narration after a direct quote is the reporter's, unless its mood marks it as reported speech ("…“, sagte Söder. Der Freistaat werde helfen.")
      // (a sentence that opens by closing the quote, "» Ce n'est qu'une fois …", is narration after it)
      const narratesAfterQuote = !work[i].quoted || CLOSES_THEN_NARRATES.test(work[i].text)
      if (resolved[k] && ((work[k].quoted && narratesAfterQuote) || afterQuote.has(k)) && reported(i) !== true) break
      if (resolved[k] && work[k].quoted && !work[i].quoted) afterQuote.add(i)
      if (own[k]?.trailing && reported(i) === false) break
      // where the mood marks reported speech (German), indicative narration after a source is the reporter's own
      if (own[k] && reported(i) === false && !work[i].quoted) break
      // a paragraph rests on a source it opens with ("Arnold says ... . The alarm went off"), not on one named midway
      if (own[k] && k > 0 && work[k - 1].block === block && reported(i) !== true && !sameAsOpener(k)) break
      carried = resolved[k]
    }
    for (let k = i + 1; k < n && work[k].block === block && !carried; k++) {
      const pointsHere = own[k]?.backward === true && k === i + 1
      if (own[k]) carried = own[k]!.trailing && (work[k].quoted === work[i].quoted || pointsHere) && (reported(i) !== false || pointsHere) ? resolved[k] : null
      if (own[k]) break
    }
    if (carried) resolved[i] = carried
  }

  for (let i = 0; i < n; i++) {
    work[i].sourcing = resolved[i] ?? UNATTRIBUTED
    if (own[i]?.backward && i > 0 && work[i - 1].block === work[i].block && BARE_ATTRIBUTION.test(work[i].text)) work[i].attributionOnly = true
  }
}

/** A person's name opening a sentence as its subject: "Marie Durand a vu …", "Hadrien, lui, a …", "Peter Vogel, der Nachbar, …". */
const NAME_SUBJECT = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})(?=[\s,])(?!\s+\p{Lu})|^(\p{Lu}\p{Ll}{2,}),\s(?:lui|elle|er|sie|él|ella|he|she)\s?,/u
const CLOSES_THEN_NARRATES = /^[»”“"]\s*\p{Lu}/u
/** The first person inside a quote: a witness speaking for themself. */
const FIRST_PERSON = /(?:^|[\s«“"„'’])(?:je|j['’]|nous|ich|wir|mich|mir|uns|yo|nosotros|nosotras|me|mi|I|I['’]m|we|my|я|мы|меня|нас)(?=[\s,.!?;:»”"])/iu

function namedSubjectOf(previous: string, quote: SentenceWork[], names: Map<string, SourcingType>): ExtractedSourcing | null {
  const m = NAME_SUBJECT.exec(previous)
  if (!m || !quote.some((w) => FIRST_PERSON.test(w.text))) return null
  const name = m[1] ?? m[2]
  if (!isNameWord(name.split(/[\s-]/)[0]) || hasFunctionWord(name)) return null
  const type = classifySpeaker(name, '', null, names)
  return type === 'named-source' || type === 'official' ? { type, attribution: name, cue: 'quote' } : null
}

/** A backward attribution with nothing after its speaker but a short tail: no "что …", "dass …", ", добавив". */
const BARE_ATTRIBUTION = /^[^,;:«»“”"„]{0,160}(?:«[^»]{0,60}»[^,;:«»“”"„]{0,100})?[.!]?\s*$/u
