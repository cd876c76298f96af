// A language pack's cues (German, Spanish, French, Russian): a cue before the speaker ("laut X", "según X"), after it
// ("X zufolge"), a reporting verb with its subject before it or inverted after it, a photo that shows, an office at
// work, and the backward "Das teilte die Polizei mit" that points at the sentence before.
import { wordBounded, type LanguagePack } from '../lang'
import type { AttributionContext, FoundAttribution } from './attribution-types'
import { mayMatch } from './required-literals'
import {
  CLAUSE_DELIMITER,
  DEMONSTRATIVE,
  IMPERSONAL_SUBJECT,
  LEADING_CONJUNCTION,
  MAX_SPEAKER,
  OBJECT_PRONOUN,
  PREPOSITION_START,
  cleanSpeaker,
  packAlternatives,
  make,
  pronounHead,
  PLURAL_VERB,
  speakerAfter,
  stripLead,
  withApposition,
  wordCount,
} from './attribution-span'
import { ownAccount, speakerLabel, speakerless } from './attribution-frames'
import { hasSourceWord } from './sourcing'

/** "по его словам", "selon lui", "nach seinen Angaben": the pronoun in the cue is the speaker. */
const POSSESSIVE_IN_CUE = /^(?:его|её|ее|их|lui|elle|eux|él|ella|seinen|ihren|seinem|ihrem)$/iu
/** A possessive and the person's words: "sus declaraciones", "ses dires", "seinen Worten" (group 1: a plural owner). */
const POSSESSIVE_ACCOUNT = /^(?:(leurs|sus propias)|sus?|ses|son|sa|seine[nm]?|ihre[nm]?)\s+(?:propias?\s+|propres?\s+|eigenen\s+)?(?:declaraciones|palabras|versión|versiones|explicaciones|relato|testimonio|dires|propos|déclarations|explications|paroles|témoignage|version|Angaben|Worten|Aussagen?|Schilderung|Darstellung)$/iu
/** German possessives stand for the pronoun the carry resolves: "nach seinem Bekunden" is "er". */
const GERMAN_POSSESSIVE: Record<string, string> = { seinem: 'er', seinen: 'er', ihrem: 'sie', ihren: 'sie' }

