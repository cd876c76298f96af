// Speaker resolution: where a speaker span starts and ends, what is trimmed off it, the office an apposition
// adds, and the FoundAttribution it makes (its type decided by sourcing.ts). Shared by every language's cues.
import { PACKS, packFor, wordBounded, type LanguagePack } from '../lang'
import type { AttributionCues } from '../lang/types'
import type { SourcingType } from '../vocabulary'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { classifySpeaker, pronounKind, SINGLE_NAME } from './sourcing'

export const MAX_SPEAKER = 160

/**
 * (session 32) One attribution field over every pack as one alternation, each pack's part in the packs' order (the words live in
 * the packs, PROTOCOL s31), for a rule the engine applies whatever the sentence's language; a field no pack fills matches nothing.
 */
export function packAlternatives(pick: (a: AttributionCues) => RegExp | undefined): string {
  const parts = Object.values(PACKS)
    .map((p) => pick(p.attribution))
    .filter((r): r is RegExp => r !== undefined)
    .map((r) => `(?:${r.source})`)
  return parts.length > 0 ? parts.join('|') : '(?!)'
}
export const TRAILING_AUX =
  /\s+(?:has|have|had|also|further|previously|recently|later|earlier|repeatedly|reportedly|allegedly|was|were|is|are|will|would|had been|once|then|again|already|even)$/i
export const CLAUSE_DELIMITER = /[,”"’—–:(]/
/** A clause delimiter at `i`; a curly apostrophe between letters ("Sheriff’s Office") is part of a word, not a closing quote. */
export function delimiterAt(text: string, i: number): boolean {
  const ch = text.charAt(i)
  if (ch === '’' && /\p{L}/u.test(text.charAt(i - 1)) && /\p{L}/u.test(text.charAt(i + 1))) return false
  return CLAUSE_DELIMITER.test(ch)
}

export function clip(s: string): string {
  return s.length > MAX_SPEAKER ? s.slice(s.length - MAX_SPEAKER) : s
}

export function cleanSpeaker(raw: string): string {
  let s = raw.trim()
  for (let i = 0; i < 4 && TRAILING_AUX.test(s); i++) s = s.replace(TRAILING_AUX, '').trim()
  return s.replace(/^[,“”"’(—–\s]+|[,“”"’)—–\s]+$/g, '')
}

export function wordCount(s: string): number {
  let n = s.length > 0 ? 1 : 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++
  return n
}

/** A capital that opens the sentence, or a German noun's, does not make a word a name. */
function capitalSaysNothing(speaker: string, ctx: AttributionContext, cue: string): boolean {
  if (ctx.surnames?.has(speaker)) return false
  // "Gardner said counties …": in English a lone capitalised word that is no plural names a person even at the start
  if (ctx.language === 'en' && /^\p{Lu}\p{Ll}{2,}$/u.test(speaker) && !/(?:s|men|people|staff|children|folk)$/u.test(speaker)) return false
  // session 29: in German, Spanish and French a single name-shaped word as the subject of a singular verb of saying names a person,
  // opening the sentence or not ("Olsen explicó que", "Olsen a expliqué", "Olsen sagte", "…, sagte McAllister"): a common noun there
  // takes an article; a plural verb ("Vecinos explicaron", "Passanten berichteten") or a cue that is no verb ("Laut
  // Medienberichten") leaves the capital saying nothing, as before
  if ((ctx.language === 'de' || ctx.language === 'es' || ctx.language === 'fr') && SINGLE_NAME.test(speaker) && !FUNCTION_WORD.test(speaker) && !PREPOSITION_START.test(`${speaker} `) && singularSaying(cue, ctx.language)) return false
  return ctx.language === 'de' || (ctx.sentence?.trimStart().startsWith(speaker) ?? false)
}

/** Capitalised linking words and adverbs that open a clause and are read as a subject when a cue follows ("Según informó …"): the
 * packs' `attribution.linkingWords` (session 32: the words moved into the packs, output-identical). */
const FUNCTION_WORD = new RegExp(`^(?:${packAlternatives((a) => a.linkingWords)})$`, 'iu')

