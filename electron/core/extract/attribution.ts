// Who says so: finds the attribution cue of one sentence and the speaker span it introduces.
// English rules are the main ones; Korean, German and French get their most common frames.
// All patterns are linear (no nested quantifiers) and scan only the head of huge sentences.
import { packFor, wordBounded, type LanguagePack } from '../lang'
import type { SourcingType } from '../vocabulary'
import { classifySpeaker, hasSourceWord, looksLikeOutlet, pronounKind, type PronounKind } from './sourcing'

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
  /** "Das teilte die Polizei mit", "Об этом сообщили …": points at the sentence just before, whatever its mood. */
  backward?: boolean
  /** "…, heißt es.", "wie es hieß": nobody named; the paragraph's own source, if it named one, is meant. */
  speakerless?: boolean
}

export interface AttributionContext {
  language: string
  outlet: string | null
  /** Words of names already introduced, with the sourcing type they got. */
  names: Map<string, SourcingType>
  /** The sentence being read: a lone capitalised word that opens it may be an ordinary noun. */
  sentence?: string
  /** Surnames met after a first name ("Maria Schulz"): alone later, they are the person, not a noun. */
  surnames?: Set<string>
}

const MAX_SCAN = 3000
const MAX_SPEAKER = 160

const ACCORDING = /\b(?:according to|citing|as reported by|quoted by|cited by)\s+/i
/** "Per the outlet, …", "…, per police.": "per" as "according to" opens the sentence or follows a comma ("$10 per person" does not). */
const PER = /(?:^|,\s+)[Pp]er\s+(?=(?:the\s+)?(?:police|officials|authorities|investigators|prosecutors|court records|outlet|report|station|network|newspaper|paper|source|[A-Z]))/u
const AS_REPORTS = /^As\s+([^,;:]{2,60}?)\s+(reports?|reported|notes?|noted|writes|wrote|said|says|explained|first reported|told [^,]{2,30}),/u
const MEDIA_SENT = /\b(sent over|sent|shared|provided|supplied|obtained|released|posted)\s+(?:(?:a|an|the|some|several|two|three)\s+)?(?:\p{L}+\s+){0,2}?(photos?|photographs?|videos?|footage|images?|pictures?|recordings?)\b/iu
const MEDIA_SHOWS =
  /\b((?:satellite\s+)?(?:imagery|images?|photos?|photographs?|videos?|footage|pictures?))\s+(?:\S+\s+){0,6}?(shows?|showed|showing|reveals?|revealed|taken|captured|indicates?|indicated)\b/iu
const SAY = packFor('en').attribution.verbs
/** Verbs that only attribute when the subject is a document, an image or the outlet. */
const EVIDENCE_VERB = /^(?:found|finds|shows|showed|show|concluded|concludes|documented|suggested|suggests|estimated|estimates|learned|learnt|obtained|reviewed|verified)$/i
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are)\s+(?:\p{L}+ly\s+)?$/iu
const TRAILING_AUX =
  /\s+(?:has|have|had|also|further|previously|recently|later|earlier|repeatedly|reportedly|allegedly|was|were|is|are|will|would|had been|once|then|again|already|even)$/i