/** Inverted pronoun frames: "a-t-il souligné", "dit-elle", "glisse-t-elle". */
const FR_INVERTED = /-t-(il|elle|ils|elles)\b|(?<![\p{L}\p{N}])(?:dit|explique|ajoute|précise|souligne|raconte|glisse|lance|insiste|poursuit|confie|indique|affirme|assure|rappelle|note|observe|détaille|reconnaît|estime|témoigne|commente|confirme|annonce|déclare|résume|conclut|admet|avoue|relève|nuance|prévient|souffle|lâche|tranche|reprend|ironise|soupire|martèle|répond|sourit|promet|rit|renchérit|écrit|réagit|avertit|prédit|maintient|soutient|convient|se réjouit|s['’]exclame|s['’]interroge|s['’]inquiète)-(il|elle|ils|elles)\b/iu
/** "Об этом рассказал X", "Das teilte X mit", "C'est ce qu'a indiqué X" (session 29: "Такой прогноз сделал X", "Такое заявление сделал X"): covers the sentence before. */
const BACKWARD = /^(?:об этом|о чем|о чём|это|(?:так(?:ой|ое|ие|ую)|подобн(?:ый|ое|ые|ую)) (?:прогноз|прогнозы|заявление|заявления|вывод|выводы|оценку|предупреждение|предположение)|das|dies|darüber(?! hinaus)|hierüber|c['’]est ce qu|esto|así lo|this was|that was)(?![\p{L}])/iu

function mediaShows(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  if (!pack.attribution.mediaShows) return null
  const shows = wordBounded(pack.attribution.mediaShows)
  const m = mayMatch(shows, masked) ? shows.exec(masked) : null
  return m ? make(sentence.slice(m.index, m.index + m[0].length), 'shows', ctx, null, 'media') : null
}

/** Attribution from a pack's cues: "laut X", "X zufolge", "según X", ", a déclaré X", "сообщил X". */
export function findByPack(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
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
  // (a question's inversion, 'le stationnement va-t-il redevenir payant ?', never reaches here: findAttribution drops every
  // question, session 29; the fr-only guard of session 28 is gone)
  const inverted = pack.code === 'fr' ? FR_INVERTED.exec(masked) : null
  const spoken = inverted ? make((inverted[1] ?? inverted[2]).toLowerCase(), inverted[0].toLowerCase(), ctx) : closingNamesSpeaker(sentence, masked, ctx, pack, tacitSubject(verbCue(sentence, masked, ctx, pack), masked, ctx, pack))
  if (cue) return spoken && !spoken.pronoun && spoken.type !== 'document' ? spoken : cue
  return spoken ?? officeAtWork(sentence, masked, ctx, pack) ?? ownAccount(sentence, masked, ctx, pack) ?? speakerLabel(sentence, ctx) ?? speakerless(masked, ctx, pack)
}

/**
 * (session 34) The sujeto tácito: where the pack lets the subject be left out, a span read as the verb's subject that holds only the
 * pack's `nonSubjectWords` ("Sin embargo aclaró que …", "Han añadido también que …", "Esta mañana ha confirmado …") names nobody;
 * the last source goes on speaking, as after "Dijo que …", in the number the verb shows ("han añadido", "informaron": plural).
 */
function tacitSubject(found: FoundAttribution | null, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const closed = pack.attribution.nonSubjectWords
  if (!found?.cue || !found.attribution || found.pronoun || !closed || !pack.attribution.proDrop) return found
  let only = nonSubjectPacks.get(pack)
  if (!only) nonSubjectPacks.set(pack, (only = new RegExp(`^(?:${closed.source})$`, 'iu')))
  const closedOnly = (s: string) => s.split(/[\s,;]+/u).every((w) => w === '' || only!.test(w))
  const words = found.attribution.split(/[\s,]+/u).filter((w) => w !== '')
  if (words.length === 0 || words.length > 6 || !closedOnly(found.attribution)) return found
  // the whole clause before the verb holds no subject either: "reconoce su culpabilidad, pero sostiene que" has the first verb's
  // subject, shared by the coordinated verb
  const at = masked.toLowerCase().indexOf(found.cue)
  if (at < 0 || !closedOnly(masked.slice(0, at))) return found
  // …and none after it: the verb takes its clause ("aclaró que", "han añadido también que"), not a subject it inverts ("Según
  // informaron este domingo fuentes de la investigación, …")
  const after = /^(.*?)(?:(?<![\p{L}])que(?![\p{L}])|[,:;.!?«»"“”(]|$)/su.exec(masked.slice(at + found.cue.length, at + found.cue.length + 120))
  if (!after || !closedOnly(after[1])) return found
  const plural = PLURAL_VERB.test(found.cue.split(/\s+/u)[0] ?? '')
  return make(plural ? pack.attribution.pronouns.plural[0] : pack.attribution.pronouns.singular[0], found.cue, ctx)
}
const nonSubjectPacks = new WeakMap<LanguagePack, RegExp>()

/**
 * Session 30 (speakers9): "Los padres mantienen que «…», explicó ayer Nicasio Vargas, presidente de la asociación.": an unnamed
 * group's verb of saying opens the sentence, and a closing incise names who says the words (a verb of saying after a comma, its
 * subject after it, closing the sentence). The incise identifies the speaker of the whole report, as a closing ", said X" does
 * (README, session 19): the named or official speaker of the closing incise is the sentence's source. An incise with an unnamed
 * speaker ("…, explicó un vecino") changes nothing.
 */
function closingNamesSpeaker(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack, first: FoundAttribution | null): FoundAttribution | null {
  if (!first || first.type !== 'anonymous-source' || first.pronoun || first.trailing || !first.cue) return first
  const at = masked.toLowerCase().indexOf(first.cue)
  if (at < 0) return first
  const rest = masked.slice(at + first.cue.length)
  // only a later verb after a comma or a closing quote can open the incise
  if (!/[,»”"]\s*\S/u.test(rest)) return first
  const blanked = ' '.repeat(at + first.cue.length) + rest
  const closing = verbCue(sentence, blanked, ctx, pack)
  return closing && closing.trailing && (closing.type === 'named-source' || closing.type === 'official') ? closing : first
}

/** "Die Polizei schätzt den Schaden auf …": a verb of an office's own work reports only with an office as subject. */
export function officeAtWork(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const verbs = pack.attribution.officeVerbs
  if (!verbs || !mayMatch(wordBounded(verbs), masked)) return null
  let office = officePacks.get(pack)
  if (!office) officePacks.set(pack, (office = { ...pack, attribution: { ...pack.attribution, verbs, proDrop: false } }))
  const found = verbCue(sentence, masked, ctx, office)
  // (session 34) the office is the verb's subject, a noun phrase: a clause that ends in an office ("It appears that this order was made
  // as North Korean authorities believe …") is no subject of the verb
  return found?.type === 'official' && wordCount(found.attribution ?? '') <= 8 ? found : null
}

/** Per pack, the pack with its office verbs as its verbs (built once: copying a pack per sentence showed in profiles). */
const officePacks = new WeakMap<LanguagePack, LanguagePack>()

function beforeCue(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const before = wordBounded(pack.attribution.before)
  before.lastIndex = 0
  const cue = mayMatch(before, masked) ? before.exec(masked) : null
  // "sus policías le informaron que ...": a cue followed by its clause is a reporting verb, not "según X"
  const clauseFollows = cue !== null && /^(?:que|qu['’]|dass|that|что)\s/iu.test(masked.slice(cue.index + cue[0].length))
  if (!cue || !cue[0].trim() || clauseFollows) return null
  // "по его словам", "selon lui": the speaker is the pronoun inside the cue
  const inCue = cue[0].split(/\s+/).find((w) => POSSESSIVE_IN_CUE.test(w))
  if (inCue) return make(GERMAN_POSSESSIVE[inCue.toLowerCase()] ?? inCue, cue[0].trim().toLowerCase(), ctx)
  let speaker = pronounHead(stripLead(speakerAfter(sentence, cue.index + cue[0].length, pack, true), pack))
  // "según sus declaraciones", "selon ses dires", "nach ihren Worten": the possessive stands for the person just met (session 28)
  const possessive = POSSESSIVE_ACCOUNT.exec(speaker)
  if (possessive) return make(possessive[1] ? pack.attribution.pronouns.plural[0] : pack.attribution.pronouns.singular[0], cue[0].trim().toLowerCase(), ctx)
  // "informó de que …", "informaron a los vecinos": a preposition after the cue, so it is no "según X"
  if (/^(?:de|a|al|sobre)(?:\s|$)/iu.test(speaker)) return null
  // "Desde el Ayuntamiento ya informaron entonces de …": where the subject may be left out (Spanish), a verb
  // used as a cue needs its subject after it, opening like a noun phrase
  const verbs = wordBounded(pack.attribution.verbs)
  verbs.lastIndex = 0
  const cueIsVerb = verbs.test(cue[0].trim())
  verbs.lastIndex = 0
  if (cueIsVerb && pack.attribution.proDrop && !/^(?:el|la|los|las|un|una|unos|unas|nuestr[oa]s?|este|esta|estos|estas|\p{Lu})(?![\p{L}])|^\p{Lu}/u.test(speaker)) return null
  const np = pack.attribution.nounPhrase?.exec(speaker)
  if (np && np[0].length < speaker.length) speaker = np[0]
  return speaker && wordCount(speaker) <= 16 ? make(speaker, cue[0].trim().toLowerCase(), ctx) : null
}

/** The last noun phrase of a German clause: determiners or adjectives, a capitalised noun, maybe "der Polizei" after it. */
const ZUFOLGE_NP = /(?:^|\s)((?:[Dd](?:er|em|es)\s+)?„[^„“”\n]{1,40}“|(?:(?:[Dd](?:en|em|er|es|iesen|iesem)|[Ee]ine[mnrs]?|[Ss]eine[mnrs]?|[Ii]hre[mnrs]?|[Uu]nsere[mnrs]?|[Ee]rsten|[Bb]isherigen|[Jj]üngsten|[Ee]igenen|[Oo]ffiziellen|[Vv]orläufigen|[Nn]euen|[Ww]eiteren|übereinstimmenden)\s+)*\p{Lu}[\p{L}.-]*(?:\s+(?:der|des|von|vom)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)?)\s*$/u
/** "den Angaben zufolge", "seinen Angaben zufolge": the statement just made, like a pronoun. */
const DE_BACK_POINTING = /^(?:den|diesen|seinen|ihren|deren) (?:Angaben|Worten|Aussagen|Informationen)$/iu
/** "ersten Erkenntnissen zufolge", "einer ersten Einschätzung zufolge": a finding with no owner named is the last speaker's. */
const DE_OWNERLESS_FINDING = /^(?:(?:den|der|einer|ersten|vorläufigen|bisherigen|jüngsten|neuen|weiteren|neuesten|aktuellen)\s+)*(?:Einschätzung|Einschätzungen|Erkenntnissen|Erkenntnis|Schätzungen|Schätzung|Ermittlungen|Angaben|Informationen|Stand)$/iu

function afterCue(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  if (!pack.attribution.after || pack.attribution.afterCue?.test(masked) === false) return null
  const afterRe = wordBounded(pack.attribution.after)
  const after = mayMatch(afterRe, masked) ? afterRe.exec(masked) : null
  if (!after) return null
  const raw = sentence.slice(after.index, after.index + after[1].length)
  // "Dort hat er sich Riske zufolge …", "… sammelte sich den Angaben zufolge": the noun phrase right before "zufolge" speaks
  const np = pack.code === 'de' ? ZUFOLGE_NP.exec(raw.split(/[,;:]/).pop() ?? raw) : null
  // (a finding that opens the sentence, "Ersten Erkenntnissen zufolge …", may open a new account: only one inside the clause points back)
  if (np && (DE_BACK_POINTING.test(np[1]) || (DE_OWNERLESS_FINDING.test(np[1]) && /^\p{Ll}/u.test(np[1])))) return { ...make(np[1], 'zufolge', ctx, null, 'anonymous-source'), pronoun: 'singular' }
  const speaker = np ? np[1] : stripLead(cleanSpeaker(raw.split(/[,;:]/).pop() ?? raw), pack).replace(/^(?:des|der|von|dem|den)\s+/i, '')
  return speaker ? make(speaker, after[0].slice(after[1].length).trim().toLowerCase(), ctx) : null
}

/** "emitió unas declaraciones en las que estipuló": the subject stands before the relative clause. */
const RELATIVE_IN_SUBJECT = /(?:^|\s)(?:en (?:el|la|los|las) (?:que|cual|cuales)|donde|dans (?:lequel|laquelle|lesquels|lesquelles)|où|in which|in dem|in der|worin|wobei|в котор\p{L}+|где)(?:\s|$)/iu
const RELATIVE_START = /^(?:que|qui|quien|quienes|who|which|dont|der|die|das|который|которая|которые|cuyo|cuya)\s/iu

/** A subject and its apposition, and nothing else, before the verb: "Max Muster, Sprecher der Polizei,". */
const APPOSED_SUBJECT = /^[^,;:“”"„«»]{2,80},\s[^,;:“”"„«»]{2,120},$/u
/** A person's name (two to four capitalised words) and an apposition that joins it ("Miguel Ortega, un residente del barrio,"). */
function apposedPerson(head: string): string | null {
  const segments = head.replace(/,\s*$/u, '').split(/,\s*/u)
  if (segments.length !== 2 || !PERSON_NAME.test(segments[0].trim())) return null
  const [name, apposition] = [segments[0].trim(), segments[1].trim()]
  const joined = withApposition(name, `, ${apposition}`)
  if (joined !== name) return joined
  // a role by an indefinite or definite article ("un residente del barrio", "la propriétaire du café"), a short noun phrase
  return ROLE_APPOSITION.test(apposition) && wordCount(apposition) <= 8 ? `${name}, ${apposition}` : null
}
const ROLE_APPOSITION = /^(?:un|una|el|la|le|l['’]|une)\s\p{Ll}/u
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:[ -](?:(?:de|del|la|le|du|y) )*\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’-]+){1,3}$/u
/** A relative pronoun that can be the subject of its clause. */
const RELATIVE_PRONOUN = /^(?:quien|quienes|el cual|la cual|los cuales|las cuales|qui|lequel|laquelle|lesquels|lesquelles|der|die|welcher|welche|который|которая|которые|кто)$/iu
/** A determiner that opens a noun phrase, in any pack's language. */
const DETERMINER = /(?:^|\s)(?:el|la|los|las|un|una|le|les|l['’]|une?|der|die|das|des|ein|eine|einer)\s/giu
const NAME_AT_END = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u

/** The noun phrase that ends `clause`: from its last determiner (up to 8 words), or a capitalised name. */
function antecedentOf(clause: string, pack: LanguagePack): string | null {
  const text = clause.trimEnd()
  let last = -1
  DETERMINER.lastIndex = 0
  for (let m = DETERMINER.exec(text); m; m = DETERMINER.exec(text)) last = m.index + (m[0].startsWith(' ') ? 1 : 0)
  const np = last >= 0 ? text.slice(last) : null
  const verbs = wordBounded(pack.attribution.verbs)
  const saved = verbs.lastIndex
  verbs.lastIndex = 0
  // a determiner and at most three words ("un hombre", "la portavoz municipal"), or a title and a name ("el periodista Andrés Sánchez")
  const fits = np !== null && (wordCount(np) <= 4 || (wordCount(np) <= 6 && NAME_AT_END.test(np))) && !/[,;:“”"„«»]/u.test(np) && !verbs.test(np)
  verbs.lastIndex = saved
  const name = NAME_AT_END.exec(text)?.[0] ?? null
  // a name at the end wins over a longer stretch that opens with a determiner ("Das berichtete … Max Muster"),
  // unless that stretch is its title ("el periodista Andrés Sánchez")
  if (name && !(fits && wordCount(np!) <= wordCount(name) + 3)) return name
  return fits ? np : name
}

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

/**
 * A subject that is only a quoted title, with its article: "Die „Westbrücker Zeitung“", "«Коммерсантъ»", "« Le Parisien »", or
 * with a body's noun before it (the packs' `titledBodies`: "компания «Ольха-Транс»"); (session 33) a title may be a number
 * after a body's noun ("Telegram-канал «112»").
 */
const QUOTED_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:Ранее|Также|Вчера|Сегодня|Накануне|Позднее|Позже|Zuvor|Bereits|Auch|Ya|Déjà|Earlier)\s+)?((?:(?:[Dd](?:ie|er|as)|[Ll][ae]|[Ee]l)\s+|(?:[\p{L}-]+\s+){0,3}?(?:${packAlternatives((a) => a.titledBodies)})\p{L}*\s+|(?:[\p{L}-]+\s+){0,3}?(?:ООО|АО|ПАО|ОАО|ЗАО)\s+)?[„«"]\s?[\p{Lu}\p{N}][^„“”«»"\n]{1,40}?\s?[“”»"])$`,
  'u',
)

/**
 * The quoted title, or the body's noun before it, follows a preposition: the title stands in a prepositional phrase ("в беседе с
 * телеканалом «360»"), not as the subject. A linking phrase further in front ("При этом Telegram-канал «112» пишет") does not count.
 */
function titledInPhrase(subject: string): boolean {
  const open = subject.search(/[„«"]/u)
  const words = subject.slice(0, Math.max(open, 0)).split(/\s+/u).filter((w) => w !== '')
  return words.slice(-2).some((w) => PREPOSITION_START.test(`${w} `))
}

/** The packs' time adverbs ("в понедельник", "накануне") at the start of a place phrase: a time, not an office. */
const TIME_PLACE = new RegExp(`^(?:${packAlternatives((a) => a.timeAfterVerb)})(?![\\p{L}])`, 'iu')

/** A linking phrase before the subject: "Al respecto,", "Por su parte,", "Pour sa part,", "Dazu". */
const LINKING_FRONT = /^\s*(?:al respecto|por su parte|en ese sentido|en tanto|por otro lado|de su lado|pour sa part|de son côté|à ce sujet|dazu|hierzu|indes)\s*,?\s*/iu

/** A participle front ("Consultado,", "Contacté,", "Interrogée,", "Preguntado por …,"), a name, and an apposition up to the verb. */
const FRONT_NAME_APPOSED = /^\s*\p{Lu}\p{Ll}+(?:ado|ada|ados|adas|ido|ida|é|ée|és|ées|oint|ointe)(?:\s[^,]{0,40})?,\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,3}),(\s[^,;:“”"„«»]{3,120}),\s*$/u
/** A name (two to four capitalised words) and at most three lower-case words closing the sentence: "Bruno Genesio ce jeudi." */
const NAME_CLOSES = /^\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,3})(?:\s+\p{Ll}+){0,3}\s*[.!]?["”»]?\s*$/u

/** Spanish pro-drop: "lo descartó y dijo", "le informó": a clitic and a verb, no subject. */
const CLITIC_ONLY = /^(?!se\s+$)(?:(?:lo|la|los|las|le|les|se|me|nos|te)\s+)+(?:\p{Ll}+\s+(?:y|e)\s*)?$/iu
/** "En ese sentido, cuestionó …", "Además, aseguró …": a linking phrase and no subject. */
const CONNECTOR_ONLY = /^(?:(?:en|por|de|a|con|sin|tras|ante) [\p{Ll} ]{1,30}|además|asimismo|también|luego|después|finalmente|posteriormente|incluso|igualmente|sin embargo|no obstante)\s*,\s*$/iu

function verbCue(sentence: string, masked: string, ctx: AttributionContext, pack: LanguagePack): FoundAttribution | null {
  const verbs = wordBounded(pack.attribution.verbs)
  if (!mayMatch(verbs, masked)) return null
  verbs.lastIndex = 0
  let m: RegExpExecArray | null
  let tries = 0
  const action = pack.attribution.actionFrames
  while ((m = verbs.exec(masked)) && tries++ < 6) {
    if (action?.test(masked.slice(m.index, m.index + 120))) continue
    // (session 28, ruko1) "Отмечается, что …" with nothing before the verb: a speakerless report, left to the pack's speakerless frame
    if (m.index < 25 && pack.attribution.speakerless?.test(masked.slice(0, m.index + m[0].length + 12))) continue
    // "Bisher seien sechs Schwerverletzte bestätigt, sagte …": a participle after a passive auxiliary in its clause reports nothing
    if (pack.attribution.passive) {
      const clauseStart = Math.max(masked.lastIndexOf(',', m.index), masked.lastIndexOf(';', m.index), masked.lastIndexOf(':', m.index)) + 1
      if (pack.attribution.passive.test(masked.slice(clauseStart, m.index + m[0].length))) continue
    }
    const head = masked.slice(0, m.index).trimEnd()
    // "Die „Westbrücker Zeitung“ teilte mit": a quoted title as the whole subject
    // (after a front, "Отвечая на вопрос, представитель компании «Ольха-Транс» сообщил", and before an aside, "… «…» — в понедельник — сообщил")
    const lastComma = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'))
    const titled = QUOTED_SUBJECT.exec(sentence.slice(lastComma + 1, head.length).replace(/\s*\([^()]*\)\s*$/u, '').replace(/\s+[—–][^—–«»]{2,120}[—–]\s*$/u, ''))
    // (session 33) a prepositional phrase is no subject: "в беседе с телеканалом «360» рассказал водитель"
    if (titled && !titledInPhrase(titled[1])) return make(titled[1], m[0].toLowerCase(), ctx)
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
    // "…el periodista Andrés Sánchez, quien dijo que", "Max Muster, der sagte": a relative pronoun's antecedent speaks
    else if (from > 0 && RELATIVE_PRONOUN.test(subject)) subject = antecedentOf(sentence.slice(0, from - 1), pack) ?? subject
    const objectOnly = OBJECT_PRONOUN.test(subject)
    // "El incendio se ha manifestado en la cocina": a reflexive "se" right before the verb makes it middle or passive
    // voice, so the subject is no speaker; "se informó que …" (impersonal, a clause follows) is left to the rule below
    // (an incise ", se informó," is impersonal: it reports)
    if (pack.attribution.proDrop && /[^\s,;:(—–-]\s+se$/iu.test(head) && !/^\s+que\s/iu.test(sentence.slice(afterVerb))) continue
    // "Dijo que ...", "Se añadió que ...", "lo descartó y dijo que ...", "En ese sentido, cuestionó la
    // actitud de …": no subject, so the last source goes on speaking
    if (pack.attribution.proDrop && !/[“”"„«»]/u.test(head)) {
      const bare = head.replace(/,\s*$/, '').trim()
      // "En el escrito indicaron que …": a place or document in front and no subject, so the last source goes on speaking
      const placeOnly = from === 0 && PREPOSITION_START.test(`${bare} `) && wordCount(bare) <= 5 && /^\s+que[\s,]/iu.test(sentence.slice(afterVerb))
      if (placeOnly) return make(pack.attribution.pronouns.singular[0], m[0].toLowerCase(), ctx)
      const impersonal = (IMPERSONAL_SUBJECT.test(bare) || (from > 0 && IMPERSONAL_SUBJECT.test(bare.slice(bare.lastIndexOf(',') + 1).trim()) && CONNECTOR_ONLY.test(`${bare.slice(0, bare.lastIndexOf(',') + 1)} `))) && /^\s+que\s/iu.test(sentence.slice(afterVerb))
      const clitic = from > 0 || head.length < 40 ? CLITIC_ONLY.test(`${sentence.slice(from, head.length).trim()} `) : false
      // after a linking phrase an inverted subject would close the clause: "Además, dijo el alcalde, …"
      const connector = CONNECTOR_ONLY.test(head) && !/^\s+[^,.;:]{1,60}[,.]/u.test(sentence.slice(afterVerb, afterVerb + 70).replace(/\s(?:que|qu['’])\s.*$/su, ''))
      if (impersonal || clitic || connector) return make(pack.attribution.pronouns.singular[0], m[0].toLowerCase(), ctx)
    }
    // "Auf Nachfrage erklärt Corinna Wild, ...": an adverbial in front puts the subject after the verb
    // ("Des sources proches de l'enquête rapportent": a plural indefinite article, not "de les", opens a subject)
    const indefinitePlural = /^des\s/iu.test(subject) && hasSourceWord(subject)
    const adverbialFront = from === 0 && !indefinitePlural && (PREPOSITION_START.test(`${subject} `) || DEMONSTRATIVE.test(subject) || pack.attribution.frontedAdverbs?.test(subject) === true || pack.attribution.frontedObject?.test(subject) === true) && !/[“”"„«»]/u.test(head)
    // (session 28, ruko1) "О том, что …, до этого также рассказывал Иван Петров": only lead words (the pack's speakerLead)
    // between the clause and the verb, so the subject is after it
    const leadOnly = from > 0 && !subject && pack.attribution.speakerLead !== undefined && sentence.slice(from, head.length).trim() !== ''
    if (!head || CLAUSE_DELIMITER.test(last) || last === '-' || last === '»' || objectOnly || adverbialFront || leadOnly) {
      // inverted: "..., sagte der Sprecher." / "«...», - сказал Романцев." / "..., nous dit notre consœur X"
      let speaker = speakerAfter(sentence, afterVerb, pack)
      // "…, сообщили в пресс-службе МВД": the office after the preposition speaks
      const impersonal = pack.attribution.impersonal
      if (impersonal && impersonal.verb.test(m[0]) && impersonal.place.test(speaker)) speaker = stripLead(speaker, pack)
      else if (impersonal?.addressee && impersonal.verb.test(m[0])) {
        // (session 33, ruko6) "…, сообщили OBLVESTI.RU в пресс-службе ГУ МЧС": the outlet told stands before the office (not a time:
        // "сообщили журналистам в понедельник")
        // (read on the text after the verb: an outlet's name may hold a dot, "OBLVESTI.RU", where the span was cut)
        const rest = sentence.slice(afterVerb)
        const lead = rest.length - rest.trimStart().length
        const told = impersonal.addressee.exec(rest.trimStart())
        const place = told ? rest.trimStart().slice(told[0].length) : ''
        if (told && impersonal.place.test(place) && !TIME_PLACE.test(place)) speaker = stripLead(speakerAfter(sentence, afterVerb + lead + told[0].length, pack), pack)
      }
      // "Max Muster, Sprecher der Polizei, bestätigte den Brand": an object after the verb, so the subject is before the comma
      // (only in that frame: "…, sagte dem SWR ein Sprecher" puts a recipient before the inverted subject)
      const object = pack.attribution.objectStart?.test(speaker) === true && APPOSED_SUBJECT.test(head)
      // (session 32) Spanish and French put the subject first: "Miguel Ortega, un residente del barrio, denunció los ruidos", a
      // person's name and its apposition closing the head before the verb are the subject, whatever follows the verb
      const apposedName = !object && (pack.code === 'es' || pack.code === 'fr') && APPOSED_SUBJECT.test(head) ? apposedPerson(head) : null
      if (apposedName) return make(apposedName, m[0].toLowerCase(), ctx)
      if (speaker && !object && wordCount(speaker) <= 16 && !PREPOSITION_START.test(speaker)) {
        const found = make(pronounHead(speaker), m[0].toLowerCase(), ctx)
        found.trailing = /^[^.!?]*[.!?…]?["”»’)]*\s*$/u.test(sentence.slice(afterVerb + speaker.length))
        return found
      }
      // "Consultado, Marcos Olsen, abogado de los dueños que recurrieron, explicó que …": a participle front, then the name and
      // its apposition (a relative clause inside it) before the verb
      const fronted = CLAUSE_DELIMITER.test(last) ? FRONT_NAME_APPOSED.exec(sentence.slice(0, head.length)) : null
      if (fronted) return make(withApposition(fronted[1], sentence.slice(fronted.index + fronted[0].lastIndexOf(fronted[2]) - 1, head.length)), m[0].toLowerCase(), ctx)
      // "Un vecino afectado, comentó: «...»": the subject sits before the comma
      if ((CLAUSE_DELIMITER.test(last) || last === '-') && head.length <= MAX_SPEAKER && !/[“”"„«»]/u.test(head)) {
        // "Der Chefarzt des städtischen Klinikums – am Montag selbst vor Ort – sagte", "el fiscal Germán Dri, -quien lleva la
        // investigación- comentó": a dash aside closing the head is no part of it; nor is a linking phrase before the subject
        // ("Al respecto el presidente del Tribunal Superior, José Ortega, aclaró")
        const core = (/[—–-]/u.test(last) ? sentence.slice(0, head.length - 1).replace(/,?\s*(?:[—–]|-(?=\S))[^—–]{2,120}$/u, '') : sentence.slice(0, head.length - 1))
          .replace(LINKING_FRONT, '')
        const before = pronounHead(stripLead(cleanSpeaker(core.replace(/\s*\([^()]*\)/g, '')), pack))
        // a lone word before the comma is an adverb ("Además,"), not a speaker, unless it is a known name
        const known = wordCount(before) > 1 || ctx.names.has(before)
        if (before && known && wordCount(before) <= 10 && !PREPOSITION_START.test(before)) return make(before, m[0].toLowerCase(), ctx)
        // (session 32) "El concejal de Seguridad del Ayuntamiento de la localidad, Narciso Pérez, comentó que …": an object (a clause)
        // after the verb and a subject with its apposition before it, longer than a lone noun phrase: the two segments are the speaker
        // as an apposition joins them (an office then a name, a name then an office; else the first segment)
        const segments = object ? core.split(/,\s*/u) : []
        if (segments.length === 2 && !PREPOSITION_START.test(`${segments[0].trim()} `)) {
          const apposed = withApposition(segments[0].trim(), `, ${segments[1].trim()}`)
          // (the second segment must read as an apposition and join the first: "Pese a la lluvia, la obra sigue, comentó que" is no subject)
          if (apposed !== segments[0].trim() && wordCount(apposed) <= 16) return make(apposed, m[0].toLowerCase(), ctx)
        }
      }
      continue
    }
    // "… devrait être absent 3-4 mois a confirmé Bruno Genesio ce jeudi.": a whole clause before a compound verb, and a name after
    // it closing the sentence, is the inverted frame with its comma left out
    const nameAfter = (pack.code === 'fr' || pack.code === 'es') && wordCount(subject) >= 6 ? NAME_CLOSES.exec(sentence.slice(afterVerb)) : null
    if (nameAfter) return { ...make(nameAfter[1], m[0].toLowerCase(), ctx), trailing: true }
    if (from === 0 && head.length > MAX_SPEAKER) continue
    // (session 31) "Bürgermeister Hans Keller bittet die Anwohner um Geduld und sagt, …": two verbs joined by a conjunction share the
    // subject of the first conjunct; where the pack marks its noun phrase (German capitalises nouns), that phrase is the speaker
    const coordinated = subject && pack.attribution.nounPhrase && LEADING_CONJUNCTION.test(subject.split(/\s+/).pop() ?? '') ? pack.attribution.nounPhrase.exec(subject) : null
    // (a capitalised adverb opening the sentence, "Erneut ist die Bahn … und weist … zurück", is no noun phrase: two words or a source word)
    if (coordinated && coordinated[0].length < subject.length && wordCount(coordinated[0]) <= 8 && (wordCount(coordinated[0]) >= 2 || hasSourceWord(coordinated[0]))) subject = coordinated[0]
    if (!subject || wordCount(subject) > 12 || /[.!?]\s/.test(subject)) continue
    return make(withApposition(subject, ''), m[0].toLowerCase(), ctx)
  }
  return null
}