/** A plural verb form or auxiliary by its ending ("sagten", "explicaron", "dicen", "expliquent", "ont déclaré"). */
export const PLURAL_VERB = /^(?:ont|sont|avaient|auraient|han|habían|hubieran|haben|hatten|sind|waren)$|(?:ron|an|en|ent|aient)$/iu

/** The cue is one of the pack's verbs of saying, in the singular. */
function singularSaying(cue: string, language: string): boolean {
  const first = cue.trim().split(/\s+/)[0] ?? ''
  if (!first || PLURAL_VERB.test(first)) return false
  const verbs = wordBounded(packFor(language).attribution.verbs)
  verbs.lastIndex = 0
  const m = verbs.exec(cue)
  verbs.lastIndex = 0
  return m !== null && m.index === 0
}

export function make(speaker: string, cue: string, ctx: AttributionContext, outletMention: string | null = null, type?: SourcingType): FoundAttribution {
  speaker = speaker.replace(LEADING_CONJUNCTION_WORD, '').replace(KO_CHANNEL_FRONT, '')
  if (/[—–(]|\s-\s/.test(speaker)) speaker = speaker.replace(TRAILING_ASIDE, '')
  const pronoun = pronounKind(speaker)
  return {
    type: type ?? (pronoun ? 'anonymous-source' : classifySpeaker(speaker, cue, ctx.outlet ?? outletMention, ctx.names, capitalSaysNothing(speaker, ctx, cue))),
    attribution: speaker,
    cue,
    pronoun,
    outletMention,
    trailing: false,
  }
}

/** "Markus Olsen – am Montag vor Ort", "Marcos Olsen —que estuvo allí", "Marc Olsen (présent lundi)": a dash or bracket aside
 * after the subject, up to its verb, is no part of the speaker (an age in brackets, "(52)", stays: it marks a private person). */
const TRAILING_ASIDE = /(?<=\S)\s*(?:[—–]\s?[^—–]{2,120}?\s?[—–]?|\s-\s[^-]{2,120}?(?:\s-)?|\((?!\d{1,3}\))[^()]{3,120}\))\s*$/u

/** "본지와의 통화에서 X는": the channel before a Korean topic is no part of the speaker (the paper is the one spoken to, not the source). */
const KO_CHANNEL_FRONT = /^\S+(?:와|과)의 (?:전화 )?(?:통화|인터뷰|면담)에서\s+(?=\S)/u

/** "but he", "and police", "mais il", "pero él", "und er", "но он": a conjunction before the subject (not "y"/"e"/"и" alone, which join names). */
const LEADING_CONJUNCTION_WORD = /^(?:but|and|yet|mais|et|pero|aber|und|doch|но|а)\s+(?=\S)/iu