const NP_AFTER = /^\s+((?:the|a|an|one|another)\s+[^,.;:!?“”"]{1,120}|\p{Lu}[^,.;:!?“”"]{0,120})/u
const CLAUSE_DELIMITER = /[,”"’—–:(]/
/** Abbreviated ranks, titles and initials, whose dot is no sentence end. */
const TITLE_DOT = /(?<![\p{L}])(?:Sgt|Lt|Capt|Col|Gen|Gov|Sen|Rep|Supt|Det|Cpl|Ofc|Insp|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|\p{Lu})\./gu
const REDUCED_RELATIVE = /^(?:an?|the|one|two|three|several|some)\s+(?:(?!(?:in|of|at|from|with|for|near|on|to|by|who|that)\s)\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:police|authorities|officials|investigators|prosecutors|deputies|detectives|officers|witnesses|neighbou?rs|residents|he|she|they)$/iu
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

/** A capital that opens the sentence, or a German noun's, does not make a word a name. */
function capitalSaysNothing(speaker: string, ctx: AttributionContext): boolean {
  if (ctx.surnames?.has(speaker)) return false
  return ctx.language === 'de' || (ctx.sentence?.trimStart().startsWith(speaker) ?? false)
}

function make(speaker: string, cue: string, ctx: AttributionContext, outletMention: string | null = null, type?: SourcingType): FoundAttribution {
  const pronoun = pronounKind(speaker)
  return {
    type: type ?? (pronoun ? 'anonymous-source' : classifySpeaker(speaker, cue, ctx.outlet ?? outletMention, ctx.names, capitalSaysNothing(speaker, ctx))),
    attribution: speaker,
    cue,
    pronoun,
    outletMention,
    trailing: false,
  }
}

/** "according to X", "citing X": X runs to the next clause boundary. */
function findAccording(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  // "As WTVD reports, …", "As police noted, …": the speaker between "As" and the verb
  const as = AS_REPORTS.exec(masked)
  if (as) return make(cleanSpeaker(sentence.slice(3, 3 + as[1].length)), as[2].toLowerCase(), ctx)
  const m = ACCORDING.exec(masked) ?? PER.exec(masked)
  if (!m) return null
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

function findMedia(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
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
function speakerAt(sentence: string, masked: string, index: number, verb: string, ctx: AttributionContext): FoundAttribution | null {
  const beforeStart = Math.max(0, index - MAX_SPEAKER)
  const before = masked.slice(beforeStart, index)
  const after = sentence.slice(index + verb.length, index + verb.length + MAX_SPEAKER)
  const lowerVerb = verb.toLowerCase()
  if (/^\s+to\b/i.test(after)) return null // "is said to", "was told to"
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
    // subject with an appositive: "The source, who is based in X, told Daily NK that ..."
    const subject = /^([^,“”"]{1,80}),\s[^“”"]{1,200},\s*$/u.exec(masked.slice(0, Math.min(index, 400)))
    if (subject && wordCount(subject[1]) <= 8) {
      return make(cleanSpeaker(sentence.slice(0, subject[1].length)), lowerVerb, ctx, outletMention)
    }
    // trailing reporting clause: "..., said the source." / "...,” he added."
    // "said Capt. Mary Jones of …": a rank's dot does not end the speaker (same length, so the span maps back)
    const np = NP_AFTER.exec(after.replace(TITLE_DOT, (t) => `${t.slice(0, -1)}\u2024`))
    if (np && !/^\s+(?:that|it|this|he|she|they)\b/i.test(after)) {
      const speaker = cleanSpeaker(after.slice(np.index + np[0].length - np[1].length, np.index + np[0].length).replace(/\s+(?:on|in|at|last|this|earlier|during)\s.*$/i, ''))
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
  if (!speaker || wordCount(speaker) > 14 || /\b(?:that|because|when|while|if)\b/i.test(speaker) || /^there\s+(?:is|are|was|were|have|has|had)\b/i.test(speaker)) return null
  // "police spokeswoman Sgt. Jane Doe": the dot of a rank or an initial does not end a sentence
  if (/[.!?;]/.test(speaker.replace(TITLE_DOT, ''))) return null
  // "A man police say broke into homes was arrested": the report covers the relative clause, not the sentence
  if (REDUCED_RELATIVE.test(speaker)) return null
  return { ...make(speaker, lowerVerb, ctx, outletMention), trailing: from > 0 && endsSentence }
}

function findReportingVerb(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
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

const KO_TOPIC = /^((?:\S+\s){0,4}?\S+?)(?:은|는|이|가)\s/u
const KO_CONTINUES = /^(?:이어|이어서|또|또한|그러면서|아울러|그는|그녀는|[“"‘'])/u
const RELAYED = /(?:다는|라는|이라는)\s\S+(?:을|를)?\s(?:토대로|바탕으로|근거로)|(?:토대로|바탕으로)\s/u
const KO_CITING = /((?:\S+\s){0,3}\S+?)(?:을|를) 인용(?:해|하여|한)/u

function findKorean(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const according = pack.attribution.after && pack.attribution.afterCue?.test(masked) !== false ? pack.attribution.after.exec(masked) : null
  if (according) {
    const speaker = according[1] ?? according[2] ?? according[3]
    const at = according.index + according[0].indexOf(speaker)
    return make(sentence.slice(at, at + speaker.length).trim(), according[1] ? '따르면' : according[2] ? '추산' : '취재', ctx)
  }
  // the look-back pattern is costly on every Korean sentence: test the plain word first
  const citing = masked.includes('인용') ? KO_CITING.exec(masked) : null
  if (citing) return make(citing[1], '인용', ctx)
  const verbs = pack.attribution.verbs
  verbs.lastIndex = 0
  const verb = verbs.exec(masked)
  if (!verb) {
    // "하 대표는 인터뷰에서 “...": the speaker opens a quote that ends in a later sentence
    const quote = sentence.search(/[“"]/)
    const topic = quote > 0 ? KO_TOPIC.exec(sentence.slice(0, quote)) : null
    if (topic) return make(topic[1], '“', ctx)
    // an office at work is a source only when it relays what it was told or found ("…났다는 진술을 토대로 … 조사하고 있다");
    // "경찰은 화재 원인을 조사하고 있다" alone is the office acting (README: police acting are not a source)
    const work = RELAYED.test(masked) ? pack.attribution.officeVerbs?.exec(masked) : null
    const subject = work ? KO_TOPIC.exec(masked) : null
    const office = subject ? make(sentence.slice(0, subject[1].length), work![0], ctx) : null
    return office?.type === 'official' ? office : null
  }
  const outlet = /(\S+)에 전했다/.exec(sentence)
  // "…구속됐다고 내부 소식통이 1일 알려왔다": the speaker stands right before the verb, after the quoted clause
  const clause = masked.slice(0, verb.index)
  const cut = Math.max(clause.lastIndexOf('고 '), clause.lastIndexOf('며 '))
  const near = cut >= 0 ? /^\s*((?:\S+\s){0,2}?\S+?)(?:이|가|은|는)\s/u.exec(clause.slice(cut + 2)) : null
  const topic = KO_TOPIC.exec(masked)
  // "경북소방본부는 … 추정되고 … 확인했다": a word cut out of the clause is no speaker when an office opens the sentence
  if (near && !hasSourceWord(near[1]) && topic && make(sentence.slice(0, topic[1].length), verb[1] ?? verb[0], ctx).type === 'official') {
    return make(sentence.slice(0, topic[1].length), verb[1] ?? verb[0], ctx)
  }
  if (near) return make(near[1], verb[1] ?? verb[0], ctx)
  const speaker = topic ? sentence.slice(0, topic[1].length) : null
  // Korean leaves the subject out: "이어 “…”고 덧붙였다" goes on with the speaker before
  if (!speaker) return KO_CONTINUES.test(sentence) ? make(pack.attribution.pronouns.singular[0], verb[1] ?? verb[0], ctx) : null
  const outletMention = outlet && looksLikeOutlet(outlet[1]) ? outlet[1] : null
  return make(speaker, verb[1] ?? verb[0], ctx, outletMention)
}

/** Where a speaker span ends: a clause boundary, "que"/"dass"/"что"/"that", or a reporting verb. */
const SPEAKER_STOP = /[,;:!?“”„]|\.(?!\s*\p{Ll})|\s(?:que|qu['’]|dass|daß|что|which|quien|qui|welche[rs]?|who)\s|\s[-–—]\s/u
/** "M." "Dr." "St." and initials do not end a speaker. */
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Dr|Prof|St|Mr|Mrs|Ms|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Supt)$/u
/** A speaker phrase cannot start with a preposition: "a los vecinos", "au mégaphone", "на совещании". */
const PREPOSITION_START = /^(?:a|al|à|au|aux|sobre|de|del|du|des|en|in|im|an|am|auf|über|zu|zum|zur|mit|von|para|por|pour|sur|dans|на|в|во|о|об|по|к|с|со|у|que|dass|что|gegenüber|bei|beim|nach|vor|seit|während|unter|als|lors|après|avant|pendant|depuis|chez|vers|при|после|перед|во время)\s/iu
/** "Das teilte die Polizei mit", "Dies bestätigte ein Sprecher": the object in front, the speaker after the verb. */
const DEMONSTRATIVE = /^(?:das|dies|dieses|это|esto|eso|cela|ceci|así lo|así)$/iu
/** A subject that is no speaker: impersonal "se", or a linking adverb. */
const IMPERSONAL_SUBJECT = /^(?:|se|y|además|asimismo|también|luego|después|finalmente|posteriormente|por último)$/iu
/** "a précisé à l’AFP une source proche du dossier": the recipient before the speaker. */
const RECIPIENT_FIRST = /^(?:à|au|aux)\s+[^,;:]{1,60}?\s(?=(?:un|une|le|la|les|des|l['’]|son|sa|ses|notre)[\s\p{L}])/iu
/** Object pronouns in front of the verb: "nous dit X", "me contó X", "мне сказал X". */
const OBJECT_PRONOUN = /^(?:nous|vous|me|m['’]|lui|leur|nos|les|le|la|mir|uns|ihm|ihr|мне|нам|ему|ей)$/iu
/** What may follow a name as its apposition: a title or office, kept with the name. */
const APPOSITION = /^,\s*((?:[^,;:.!?“”„"«»]|\.(?=\S)){2,90})(?=[,;:.!?“”"«»]|$)/u

function cutSpeaker(tail: string): string {
  let from = 0
  for (;;) {
    const rest = tail.slice(from)
    const stop = SPEAKER_STOP.exec(rest)
    if (!stop) return tail
    const at = from + stop.index
    if (stop[0] === '.' && ABBREVIATION_END.test(tail.slice(Math.max(0, at - 6), at))) {
      from = at + 1
      continue
    }
    return tail.slice(0, at)
  }
}

/** "Marcellin Nadeau, le maire du Prêcheur": a name followed by its office keeps the office. */
function withApposition(speaker: string, rawAfter: string, closed = false): string {
  // a party or age in brackets sits between the name and its office: "Peter Brandt (CDU), Landrat des Kreises"
  const after = rawAfter.replace(/^\s*\([^()]{1,40}\)/u, '')
  const m = APPOSITION.exec(after)
  if (!m || speaker.split(/\s+/).length > 12) return speaker
  // before the main clause ("По словам Иванова, полиция нашла …") an apposition is closed by a comma
  if (closed && after.charAt(m[0].length) !== ',') return speaker
  const segment = m[1].trim()
  const nameThenOffice = /\p{Lu}/u.test(speaker) && speaker.split(/\s+/).length <= 5 && classifySpeaker(segment, '', null) === 'official'
  // "le secrétaire général de la préfecture, Pierre Regnault de la Mothe": the name joins the office
  const officeThenName = /^\p{Lu}\p{Ll}+(?:[ -](?:(?:de|la|le|du|des|von|van|del|y) )*\p{Lu}[\p{Ll}'’-]+){1,3}$/u.test(segment) && classifySpeaker(speaker, '', null) === 'official'
  return nameThenOffice || officeThenName ? `${speaker}, ${segment}` : speaker
}

function speakerAfter(sentence: string, from: number, pack: LanguagePack, closedApposition = false): string {
  const raw = sentence.slice(from, from + MAX_SPEAKER)
  const recipient = RECIPIENT_FIRST.exec(raw.trimStart())
  const tail = recipient ? raw.trimStart().slice(recipient[0].length) : raw
  let speaker = cutSpeaker(tail)
  const verbs = wordBounded(pack.attribution.verbs)
  verbs.lastIndex = 0
  const verb = verbs.exec(speaker)
  if (verb && verb.index > 0) speaker = speaker.slice(0, verb.index)
  speaker = cleanSpeaker(speaker.replace(/\s*\([^()]*\)/g, ''))
  speaker = pastAdverbial(speaker, pack)
  return withApposition(speaker, tail.slice(tail.indexOf(speaker) + speaker.length), closedApposition)
}

const ARTICLE_BEFORE = /(?:^|\s)(?:le|la|les|l['’]|der|die|das|el|los|las)\s*$/iu

/**
 * "сообщил на совещании в администрации начальник МВД X", "a annoncé dans la soirée le parquet":
 * an adverbial between an inverted verb and its subject is skipped to the office that follows it.
 */
function pastAdverbial(speaker: string, pack: LanguagePack): string {
  if (!PREPOSITION_START.test(speaker)) return speaker
  const office = wordBounded(pack.titles.official).exec(speaker) ?? wordBounded(pack.sources.official).exec(speaker)
  if (!office || office.index === 0) return speaker
  const article = ARTICLE_BEFORE.exec(speaker.slice(0, office.index))
  return speaker.slice(article ? article.index + article[0].length - article[0].trimStart().length : office.index).trim()
}

const TRAILING_WORDS = /\s+(?:mit|an|bekannt|no|nicht|ne|не|también|auch|aussi|также|ya|bereits|déjà|ebenfalls|tambien|néanmoins|toutefois|inzwischen|también|además)$/iu

function stripLead(speaker: string, pack: LanguagePack): string {
  let s = pack.attribution.speakerLead ? speaker.replace(pack.attribution.speakerLead, '') : speaker
  for (let i = 0; i < 3 && TRAILING_WORDS.test(s); i++) s = s.replace(TRAILING_WORDS, '')
  return s
}

/** "Он также", "Il néanmoins": a pronoun subject with an adverb is still the pronoun. */
function pronounHead(speaker: string): string {
  const first = speaker.split(/\s+/)[0]
  return speaker.split(/\s+/).length <= 3 && pronounKind(first) ? first : speaker
}

/** "по его словам", "selon lui", "nach seinen Angaben": the pronoun in the cue is the speaker. */
const POSSESSIVE_IN_CUE = /^(?:его|её|ее|их|lui|elle|eux|él|ella|seinen|ihren)$/iu

/** Inverted pronoun frames: "a-t-il souligné", "dit-elle", "glisse-t-elle". */
const FR_INVERTED = /-t-(il|elle|ils|elles)\b|\b(?:dit|explique|ajoute|précise|souligne|raconte|glisse|lance|insiste|poursuit|confie)-(il|elle|ils|elles)\b/iu
/** "Об этом рассказал X", "Das teilte X mit", "C'est ce qu'a indiqué X": covers the sentence before. */
const BACKWARD = /^(?:об этом|о чем|о чём|это|das|dies|c['’]est ce qu|esto|así lo|this was|that was)(?![\p{L}])/iu

function mediaShows(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  if (!pack.attribution.mediaShows) return null
  const m = wordBounded(pack.attribution.mediaShows).exec(masked)
  return m ? make(sentence.slice(m.index, m.index + m[0].length), 'shows', ctx, null, 'media') : null
}

/** Attribution from a pack's cues: "laut X", "X zufolge", "según X", ", a déclaré X", "сообщил X". */
function findByPack(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const found = findPackCue(sentence, masked, ctx, pack)
  if (found && BACKWARD.test(sentence.trimStart())) {
    found.trailing = true
    found.backward = true
  }
  return found
}

function findPackCue(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const media = mediaShows(sentence, masked, ctx, pack)
  if (media) return media
  const cue = beforeCue(sentence, masked, ctx, pack)
  // "Selon les premiers éléments de l'enquête, « … », avait expliqué le parquet": the document is
  // what the speaker relies on; the one who says it is the source
  if (cue && cue.type !== 'document') return cue
  const after = cue ? null : afterCue(sentence, masked, ctx, pack)
  if (after) return after
  const inverted = pack.code === 'fr' ? FR_INVERTED.exec(masked) : null
  const spoken = inverted ? make((inverted[1] ?? inverted[2]).toLowerCase(), inverted[0].toLowerCase(), ctx) : verbCue(sentence, masked, ctx, pack)
  if (cue) return spoken && !spoken.pronoun && spoken.type !== 'document' ? spoken : cue
  return spoken ?? officeAtWork(sentence, masked, ctx, pack) ?? ownAccount(sentence, masked, ctx, pack) ?? speakerLabel(sentence, ctx) ?? speakerless(masked, ctx, pack)
}

/** A name (and its role) set before a colon and a quote, as transcripts and interviews print it (a dot inside is an abbreviation: the segmenter has cut sentences). */
const SPEAKER_LABEL = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})(?:,\s*[^:«»“”"„!?]{1,80})?:\s*[«"“„]/u

/** "Марина Любченко, житель дома № 3: «…»": the label names who speaks; a name with no source word in it is a person. */
function speakerLabel(sentence: string, ctx: AttributionContext): FoundAttribution | null {
  const m = SPEAKER_LABEL.exec(sentence)
  if (!m) return null
  const found = make(m[0].replace(/:\s*[«"“„]$/u, '').trim(), ':', ctx)
  if (found.type === 'anonymous-source' && !hasSourceWord(m[1])) found.type = 'named-source'
  return found
}

/** "Die Polizei nahm nach eigenen Angaben einen Mann fest": the office the sentence names tells it itself. */
function ownAccount(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const cue = pack.attribution.ownAccount ? wordBounded(pack.attribution.ownAccount).exec(masked) : null
  if (!cue) return null
  const office = wordBounded(pack.titles.official).exec(masked) ?? wordBounded(pack.sources.official).exec(masked)
  return office ? make(sentence.slice(office.index, office.index + office[0].length), cue[0].toLowerCase(), ctx, null, 'official') : null
}

/** "Die Polizei schätzt den Schaden auf …": a verb of an office's own work reports only with an office as subject. */
function officeAtWork(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const verbs = pack.attribution.officeVerbs
  if (!verbs) return null
  const found = verbCue(sentence, masked, ctx, { ...pack, attribution: { ...pack.attribution, verbs, proDrop: false } })
  return found?.type === 'official' ? found : null
}

/** "…, wie es hieß.", "как отмечается": reported, but nobody is named. */
function speakerless(masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const m = pack.attribution.speakerless ? wordBounded(pack.attribution.speakerless).exec(masked) : null
  if (!m) return null
  return { type: 'anonymous-source', attribution: null, cue: m[0].replace(/^[,\s]+/, '').trim().toLowerCase(), pronoun: null, outletMention: null, speakerless: true, trailing: /^[^.!?]{0,3}[.!?…]?["”»’)]*\s*$/u.test(masked.slice(m.index + m[0].length)) }
}

function beforeCue(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const before = wordBounded(pack.attribution.before)
  before.lastIndex = 0
  const cue = before.exec(masked)
  // "sus policías le informaron que ...": a cue followed by its clause is a reporting verb, not "según X"
  const clauseFollows = cue !== null && /^(?:que|qu['’]|dass|that|что)\s/iu.test(masked.slice(cue.index + cue[0].length))
  if (!cue || !cue[0].trim() || clauseFollows) return null
  // "по его словам", "selon lui": the speaker is the pronoun inside the cue
  const inCue = cue[0].split(/\s+/).find((w) => POSSESSIVE_IN_CUE.test(w))
  if (inCue) return make(inCue, cue[0].trim().toLowerCase(), ctx)
  let speaker = pronounHead(stripLead(speakerAfter(sentence, cue.index + cue[0].length, pack, true), pack))
  // "informó de que …", "informaron a los vecinos": a preposition after the cue, so it is no "según X"
  if (/^(?:de|a|al|sobre)(?:\s|$)/iu.test(speaker)) return null
  // "Desde el Ayuntamiento ya informaron entonces de …": where the subject may be left out (Spanish), a verb
  // used as a cue needs its subject after it, opening like a noun phrase
  const verbs = wordBounded(pack.attribution.verbs)
  verbs.lastIndex = 0
  const cueIsVerb = verbs.test(cue[0].trim())
  verbs.lastIndex = 0
  if (cueIsVerb && pack.attribution.proDrop && !/^(?:el|la|los|las|un|una|unos|unas|\p{Lu})/u.test(speaker)) return null
  const np = pack.attribution.nounPhrase?.exec(speaker)
  if (np && np[0].length < speaker.length) speaker = np[0]
  return speaker && wordCount(speaker) <= 16 ? make(speaker, cue[0].trim().toLowerCase(), ctx) : null
}

/** The last noun phrase of a German clause: determiners or adjectives, a capitalised noun, maybe "der Polizei" after it. */
const ZUFOLGE_NP = /(?:^|\s)((?:(?:[Dd](?:en|em|er|es|iesen|iesem)|[Ee]ine[mnrs]?|[Ss]eine[mnrs]?|[Ii]hre[mnrs]?|[Ee]rsten|[Bb]isherigen|[Jj]üngsten|[Ee]igenen|[Oo]ffiziellen|[Vv]orläufigen|[Nn]euen|[Ww]eiteren|übereinstimmenden)\s+)*\p{Lu}[\p{L}.-]*(?:\s+(?:der|des|von|vom)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)?)\s*$/u
/** "den Angaben zufolge", "seinen Angaben zufolge": the statement just made, like a pronoun. */
const DE_BACK_POINTING = /^(?:den|diesen|seinen|ihren|deren) (?:Angaben|Worten|Aussagen|Informationen)$/iu

function afterCue(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  if (!pack.attribution.after || pack.attribution.afterCue?.test(masked) === false) return null
  const after = wordBounded(pack.attribution.after).exec(masked)
  if (!after) return null
  const raw = sentence.slice(after.index, after.index + after[1].length)
  // "Dort hat er sich Riske zufolge …", "… sammelte sich den Angaben zufolge": the noun phrase right before "zufolge" speaks
  const np = pack.code === 'de' ? ZUFOLGE_NP.exec(raw.split(/[,;:]/).pop() ?? raw) : null
  if (np && DE_BACK_POINTING.test(np[1])) return { ...make(np[1], 'zufolge', ctx, null, 'anonymous-source'), pronoun: 'singular' }
  const speaker = np ? np[1] : stripLead(cleanSpeaker(raw.split(/[,;:]/).pop() ?? raw), pack).replace(/^(?:des|der|von|dem|den)\s+/i, '')
  return speaker ? make(speaker, after[0].slice(after[1].length).trim().toLowerCase(), ctx) : null
}

/** "emitió unas declaraciones en las que estipuló": the subject stands before the relative clause. */
const RELATIVE_IN_SUBJECT = /(?:^|\s)(?:en (?:el|la|los|las) (?:que|cual|cuales)|donde|dans (?:lequel|laquelle|lesquels|lesquelles)|où|in which|in dem|in der|worin|wobei|в котор\p{L}+|где)(?:\s|$)/iu
const RELATIVE_START = /^(?:que|qui|quien|quienes|who|which|dont|der|die|das|который|которая|которые|cuyo|cuya)\s/iu

/** The last comma-separated phrase before `end` that can be a subject: not a preposition, not a relative clause. */
function subjectBefore(sentence: string, end: number): string | null {
  const parts = sentence.slice(0, end).split(',')
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k].trim()
    if (!part || PREPOSITION_START.test(`${part} `) || RELATIVE_START.test(`${part} `) || /[“”"„«»]/u.test(part)) continue
    return wordCount(part) <= 8 ? part : null
  }
  return null
}

/** Spanish pro-drop: "lo descartó y dijo", "le informó": a clitic and a verb, no subject. */
const CLITIC_ONLY = /^(?!se\s+$)(?:(?:lo|la|los|las|le|les|se|me|nos|te)\s+)+(?:\p{Ll}+\s+(?:y|e)\s*)?$/iu
/** "En ese sentido, cuestionó …", "Además, aseguró …": a linking phrase and no subject. */
const CONNECTOR_ONLY = /^(?:(?:en|por|de|a|con|sin|tras|ante) [\p{Ll} ]{1,30}|además|asimismo|también|luego|después|finalmente|posteriormente|incluso|igualmente|sin embargo|no obstante)\s*,\s*$/iu

function verbCue(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const verbs = wordBounded(pack.attribution.verbs)
  verbs.lastIndex = 0
  let m: RegExpExecArray | null
  let tries = 0
  const action = pack.attribution.actionFrames
  while ((m = verbs.exec(masked)) && tries++ < 6) {
    if (action?.test(masked.slice(m.index, m.index + 120))) continue
    const head = masked.slice(0, m.index).trimEnd()
    const last = head.charAt(head.length - 1)
    const afterVerb = m.index + m[0].length
    // "nach eigenen Angaben": where nouns are capitalised, a capital inside the sentence makes the verb form a noun
    if (pack.attribution.capitalisedNouns && m.index > 0 && /^\p{Lu}/u.test(m[0]) && /\p{L}[,;]?\s*$/u.test(head)) continue
    if (pack.attribution.attributive?.test(head) && /^\s+\p{Lu}/u.test(masked.slice(afterVerb))) continue
    // the subject before the verb, back to the last clause boundary ("Der Sprecher sagte", "Он добавил")
    let from = 0
    for (let i = head.length - 1; i >= Math.max(0, head.length - MAX_SPEAKER); i--) {
      if (/[,;:“”"„«»]/u.test(head.charAt(i))) {
        from = i + 1
        break
      }
    }
    let subject = pronounHead(stripLead(cleanSpeaker(sentence.slice(from, head.length).replace(/\s*\([^()]*\)/g, '')), pack))
    if (from > 0 && RELATIVE_IN_SUBJECT.test(subject)) subject = subjectBefore(masked, from - 1) ?? subject
    const objectOnly = OBJECT_PRONOUN.test(subject)
    // "Dijo que ...", "Se añadió que ...", "lo descartó y dijo que ...", "En ese sentido, cuestionó la
    // actitud de …": no subject, so the last source goes on speaking
    if (pack.attribution.proDrop && !/[“”"„«»]/u.test(head)) {
      const bare = head.replace(/,\s*$/, '').trim()
      const impersonal = (IMPERSONAL_SUBJECT.test(bare) || (from > 0 && IMPERSONAL_SUBJECT.test(bare.slice(bare.lastIndexOf(',') + 1).trim()) && CONNECTOR_ONLY.test(`${bare.slice(0, bare.lastIndexOf(',') + 1)} `))) && /^\s+que\s/iu.test(sentence.slice(afterVerb))
      const clitic = from > 0 || head.length < 40 ? CLITIC_ONLY.test(`${sentence.slice(from, head.length).trim()} `) : false
      // after a linking phrase an inverted subject would close the clause: "Además, dijo el alcalde, …"
      const connector = CONNECTOR_ONLY.test(head) && !/^\s+[^,.;:]{1,60}[,.]/u.test(sentence.slice(afterVerb, afterVerb + 70).replace(/\s(?:que|qu['’])\s.*$/su, ''))
      if (impersonal || clitic || connector) return make(pack.attribution.pronouns.singular[0], m[0].toLowerCase(), ctx)
    }
    // "Auf Nachfrage erklärt Corinna Wild, ...": an adverbial in front puts the subject after the verb
    const adverbialFront = from === 0 && (PREPOSITION_START.test(`${subject} `) || DEMONSTRATIVE.test(subject)) && !/[“”"„«»]/u.test(head)
    if (!head || CLAUSE_DELIMITER.test(last) || last === '-' || last === '»' || objectOnly || adverbialFront) {
      // inverted: "..., sagte der Sprecher." / "«...», - сказал Романцев." / "..., nous dit notre consœur X"
      let speaker = speakerAfter(sentence, afterVerb, pack)
      // "…, сообщили в пресс-службе МВД": the office after the preposition speaks
      const impersonal = pack.attribution.impersonal
      if (impersonal && impersonal.verb.test(m[0]) && impersonal.place.test(speaker)) speaker = stripLead(speaker, pack)
      if (speaker && wordCount(speaker) <= 16 && !PREPOSITION_START.test(speaker)) {
        const found = make(pronounHead(speaker), m[0].toLowerCase(), ctx)
        found.trailing = /^[^.!?]*[.!?…]?["”»’)]*\s*$/u.test(sentence.slice(afterVerb + speaker.length))
        return found
      }
      // "Un vecino afectado, comentó: «...»": the subject sits before the comma
      if (CLAUSE_DELIMITER.test(last) && head.length <= MAX_SPEAKER && !/[“”"„«»]/u.test(head)) {
        const before = pronounHead(stripLead(cleanSpeaker(sentence.slice(0, head.length - 1).replace(/\s*\([^()]*\)/g, '')), pack))
        // a lone word before the comma is an adverb ("Además,"), not a speaker, unless it is a known name
        const known = wordCount(before) > 1 || ctx.names.has(before)
        if (before && known && wordCount(before) <= 10 && !PREPOSITION_START.test(before)) return make(before, m[0].toLowerCase(), ctx)
      }
      continue
    }
    if (from === 0 && head.length > MAX_SPEAKER) continue
    if (!subject || wordCount(subject) > 12 || /[.!?]\s/.test(subject)) continue
    return make(withApposition(subject, ''), m[0].toLowerCase(), ctx)
  }
  return null
}

/** "Police received reports from members of the public that …", "a call was received from a neighbour": the callers are the source. */
const RELAYED_CALLS = /\b(?:(?:received|receiving|got|had)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:reports?|calls?|tips?|complaints?|information)|(?:reports?|calls?|tips?|complaints?)\s+(?:was|were)\s+received)\s+from\s+((?:the|an?|multiple|several|many|numerous|two|three|four|five|\p{Lu})[^,.;:!?“”"]{1,80})/iu

function findRelayedCalls(sentence: string, masked: string, ctx: AttributionContext): FoundAttribution | null {
  if (!/\bfrom\b/.test(masked)) return null
  const m = RELAYED_CALLS.exec(masked)
  if (!m) return null
  const at = m.index + m[0].length - m[1].length
  // the callers end where the report's time, place or content begins
  const speaker = cleanSpeaker(sentence.slice(at, at + m[1].length).replace(/\s+(?:in|on|at|about|yesterday|today|last|this|who|that|reporting|saying|shortly|around|after|before)\s.*$/iu, ''))
  return speaker ? make(speaker, 'received reports from', ctx) : null
}

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