/** Where a speaker span ends: a clause boundary, "que"/"dass"/"что"/"that", or a reporting verb. */
const SPEAKER_STOP = /[,;:!?“”„]|\.(?!\s*\p{Ll})|\s(?:que|qu['’]|dass|daß|что|which|quien|qui|welche[rs]?|who)\s|\s[-–—]\s/u
/** "M." "Dr." "St." and initials do not end a speaker. */
const ABBREVIATION_END = /(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Dr|Prof|St|Mr|Mrs|Ms|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Supt)$/u
/** A speaker phrase cannot start with a preposition: "a los vecinos", "au mégaphone", "на совещании". */
export const PREPOSITION_START = /^(?:a|al|à|au|aux|sobre|de|del|du|des|en|in|im|an|am|auf|über|zu|zum|zur|mit|von|para|por|pour|sur|dans|на|в|во|о|об|по|к|с|со|у|que|dass|что|gegenüber|bei|beim|nach|vor|seit|während|unter|als|lors|après|avant|pendant|depuis|chez|vers|при|после|перед|во время)\s/iu
/** "Das teilte die Polizei mit", "Dies bestätigte ein Sprecher": the object in front, the speaker after the verb. */
// German puts the verb second: a fronted adverb ("Zudem sagte der Sprecher", "Darüber hinaus erklärte …") leaves the subject after it
export const DEMONSTRATIVE = /^(?:das|dies|dieses|darüber|hierüber|darüber hinaus|außerdem|zudem|ferner|weiterhin|dazu|dabei|demnach|zunächst|später|danach|anschließend|inzwischen|mittlerweile|bislang|bisher|gestern|heute|zuvor|nun|jetzt|dann|damals|jedoch|allerdings|deshalb|daher|это|esto|eso|cela|ceci|así lo|así|(?:так(?:ой|ое|ие|ую)|подобн(?:ый|ое|ые|ую)) (?:прогноз|прогнозы|заявление|заявления|вывод|выводы|оценку|предупреждение|предположение))$/iu
/** A subject that is no speaker: impersonal "se", or a linking adverb. */
export const IMPERSONAL_SUBJECT = /^(?:|se|y|además|asimismo|también|luego|después|finalmente|posteriormente|por último)$/iu
/** "a précisé à l’AFP une source proche du dossier": the recipient before the speaker. */
// (session 31: and the channel before a named speaker, "raconte lundi sur franceinfo Stéphane Guyot, responsable …")
const RECIPIENT_FIRST = new RegExp(packAlternatives((a) => a.recipientFirst), 'iu')
/** Object pronouns in front of the verb: "nous dit X", "me contó X", "мне сказал X". */
export const OBJECT_PRONOUN = /^(?:nous|vous|me|m['’]|lui|leur|nos|les|le|la|mir|uns|ihm|ihr|мне|нам|ему|ей)$/iu
/** What may follow a name as its apposition: a title or office, kept with the name. */
// (session 31: up to 160 characters, "responsable du groupement communication du service départemental d'incendie et de secours des
// Bouches-du-Rhône": it joins the name only when it reads as an office, so the length opens no clause)
const APPOSITION = /^,\s*((?:[^,;:.!?“”„"«»]|\.(?=\S)){2,160})(?=[,;:.!?“”"«»]|$)/u

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

/** A segment that opens with a negation or conjunction, or holds a copula, is a clause, not an apposition. */
const CLAUSE_NOT_APPOSITION = /^(?:no|ne|n['’]|nicht|not|que|qu['’]|porque|parce|weil|because|y|et|und|and|pero|mais|aber|but|sino|sondern)\s|\s(?:es|est|ist|is|sea|soit|sei|era|fue|war|was|sont|sind|are|были?|является)\s/iu

/** "Marcellin Nadeau, le maire du Prêcheur": a name followed by its office keeps the office. */
export function withApposition(speaker: string, rawAfter: string, closed = false): string {
  // a party or age in brackets sits between the name and its office: "Peter Brandt (CDU), Landrat des Kreises"
  const after = rawAfter.replace(/^\s*\([^()]{1,40}\)/u, '')
  const m = APPOSITION.exec(after)
  if (!m || speaker.split(/\s+/).length > 12) return speaker
  // before the main clause ("По словам Иванова, полиция нашла …") an apposition is closed by a comma
  if (closed && after.charAt(m[0].length) !== ',') return speaker
  const segment = m[1].trim()
  // "argumenta Urías, no es porque sea el fiscal general": a clause after the comma is no apposition
  if (CLAUSE_NOT_APPOSITION.test(segment)) return speaker
  const nameThenOffice = /\p{Lu}/u.test(speaker) && speaker.split(/\s+/).length <= 5 && classifySpeaker(segment, '', null) === 'official'
  // "le secrétaire général de la préfecture, Pierre Regnault de la Mothe": the name joins the office
  const personName = /^\p{Lu}\p{Ll}+(?:[ -](?:(?:de|la|le|du|des|von|van|del|y) )*\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’-]+){1,3}$/u.test(segment)
  const officeThenName = personName && classifySpeaker(speaker, '', null) === 'official'
  // "his neighbour, Aiden Cole", "un vecino, Juan Pérez": a role with no name of its own, then the person's name
  const roleThenName = personName && !/\p{Lu}/u.test(speaker.slice(1)) && wordCount(speaker) <= 4
  return nameThenOffice || officeThenName || roleThenName ? `${speaker}, ${segment}` : speaker
}

/** "сообщил корреспонденту ИА «Чита.Ру» источник …": a Russian dative recipient (a reporter, an agency) before the inverted subject. */
const RU_RECIPIENT_FIRST = /^(?:корреспонденту|корреспондентам|журналисту|журналистам|агентству|изданию|редакции|порталу|телеканалу|радиостанции|нам)(?:\s+(?:ИА|РИА|агентства|издания|портала|газеты|телеканала|радиостанции))?(?:\s+(?:«[^«»]{1,40}»|„[^„“]{1,40}“|"[^"]{1,40}"|\p{Lu}[\p{L}.-]*))?\s+(?=\p{L})/u
/** A time adverb right after the verb ("a indiqué samedi que", "a déclaré hier François Scheider") is no subject. */
const TIME_AFTER_VERB = new RegExp(`^(?:${packAlternatives((a) => a.timeAfterVerb)})(?:\\s*,)?\\s+`, 'iu')
/** A capitalised title in quotes right at the start of the span: "сообщает "Комсомольская правда"", "como informó "El País"". */
const LEADING_QUOTED_TITLE = /^\s*((?:[„«“"]\s?\p{Lu}[^„«“”"»\n.!?,:;]{1,40}?\s?[“”"»]))/u

export function speakerAfter(sentence: string, from: number, pack: LanguagePack, closedApposition = false): string {
  let raw = sentence.slice(from, from + MAX_SPEAKER)
  const time = TIME_AFTER_VERB.exec(raw.trimStart())
  if (time) {
    raw = raw.trimStart().slice(time[0].length)
    // "a indiqué samedi que …": nothing but a clause after the adverb, so the subject stood before the verb
    if (/^(?:que|qu['’]|dass|that|что)\s/iu.test(raw)) return ''
  }
  const title = LEADING_QUOTED_TITLE.exec(raw)
  // the title closes the clause: it is the speaker; with a noun phrase after it, it is the recipient ("рассказал «Первой газете» заместитель …")
  if (title && /^\s*(?:[.,;:!?)]|$)/u.test(raw.slice(title[0].length))) return title[1]
  if (title) raw = raw.slice(title[0].length)
  const recipient = RECIPIENT_FIRST.exec(raw.trimStart()) ?? (pack.code === 'ru' ? RU_RECIPIENT_FIRST.exec(raw.trimStart()) : null)
  const tail = recipient ? raw.trimStart().slice(recipient[0].length) : raw
  let speaker = cutSpeaker(tail)
  // the pack's verb pattern is one shared global object, and a caller may be looping over it (verbCue): its place is kept
  const verbs = wordBounded(pack.attribution.verbs)
  const saved = verbs.lastIndex
  verbs.lastIndex = 0
  const verb = verbs.exec(speaker)
  verbs.lastIndex = saved
  if (verb && verb.index > 0) speaker = speaker.slice(0, verb.index)
  speaker = cleanSpeaker(speaker.replace(/\s*\([^()]*\)/g, ''))
  // "sagte der langjährige Profifußballer weiter": an adverb closing the inverted subject is no part of it
  for (let i = 0; i < 2 && TRAILING_WORDS.test(speaker); i++) speaker = speaker.replace(TRAILING_WORDS, '')
  // "wie der „Weser-Kurier“ berichtet", "сообщает «Коммерсантъ»": a title in quotes names the outlet the article stops at
  const quotedTitle = speaker.length <= 20 && ARTICLE_ONLY.test(speaker) ? QUOTED_TITLE.exec(tail.slice(tail.indexOf(speaker) + speaker.length)) : null
  if (quotedTitle) speaker = `${speaker} ${quotedTitle[1].trim()}`.trim()
  speaker = pastAdverbial(speaker, pack)
  // "konkretisiert der Übungsleiter die Ausfallzeit des Japaners": German marks the noun phrase's end; an object after the subject is no part of it
  const objectAfter = pack.code === 'de' ? DE_SUBJECT_THEN_OBJECT.exec(speaker) : null
  if (objectAfter) speaker = objectAfter[1]
  return withApposition(speaker, tail.slice(tail.indexOf(speaker) + speaker.length), closedApposition)
}

/** Nothing but an article: "der", "el", "la", "the" (with none, a quote after the verb is what was said, not a title). */
const ARTICLE_ONLY = /^(?:der|die|das|dem|den|des|el|la|los|las|le|les|l['’]|the)$/iu
/** A short capitalised title in quotes right after it: „Weser-Kurier“, «Коммерсантъ», "El País". */
const QUOTED_TITLE = /^\s*([„«“"]\s?\p{Lu}[^„«“”"»\n.!?,:;]{1,40}?\s?[“”"»])/u

/** A channel of speaking right after an inverted verb: "por teléfono", "en conversación con …", "au téléphone", "am Telefon", "по телефону". */
const CHANNEL_FIRST = /^(?:por (?:teléfono|escrito|carta|videollamada)|en (?:conversación|declaraciones|entrevista) (?:con|a) (?:\p{L}+\s){1,3}?|a (?:este|ese) (?:diario|medio|periódico)|ante (?:los medios|la prensa|los periodistas)|par téléphone|au téléphone|à (?:notre|la) rédaction|am Telefon|im Gespräch mit (?:\p{L}+\s){1,3}?|по телефону)\s+(?=\p{L})/iu

/** A German subject noun phrase ("der Übungsleiter", "die langjährige Trainerin") followed by an accusative or dative object. */
const DE_SUBJECT_THEN_OBJECT = /^((?:[Dd](?:er|ie|as)|[Ee]in|[Ee]ine)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*)\s+(?:die|den|das|dem|einen|eine|einem|seine[nm]?|ihre[nm]?|ihm|ihr|ihnen|uns|mir)\s/u

const ARTICLE_BEFORE = /(?:^|\s)(?:le|la|les|l['’]|der|die|das|el|los|las)\s*$/iu

/**
 * "сообщил на совещании в администрации начальник МВД X", "a annoncé dans la soirée le parquet":
 * an adverbial between an inverted verb and its subject is skipped to the office that follows it.
 */
function pastAdverbial(speaker: string, pack: LanguagePack): string {
  if (!PREPOSITION_START.test(speaker)) return speaker
  // "arguye por teléfono un tan preocupado como sorprendido Joaquín Urías": the channel of speaking before the inverted subject
  const channel = CHANNEL_FIRST.exec(speaker)
  if (channel && channel[0].length < speaker.length) return speaker.slice(channel[0].length)
  const office = wordBounded(pack.titles.official).exec(speaker) ?? wordBounded(pack.sources.official).exec(speaker)
  if (!office || office.index === 0) return speaker
  const article = ARTICLE_BEFORE.exec(speaker.slice(0, office.index))
  return speaker.slice(article ? article.index + article[0].length - article[0].trimStart().length : office.index).trim()
}

/** Words closing a speaker span that are no part of it: the packs' `attribution.spanTrailingWords` (session 32, output-identical). */
const TRAILING_WORDS = new RegExp(`\\s+(?:${packAlternatives((a) => a.spanTrailingWords)})$`, 'iu')

/** "Бергер в беседе с корреспондентом сообщила": the channel of speaking between the subject and its verb is no part of the speaker. */
const CHANNEL_TAIL = /\s+(?:в (?:беседе|разговоре|интервью|комментарии|эфире|своем|своём)|на (?:пресс-конференции|брифинге|заседании)|во время (?:брифинга|пресс-конференции)|im (?:Gespräch|Interview) mit|in an interview with|en (?:entrevista|declaraciones) (?:con|a)|dans un entretien (?:avec|accordé à))(?:\s+\S+){0,3}$/iu

export function stripLead(speaker: string, pack: LanguagePack): string {
  let s = pack.attribution.speakerLead ? speaker.replace(pack.attribution.speakerLead, '') : speaker
  const channel = CHANNEL_TAIL.exec(s)
  if (channel && channel.index > 0) s = s.slice(0, channel.index)
  for (let i = 0; i < 3 && TRAILING_WORDS.test(s); i++) s = s.replace(TRAILING_WORDS, '')
  return s
}

/** "Он также", "Il néanmoins": a pronoun subject with an adverb is still the pronoun. */
export function pronounHead(speaker: string): string {
  const words = speaker.split(/\s+/)
  // "but she", "and he", "mais il", "pero él", "und er", "но он": a conjunction before the pronoun subject
  const from = words.length >= 2 && LEADING_CONJUNCTION.test(words[0]) ? 1 : 0
  const first = words[from]
  return words.length - from <= 3 && first !== undefined && pronounKind(first) ? first : speaker
}

export const LEADING_CONJUNCTION = /^(?:but|and|yet|so|mais|et|pero|y|e|aber|und|doch|но|и|а)$/iu
