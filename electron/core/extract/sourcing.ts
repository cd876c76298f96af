// Which of DOMAIN.md's seven sourcing types a speaker span suggests. The words come from every
// language pack at once: a Korean article quotes "Reuters", an English one "KCNA".
import { PACKS, wordBounded } from '../lang'
import type { LanguagePack } from '../lang'
import type { NameWords } from '../lang/types'
import type { SourcingType } from '../vocabulary'
import { mayMatch } from './required-literals'
import { PartsUnion, splitAlternation } from './split-alternation'
import { titledNames } from './titled-name'

/** Every pack's pattern of one kind, Unicode-bounded, as one alternation in the packs' order. */
function unionSource(pick: (p: LanguagePack) => RegExp | undefined): string {
  return Object.values(PACKS)
    .map(pick)
    .filter((r): r is RegExp => r !== undefined)
    .map((r) => `(?:${wordBounded(r).source})`)
    .join('|')
}
function union(pick: (p: LanguagePack) => RegExp | undefined): RegExp {
  return new RegExp(unionSource(pick), 'iu')
}
/**
 * The same union's test, kept in parts where it is large: V8 stops optimising a pattern past about 20 KB of source, and
 * the titles (45 KB) and offices (29 KB) unions were the slowest tests of a speaker span (split-alternation.ts). A small
 * union stays one pattern, behind its literal prefilter.
 */
function unionTest(pick: (p: LanguagePack) => RegExp | undefined): (text: string) => boolean {
  const parts = new PartsUnion(splitAlternation(unionSource(pick)), 'iu')
  return (text) => parts.test(text)
}

/** The packs' `names` patterns of one kind as one alternation (each pack's part in the packs' order), for a wider pattern. */
function nameWords(pick: (n: NameWords) => RegExp | undefined): string {
  return Object.values(PACKS)
    .map((p) => (p.names ? pick(p.names) : undefined))
    .filter((r): r is RegExp => r !== undefined)
    .map((r) => `(?:${r.source})`)
    .join('|')
}

// the unions whose matches are read (where, how long), not only whether there is one
const DOCUMENT = union((p) => p.sources.document)
const INSTITUTION = union((p) => p.sources.institution)
const OFFICIAL = union((p) => p.sources.official)
const OFFICIAL_TITLE = union((p) => p.titles.official)
// the same tests, skipped when the text holds none of the literals a match needs (required-literals.ts), in parts where large
const ANONYMOUS_IN = unionTest((p) => p.sources.anonymous)
const MEDIA_IN = unionTest((p) => p.sources.media)
const DOCUMENT_IN = unionTest((p) => p.sources.document)
const INSTITUTION_IN = unionTest((p) => p.sources.institution)
const SINGLE_UNNAMED_IN = unionTest((p) => p.sources.singleUnnamed)
const OFFICIAL_IN = unionTest((p) => p.sources.official)
const OFFICIAL_TITLE_IN = unionTest((p) => p.titles.official)
const NAMED_TITLE_IN = unionTest((p) => p.titles.named)
/** (session 33, lead decision 1) A state agency by its own name is official whatever the name says; case as printed (acronyms). */
const STATE_AGENCY_SOURCE = unionSource((p) => p.titles.stateAgencies)
const STATE_AGENCY = STATE_AGENCY_SOURCE ? new RegExp(STATE_AGENCY_SOURCE, 'u') : null
export function namesStateAgency(text: string): boolean {
  return STATE_AGENCY !== null && STATE_AGENCY.test(text)
}
/** The packs' own reporter or own research ("our correspondent", "notre consœur", "본지", "корреспондент издания"): the outlet speaks. */
const OWN_REPORTER_IN = unionTest((p) => p.attribution.ownReporter)
/** (session 34) A relative or counsel of someone named, as the speaker's head noun ("정 씨 측 변호인", "김씨 가족"): unnamed, whoever the name is. */
const RELATION_HEAD_IN = unionTest((p) => p.attribution.relationHeads)
const PRONOUNS = new Map<string, PronounKind>()
for (const p of Object.values(PACKS)) {
  for (const w of p.attribution.pronouns.singular) PRONOUNS.set(w.toLowerCase(), 'singular')
  for (const w of p.attribution.pronouns.plural) if (!PRONOUNS.has(w.toLowerCase())) PRONOUNS.set(w.toLowerCase(), 'plural')
}
// "sie" is she and they in German: singular unless the verb says otherwise; good enough for a suggestion

/** People who are anonymous only while they are not named: residents, neighbours, witnesses (the packs' `names.weakRoles`). */
const WEAK = nameWords((n) => n.weakRoles)
const WEAK_ANONYMOUS = new RegExp(WEAK, 'iu')
const WEAK_ANONYMOUS_ALL = new RegExp(WEAK, 'giu')
/** "местный житель Леонид", "a neighbour, Nathalie": the role word, then a first name closing the span. */
const WEAK_THEN_FIRST_NAME = new RegExp(`(?:${WEAK}),?\\s+\\p{Lu}\\p{Ll}{2,}$`, 'u')

// linear: two capitalised words in a row (optionally joined by "of", "de" ...), or an acronym
const PROPER_NAME = new RegExp(`(?:^|[\\s(])\\p{Lu}[\\p{Ll}'’]+[ -](?:(?:${nameWords((n) => n.nameConnectors)}) )?\\p{Lu}|(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?![\\p{L}\\p{N}])`, 'u')
// (session 29: a name prefix with a capital after it, "McAllister", "MacLeod", "DeLuca", "LaForge", is one name)
export const SINGLE_NAME = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)?\p{Lu}(?:[\p{Ll}'’-]|(?<=\p{Lu}['’])\p{Lu}){2,}$/u
/** The packs' common given names (their byline lists), lower case: a capitalised word opening a sentence is a person when it is one. */
let GIVEN_NAMES: Set<string> | undefined
export function givenName(word: string): boolean {
  GIVEN_NAMES ??= new Set(Object.values(PACKS).flatMap((p) => p.bylines?.givenNames ?? []))
  return GIVEN_NAMES.has(word.toLowerCase())
}
/** Capitalised words that start sentences or name roles, not people. */
const NOT_A_NAME = new RegExp(nameWords((n) => n.notNames), 'u')
const FIRST_NAME_ROLE = /^\p{Lu}[\p{Ll}'’-]+,\s/u
/** "María López, vecina del edificio", "Petra Vogel, Anwohnerin": a full name, then the role after a comma. */
const FULL_NAME_ROLE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’-]+){1,3},\s/u
// the outlet's own reporting: "has learned", "obtained"; "입수했다" (obtained), "확인했다", "취재" ("데일리NK 취재 결과")
const OUTLET_VERB = /^(?:learned|learnt|has learned|understands|can reveal|obtained|confirmed|found|reported|found out|verified|reviewed|입수했다|확인했다|파악했다|취재)$/i
const OUTLET_NAME =
  /\b(?:NK|News|Times|Post|Reuters|AP|AFP|BBC|CNN|NHK|Yonhap|Kyodo|Bloomberg|Herald|Journal|Daily|Radio|Tribune|Guardian|Press|Telegraph|Monitor|Gazette|Economist|Chosun|JoongAng|Hankyoreh|Spiegel|Zeit|Monde|Figaro|Nikkei|Ilbo|Express|Broadcasting|Magazine|Wire|Tagesschau|Observer|Insider|Voice|RFA|VOA|NYT|Interfax|EFE|dpa|(?:this|the) (?:newspaper|paper|outlet|website|network|publication)|(?:[Dd]ie|[Dd]er|[Dd]as) (?:Zeitung|Tageszeitung|Boulevardzeitung|Blatt|Boulevardblatt|Magazin|Nachrichtenmagazin|Sender|Fernsehsender|Radiosender|Nachrichtenagentur)|(?:[Ee]l|[Ll]a) (?:diario|periódico|rotativo|cadena|emisora|agencia de noticias|televisora)|(?:Fox|FOX|NBC|ABC|CBS|CW|News|Channel|KSL|WGN)\s?\d{1,2}|(?!KCNA\b|WIPO\b)[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?|NBC|ABC|CBS|NPR|PBS|MSNBC|CNBC|Fox News|Newsweek|Politico|Axios|TMZ)\b|L['’]Est [ée]clair|Le Parisien|Ouest-France|La Dépêche|La Provence|Le Progrès|Le Télégramme|Midi Libre|Nice-Matin|Sud Ouest|Libération|France Bleu|France 3|franceinfo|BFMTV|Europe 1|20 Minutes|Le Dauphiné|La Voix du Nord|La Nouvelle République|데일리\s?NK|연합뉴스|뉴욕타임즈|매체|신문|[가-힣]{1,6}(?:일보|뉴스|방송|통신)(?![가-힣])|(?<![\p{L}])(?:ИНТЕРФАКС|Интерфакс\p{L}*|ТАСС|РИА Новости|РБК|РЕН ТВ|НТВ|Коммерсант\p{L}*|«Ъ»|Известия|Ведомост\p{L}+|Газет\p{L}+|(?:Telegram|телеграм|Телеграм)-канал\p{L}*|газет(?:а|ы|е|у|ой)|издани(?:е|я|ю|ем)|телеканал(?:а|е|у|ом)?)(?![\p{L}])/u
// (session 33, ruko6) a title may open with a digit: "— утверждает «112»" (a channel)
const QUOTED_TITLE = /[„«“"]\s?[\p{Lu}\p{N}][^„«“”"».!?,:;]{0,40}[“”"»]/u
/** (session 32) A capitalised title whose opening mark is in the span and whose closing mark is not: the span ends with the title. */
const QUOTED_TITLE_OPEN = /[„«“"]\s?\p{Lu}[^„«“”"».!?,:;]{0,40}$/u
const OWN_FINDING_VERB = /^(?:learned|learnt|has learned|understands|can reveal|obtained|found out|verified|reviewed|입수했다|확인했다|파악했다|취재)$/i

export type PronounKind = 'singular' | 'plural'

/**
 * A pronoun in the object or stressed form stands for its speaker as the subject form does: "according to him", "selon
 * lui", "Ihm zufolge", "по словам него" (the cue's case, not a new person).
 */
const OBJECT_PRONOUNS = new Map<string, PronounKind>([
  ['him', 'singular'], ['her', 'singular'], ['them', 'plural'], ['us', 'plural'],
  ['lui', 'singular'], ['eux', 'plural'],
  ['ihm', 'singular'], ['ihr', 'singular'], ['ihnen', 'plural'],
  ['него', 'singular'], ['неё', 'singular'], ['нее', 'singular'], ['них', 'plural'],
])

export function pronounKind(speaker: string): PronounKind | null {
  const word = speaker.trim().toLowerCase()
  return PRONOUNS.get(word) ?? OBJECT_PRONOUNS.get(word) ?? null
}

/** True when the name looks like a news outlet ("Daily NK", "Reuters", "The Korea Herald"). */
export function looksLikeOutlet(name: string): boolean {
  return OUTLET_NAME.test(name)
}

/** "la Benemérita en un comunicado", "police in a statement": the office speaks through its document (a police report stays a document). */
function officeThroughDocument(speaker: string): boolean {
  const office = OFFICIAL.exec(speaker)
  const doc = office ? DOCUMENT.exec(speaker) : null
  return office !== null && doc !== null && office.index < doc.index && /\s(?:en|in|via|through|mediante|a través de|con|dans|par|in einer|per)\s/iu.test(speaker.slice(office.index, doc.index))
}

const SOURCE_WORD_TESTS = [ANONYMOUS_IN, namesStateAgency, OFFICIAL_IN, OFFICIAL_TITLE_IN, NAMED_TITLE_IN, INSTITUTION_IN, MEDIA_IN, DOCUMENT_IN, (t: string) => WEAK_ANONYMOUS.test(t), (t: string) => OUTLET_NAME.test(t)]

/** True when a speaker span holds any word that names a kind of source (an office, a title, a resident, an outlet …). */
export function hasSourceWord(speaker: string): boolean {
  return SOURCE_WORD_TESTS.some((test) => test(speaker)) || pronounKind(speaker) !== null
}

/** A name introduced earlier decides: "Martinez" or "M. Regnault de la Mothe" after the full name. */
function knownName(speaker: string, names: Map<string, SourcingType>): SourcingType | undefined {
  const words = speaker.match(/\p{Lu}[\p{L}'’-]+/gu)
  if (!words || words.length > 4 || speaker.length > 60) return undefined
  for (const w of words) {
    const type = names.get(w) ?? inflectedName(w, names)
    if (type) return type
  }
  return undefined
}

const CYRILLIC_WORD = /^[\u0400-\u04FF]{4,}$/u

/** A genitive or possessive s: "nach Lehmanns Angaben", "nach Angaben Webers", "Martinez's account" are the names met before. */
const GENITIVE_S = /^(\p{Lu}\p{Ll}{2,})(?:['’]?s)$/u

/** Russian declines names: "по словам Петрова", "Петрову" are the "Петров" met before (stems of four letters or more). */
function inflectedName(word: string, names: Map<string, SourcingType>): SourcingType | undefined {
  const genitive = GENITIVE_S.exec(word)
  if (genitive) return names.get(genitive[1])
  if (!CYRILLIC_WORD.test(word)) return undefined
  // the longest stem wins: "Иванова" is "Иванов", not "Иван"
  let best: { length: number; type: SourcingType } | undefined
  for (const [name, type] of names) {
    if (!CYRILLIC_WORD.test(name)) continue
    const stem = name.replace(/[аяйоеыиь]$/u, '')
    if (stem.length >= 4 && word.startsWith(stem) && word.length - stem.length <= 2 && stem.length > (best?.length ?? 0)) best = { length: stem.length, type }
  }
  return best?.type
}

/**
 * `names` holds words of people already named in the article, so "Kim said" after
 * "Kim Tae-hyun, a researcher, ..." is recognised as the named source.
 */
/** The institution word stands inside an office's name ("пресс-центр МВД России"): the office speaks. */
function institutionInOffice(speaker: string): boolean {
  const office = OFFICIAL_IN(speaker) ? OFFICIAL.exec(speaker) : null
  const institution = office ? INSTITUTION.exec(speaker) : null
  return office !== null && institution !== null && institution.index >= office.index && institution.index < office.index + office[0].length
}

/** "a report from the Eureka Times-Standard", "CNN's report", "un reportage de France 3", "ein Bericht des „Südkurier“": an outlet's own report. */
const REPORT_OF = /\b(?:report|story|article|broadcast|reporting|reportage|Bericht|informe|reportaje|artículo|article|сюжет\p{L}*|материал\p{L}*|публикаци\p{L}*)\s+(?:from|by|in|on|of|des|der|von|vom|im|de|del|du|de la|de l['’]|d['’])\s+(.{2,80})$/iu
function outletsReport(speaker: string): boolean {
  const of = REPORT_OF.exec(speaker)
  const owner = of ? of[1] : /^(.{2,60}?)['’]s\s+(?:report|story|article|reporting)\b/u.exec(speaker)?.[1]
  return owner !== undefined && (OUTLET_NAME.test(owner) || QUOTED_TITLE.test(owner))
}

/** A press release or statement of a body: "el comunicado del ayuntamiento", "la nota de la Policía", "la Mitteilung der Stadt". */
const RELEASE_WORD = /(?:comunicado|nota (?:de prensa|informativa)|communiqué|Mitteilung|Pressemitteilung|release|statement)/iu
/** (session 34) A release word closing an English noun phrase, its owner before it ("the Nebraska DHHS press release"): group 1 the owner. */
const RELEASE_AFTER_OWNER = /^(?:the\s+)?(.{2,60}?)(?:['’]s)?\s+(?:(?:news|press)\s+)?(?:release|statement)$/iu
/** An office's initials met before, standing in an owner's words ("Nebraska DHHS"). */
function ownerInitials(owner: string, names?: Map<string, SourcingType>): boolean {
  if (!names) return false
  for (const word of owner.split(/\s+/u)) if (/^\p{Lu}{2,6}$/u.test(word) && names.get(`acro:${word.toLowerCase()}`) === 'official') return true
  return false
}
const RELEASE_OF = /^(?:(?:el|la|un|una|le|l['’]|un|une|die|der|eine|the|a)\s+)?(?:comunicado|nota (?:de prensa|informativa)|communiqué|Mitteilung|Pressemitteilung|(?:news |press )?release|statement)\s+(?:del?|de la|de l['’]|du|des|der|des|von|vom|from|by|of)\s/iu

/** A Korean report's stand-in letter for a withheld name ("A씨", "A(33)씨", "50대 B 씨"): an unnamed person, not a name. */
const KO_PLACEHOLDER = /(?<![\p{L}\p{N}])[A-Z](?:\s?\(\d{1,3}[^()]{0,6}\))?\s?씨/u
/** "X со ссылкой на Y", "X citing Y", "citando a", "unter Berufung auf", "en citant": the relayed source Y is the one who says it. */
const RELAYED_SOURCE = /(?:^|\s)(?:со ссылкой на|citing|quoting|citando a|citando al|unter Berufung auf|en citant|citant)\s+(\S.*)$/iu

/** A spokesperson or representative and the employer they speak for ("of/for/de/der …", a Russian genitive, an English possessive). */
const SPOKES_FOR = /^(?:(?:a|an|the|one|un|une|le|la|el|ein|eine|der|die)\s+)?(?:spokes(?:man|woman|person)|representative|press officer|portavoz|vocer[oa]|representante|porte-parole|représentante?|Sprecher(?:in)?|Vertreter(?:in)?|Pressesprecher(?:in)?)\s+(?:(?:for|of|from|at|with|de la|de|del|du|des|der|von|vom)\s+|de l['’]|d['’])(.{2,80})$|^(?:представител\p{L}*|пресс-секретар\p{L}*)\s+((?:компани|фирм|корпораци|концерн)\p{L}*.{0,80})$/iu
const SPOKES_OF_POSSESSIVE = /^(.{2,60}?)['’]s\s+(?:spokes(?:man|woman|person)|representative|press officer)$/iu
/**
 * (session 35, src14) Unnamed members of an employer: "officials with the clinic", "union officials", "los trabajadores de la empresa",
 * "les responsables de la clinique", "Mitarbeiter der Firma". README s34: an organisation the text identifies is `named`, its unnamed
 * members are `anon` (a spokesperson speaks for the body and stays with SPOKES_FOR). The words are each pack's `attribution.membersOf`.
 */
let MEMBERS_OF: RegExp[] | undefined
function membersOf(plain: string): RegExpExecArray | null {
  MEMBERS_OF ??= Object.values(PACKS).flatMap((p) => p.attribution.membersOf ?? [])
  for (const pattern of MEMBERS_OF) {
    const m = pattern.exec(plain)
    if (m) return m
  }
  return null
}

/** A private company by its kind ("the company", "la empresa", "Firma", "компании", "㈜") or its Korean suffix ("해솔물산 대변인"). */
const COMPANY = /(?<![\p{L}])(?:company|firm|corporation|Ltd|Inc|LLC|plc|empresa|compañía|sociedad|entreprise|société|Firma|Unternehmens?|Konzerns?|компани\p{L}*|фирм\p{L}*|корпораци\p{L}*|концерн\p{L}*|ООО|ОАО|ПАО)(?![\p{L}])/iu
const KO_COMPANY_SPOKES = /(?:물산|전자|건설|그룹|산업|증권|보험|통신|항공|제약|상사|회사|㈜|\(주\))\s?(?:대변인|관계자|측|홍보팀|홍보실)/u

/** A job held at an employer ("chief medical officer for …", "meteoróloga de …", "Meteorologin der …", "синоптик частного центра …"). */
const JOB_AT = /(?<![\p{L}])(?:chief|head|director|manager|officer|doctor|physician|forecaster|meteorologist|analyst|médic[oa]|director[a]?|jef[ea]|gerente|meteorólog[oa]|directeur|directrice|médecin|prévisionniste|météorologue|Chefarzt|Chefärztin|Arzt|Ärztin|Direktor(?:in)?|Leiter(?:in)?|Meteorolog(?:e|in)|врач\p{L}*|директор\p{L}*|руководител\p{L}*|синоптик\p{L}*)(?![\p{L}])[^,;:]{0,30}?\s(?:for|at|with|of|de la|de l['’]|del|de|du|des|der|des|bei|beim|am)\s+([^,;:]{2,80})$/iu
/** A private employer by its kind or its own word for itself ("the private …", "the … network", "GmbH", "частного центра"). */
const PRIVATE_EMPLOYER = /(?<![\p{L}])(?:private|privately|privad[oa]s?|privée?s?|privat\p{L}*|частн\p{L}+|network|group|holdings?|GmbH|AG|S\.A\.|S\.L\.|SAS|SARL|club|FC|Verein\p{L}*|клуб\p{L}*)(?![\p{L}])|민간/iu

function employerIsPrivate(speaker: string, cue: string, knownOutlet: string | null): boolean {
  if (KO_COMPANY_SPOKES.test(speaker)) return true
  // "Lena Hart, chief medical officer for the private Alder Health network": the employer's kind decides, not the word "officer"
  const job = JOB_AT.exec(speaker)
  if (job && !OFFICIAL_IN(job[1]) && (PRIVATE_EMPLOYER.test(job[1]) || COMPANY.test(job[1]))) return true
  const m = SPOKES_FOR.exec(speaker) ?? SPOKES_OF_POSSESSIVE.exec(speaker)
  const employer = m ? m[1] ?? m[2] : undefined
  return employer !== undefined && privateBody(employer, cue, knownOutlet)
}

/** An employer that is a private body: no office, no title, no state agency; a company by its kind or a body read as `named`. */
function privateBody(employer: string, cue: string, knownOutlet: string | null): boolean {
  if (OFFICIAL_IN(employer) || OFFICIAL_TITLE_IN(employer) || namesStateAgency(employer)) return false
  // (asked without the names met before: the employer's words were remembered with the spokesperson's own type)
  return COMPANY.test(employer) || PRIVATE_EMPLOYER.test(employer) || classifySpeaker(employer, cue, knownOutlet) === 'named-source'
}

export function classifySpeaker(speaker: string, cue: string, knownOutlet: string | null, names?: Map<string, SourcingType>, opensSentence = false): SourcingType {
  // README: a claim resting on a source that an outlet relays is that source's ("citing a source" is anon, a relayed mayor official)
  const relayed = RELAYED_SOURCE.exec(speaker)
  if (relayed && relayed.index > 0) return classifySpeaker(relayed[1], cue, knownOutlet, names)
  if (KO_PLACEHOLDER.test(speaker) && !OFFICIAL_TITLE_IN(speaker)) return 'anonymous-source'
  // (session 34, ruko7) the head of the noun phrase speaks: "정 씨 측 변호인" is the defence counsel, unnamed (README: an unnamed person
  // is anon), not 정 씨 named before the head
  if (RELATION_HEAD_IN(speaker.trim()) && !OFFICIAL_TITLE_IN(speaker)) return 'anonymous-source'
  // session 28: "the agency", "la entidad", "l'organisme" stand for the body met last; "the club", "der Verein" are private
  const plain = speaker.trim()
  if (PRIVATE_BODY_NOUN.test(plain)) return 'named-source'
  if (names && BODY_NOUN.test(plain)) {
    const body = lastBody(names)
    if (body) return body
  }
  // "the NWS", "la DGT", "laut LfU": an office's initials after its full name met before
  const acronym = names ? ACRONYM_SPEAKER.exec(plain) : null
  if (acronym && names!.get(`acro:${acronym[1].toLowerCase()}`)) return names!.get(`acro:${acronym[1].toLowerCase()}`)!
  // (session 31) "Erin Hale with the DEQ", "Pierre Roux de la DDT": a person named with an office's initials met before speaks for it
  const initialsLast = names && !acronym ? TRAILING_INITIALS.exec(plain) : null
  if (initialsLast && plain.split(/\s+/).length <= 10 && names!.get(`acro:${initialsLast[1].toLowerCase()}`) === 'official') return 'official'
  // "recoge el comunicado del ayuntamiento", "the release from the county": an office's release is the office speaking (README)
  if (RELEASE_OF.test(plain) && OFFICIAL_IN(plain.replace(RELEASE_WORD, ' '))) return 'official'
  // (session 34) the owner before the release word, as English compounds it: "the Nebraska DHHS press release", "the sheriff's office
  // news release", "the county's statement": an office, or the initials of one met before, owns it
  const ownerFirst = RELEASE_AFTER_OWNER.exec(plain)
  if (ownerFirst && (OFFICIAL_IN(ownerFirst[1]) || namesStateAgency(ownerFirst[1]) || ownerInitials(ownerFirst[1], names))) return 'official'
  const aged = agedSpeaker(speaker, names)
  if (aged) return aged
  // the title union is large and asked up to three times below: once is enough
  let hasTitle: boolean | undefined
  const titled = () => (hasTitle ??= OFFICIAL_TITLE_IN(speaker))
  // "Uno de los vecinos, Gabino Mamani": a resident who is named is a named source; a "source" never is
  const weakOnly = WEAK_ANONYMOUS.test(speaker) && !ANONYMOUS_IN(speaker.replace(WEAK_ANONYMOUS_ALL, ' '))
  if (weakOnly && (PROPER_NAME.test(speaker.replace(/^\p{Lu}\p{Ll}*\s/u, ' ')) || FIRST_NAME_ROLE.test(speaker) || FULL_NAME_ROLE.test(speaker) || NAMED_TITLE_IN(speaker) || WEAK_THEN_FIRST_NAME.test(speaker))) return 'named-source'
  if (ANONYMOUS_IN(speaker)) return 'anonymous-source'
  // a title of office in the span itself outranks what an earlier mention of one of its words said
  // (session 31) …and so does an office as the span's head noun: "Die Hamburger Verkehrsbehörde" after "Die Hamburger Elternkammer"
  // (named) is the office, not the adjective's earlier owner
  const agency = namesStateAgency(speaker)
  const known = names && !titled() && !agency && !officeHead(speaker) ? knownName(speaker, names) : undefined
  if (known) return known
  if (MEDIA_IN(speaker) || MEDIA_IN(cue)) return 'media'
  if (OWN_REPORTER_IN(speaker)) return 'outlet'
  // "a report from the Eureka Times-Standard", "un reportage de France 3": an outlet's report is the outlet cited (named)
  // (session 33, lead decision s28) an inquiry's provisional findings with the office in the span are the office's, not a document:
  // "les premiers éléments de l'enquête de gendarmerie", "las primeras investigaciones de la Guardia Civil"
  const findings = PROVISIONAL_FINDINGS_START?.exec(plain)
  if (findings && (OFFICIAL_IN(plain.slice(findings[0].length)) || namesStateAgency(plain.slice(findings[0].length)))) return 'official'
  if (DOCUMENT_IN(speaker) && !titled() && !officeThroughDocument(speaker) && !outletsReport(speaker) && !documentWordInName(speaker)) return 'document'
  const ownOutlet = knownOutlet !== null && speaker.includes(knownOutlet)
  const isOutletName = ownOutlet || OUTLET_NAME.test(speaker)
  // the article's own outlet reporting is `outlet`; another outlet that "reported" or "confirmed" is a named source
  // ("…, CBS Miami television reported."): only verbs of finding out ("has learned", "obtained") make any outlet its own reporter
  if (isOutletName && OUTLET_VERB.test(cue) && (ownOutlet || OWN_FINDING_VERB.test(cue))) return 'outlet'
  // a title of office makes the holder's words official: "Mayor Ana Diaz", "le maire", "대변인"
  // "a spokeswoman for Alder Freight", "el portavoz de la empresa X", "представитель компании": a spokesperson speaks for the
  // employer, and a private company is named (README: a named private organisation is `named`); an office's spokesperson stays official
  // (session 35, src14) unnamed members of a private body: "officials with the clinic", "a union representative" (README s34)
  const members = membersOf(plain)
  if (members && (members[2] !== undefined || privateBody(members[1], cue, knownOutlet))) return 'anonymous-source'
  if (employerIsPrivate(speaker, cue, knownOutlet)) return 'named-source'
  // (session 33, lead decision 1) "das Robert Koch-Institut", "l'Insee", "the Centers for Disease Control": a state agency by its
  // name, before the institution words ("Institut", "Center") and the proper-name shape would make it a named private body
  if (agency || titled()) return 'official'
  // "the Korea Institute for National Unification" is named; "an analyst", "experts" are not
  // (an institution word inside an office's own name, "пресс-центр МВД", is the office's)
  // (session 33) French elides the article before a vowel: "l’Institut Pasteur", "d’Institut Curie" are names as "the Institut" is
  // (session 33, ruko6) …and a body's noun with its quoted name ("Компания «Ольха-Транс»") is that body, named
  if (INSTITUTION_IN(speaker) && !institutionInOffice(speaker)) return PROPER_NAME.test(speaker.replace(ELIDED_ARTICLE, '$1')) || NAMED_TITLE_IN(speaker) || QUOTED_TITLE.test(speaker) ? 'named-source' : 'anonymous-source'
  if (SINGLE_UNNAMED_IN(speaker)) return 'anonymous-source'
  if (OFFICIAL_IN(speaker)) return 'official'
  if (isOutletName) return 'named-source'
  // a capitalised title in quotes ("der „Südkurier“", «Вечерний город»): a newspaper, a broadcaster, an organisation
  // (session 32) …also when the span stops at the closing mark: 'berichten die "Lübecker Nachrichten"' leaves 'die "Lübecker Nachrichten'
  if (QUOTED_TITLE.test(speaker) || QUOTED_TITLE_OPEN.test(speaker)) return 'named-source'
  if (NAMED_TITLE_IN(speaker)) return 'named-source'
  // session 28: German capitalises every noun, so an article and a noun ("Der Angeklagte", "die Verteidigerin", "ein
  // Gutachter") is a person by role, unnamed, not a name (a title, an office, an outlet or a name met before was decided above)
  if (GERMAN_ARTICLE_NOUN.test(speaker.trim())) return 'anonymous-source'
  // (session 34, ruko7) French elides the article before a vowel: "selon L'Est Républicain", "relate L’Écho de la Presqu’île" are
  // names as "selon Le Parisien" is (the institution words had this since session 33)
  const bare = speaker.replace(/^(?:The|A|An)\s/, '').replace(ELIDED_ARTICLE, '$1')
  if (PROPER_NAME.test(bare)) return 'named-source'
  // a surname alone: '"The roof gave way," Martinez said.' Opening the sentence, a capital says
  // nothing ("Задержанный сообщил", "Spezialkräfte sagten"): only a name met before counts there
  // (session 29, ruko2) …but a common given name is a person there too: "Александр рассказал", "Guy affirme", "Liliana aseguró"
  if (SINGLE_NAME.test(bare) && !NOT_A_NAME.test(bare) && (!opensSentence || givenName(bare))) return 'named-source'
  // a first name and a role: "Ramón, comerciante del sector"
  if (FIRST_NAME_ROLE.test(speaker) && !NOT_A_NAME.test(speaker.split(',')[0])) return 'named-source'
  // an unnamed person or group ("workers", "residents", "one defector")
  return 'anonymous-source'
}

/** (session 33) The packs' provisional findings ("les premiers éléments de l'enquête", "las primeras investigaciones") opening a span. */
const FINDINGS_SOURCE = Object.values(PACKS)
  .map((p) => p.attribution.provisionalFindings)
  .filter((r): r is RegExp => r !== undefined)
  .map((r) => `(?:${r.source})`)
  .join('|')
const PROVISIONAL_FINDINGS_START = FINDINGS_SOURCE ? new RegExp(`^(?:${FINDINGS_SOURCE})`, 'iu') : null

/** (session 33) The French elided article before a capital: "l’Institut Pasteur" reads as "Institut Pasteur". */
const ELIDED_ARTICLE = /(^|\s)[LlDd]['’](?=\p{Lu})/u
/**
 * (session 33) A document word that is part of a body's own name is no document: "the Pew Research Center", "el Instituto Nacional
 * de Estadística", "the Bureau of Labor Statistics" (a state agency by name, or capitalised words ending in an institution word).
 * "die Daten des RKI", "a study by the CDC" keep the document: the word stands outside the name.
 */
function documentWordInName(speaker: string): boolean {
  const doc = DOCUMENT.exec(speaker)
  if (!doc) return false
  const agency = STATE_AGENCY?.exec(speaker)
  if (agency && agency.index <= doc.index && doc.index + doc[0].length <= agency.index + agency[0].length) return true
  if (!/^\p{Lu}/u.test(doc[0])) return false
  const rest = speaker.slice(doc.index + doc[0].length)
  const institution = INSTITUTION.exec(rest)
  return institution !== null && /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+$/u.test(rest.slice(0, institution.index) + ' ') && /^\p{Lu}/u.test(institution[0])
}

/** An office's initials closing a speaker span: "Erin Hale with the DEQ" (group 1: the initials). */
const TRAILING_INITIALS = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})\s*$/u

/** The span's last word is an office noun ("Die Hamburger Verkehrsbehörde", "Bernd Keller vom Flurbereinigungsamt"). */
function officeHead(speaker: string): boolean {
  // the last run of letters and hyphens and the white space after it (what /[\p{L}-]+\s*$/u finds, read from the end: the
  // regex tried every position of the span)
  let end = speaker.length
  while (end > 0 && /\s/u.test(speaker[end - 1])) end--
  let start = end
  for (;;) {
    // (a letter outside the BMP is two code units)
    const w = start > 1 && /[\uDC00-\uDFFF]/u.test(speaker[start - 1]) && /[\uD800-\uDBFF]/u.test(speaker[start - 2]) ? 2 : 1
    if (start < w || !LETTER_OR_HYPHEN.test(speaker.slice(start - w, start))) break
    start -= w
  }
  return start < end && OFFICIAL_IN(speaker.slice(start))
}
const LETTER_OR_HYPHEN = /^[\p{L}-]$/u

/** A German article, at most two lower-case words (an adjective, an age) and one capitalised noun: a role, not a name. */
const GERMAN_ARTICLE_NOUN = /^(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[mnrs]?)?)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}\p{Lu}\p{Ll}+$/u

const NAME_THEN_COMMA = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:(?:le|la|l['’]|der|die|el|the|a|an|un|une|un[ae]?)\s+)?/gu
/** A title right at the start (sticky): the same verdict as "the first title found starts at 0", without searching on. */
const OFFICIAL_TITLE_AT_START = new RegExp(OFFICIAL_TITLE.source, 'iuy')
const CAPITAL_PAIR = /\p{Lu}\p{Ll}+\s+(?:\p{Ll}+\s+)?\p{Lu}/u
/** carry asks introducedNames and then personSurnames of the same sentence: the scan for a capital pair is made once. */
let pairText = ''
let pairVerdict = false
function hasCapitalPair(head: string): boolean {
  if (head !== pairText) {
    pairText = head
    pairVerdict = CAPITAL_PAIR.test(head)
  }
  return pairVerdict
}

/**
 * Names the text introduces with an office, before or after them: "el alcalde Julio Alicea
 * Vasallo", "Police Chief Mike Arnold", "Corinna Wild, Pressesprecherin". Each word of the name
 * maps to "official", so the surname alone later ("Santana dijo") keeps the office.
 */
export function introducedNames(sentence: string): [string, SourcingType][] {
  const head = sentence.length > 1500 ? sentence.slice(0, 1500) : sentence
  const out: [string, SourcingType][] = bodyMentions(head)
  if (!hasCapitalPair(head)) return out
  const add = (name: string) => {
    for (const word of name.split(/\s+/)) if (/^\p{Lu}/u.test(word) && !NOT_A_NAME.test(word)) out.push([word, 'official'])
  }
  for (const name of titledNames(head)) add(name)
  // "Petra Vogel (34)", "Peter Brandt, 54,", "der 34-jährige Peter Brandt", "Ana López, de 34 años": a later "der 34-Jährige",
  // "the 34-year-old", "la joven de 34 años" is that person (official when the name came with an office)
  const titled = new Set(out.map(([w]) => w))
  for (const [age, name] of agedNames(head)) out.push([`age:${age}`, name.split(/\s+/).some((w) => titled.has(w)) ? 'official' : 'named-source'])
  // a name followed by a title of office needs a title somewhere in the sentence: one literal pass rules most sentences out
  if (!mayMatch(OFFICIAL_TITLE, head)) return out
  NAME_THEN_COMMA.lastIndex = 0
  for (let m = NAME_THEN_COMMA.exec(head); m; m = NAME_THEN_COMMA.exec(head)) {
    const rest = head.slice(m.index + m[0].length, m.index + m[0].length + 60)
    OFFICIAL_TITLE_AT_START.lastIndex = 0
    // (a job at a private employer is no office: "Lena Hart, chief medical officer for the private Alder Health network")
    if (OFFICIAL_TITLE_AT_START.test(rest) && !employerIsPrivate(rest.split(/[,;:.!?]/)[0], '', null)) add(m[1])
  }
  return out
}

/**
 * Session 28: the heads of a body's name in any pack's language ("the health department", "el Ministerio de …", "Météo-France",
 * "das Landesinstitut für …", "le centre hospitalier", "el club Aliso", "der SV Erlenbach"), where a later generic noun for
 * a body ("the agency", "la institución", "la entidad", "l'organisme", "l'établissement", "das Institut") points back to.
 */
const BODY_HEAD = new RegExp(`(?<![\\p{L}])(?:${nameWords((n) => n.bodyHeads)})(?![\\p{L}])`, 'gu')
/** A generic noun for a body, pointing back to the body met last ("the agency said", "explicó la entidad", "ajoute l'organisme"). */
const BODY_NOUN = new RegExp(`^(?:${nameWords((n) => n.bodyNouns)})$`, 'iu')
/** A private body by its generic noun: "the club", "der Verein", "l'association" (README: a club is `named`). */
const PRIVATE_BODY_NOUN = new RegExp(`^(?:${nameWords((n) => n.privateBodyNouns)})$`, 'iu')
/** Function words skipped when a body's initials are formed ("Department of Health and Mental Hygiene" is DHMH). */
const INITIALS_SKIP = new RegExp(`^(?:${nameWords((n) => n.initialsSkip)})$`, 'iu')
/** An acronym standing alone as a speaker, with its article: "the NWS", "la DGT", "LfU". */
const ACRONYM_SPEAKER = /^(?:(?:the|la|el|le|l['’]|die|der|das)\s*)?(\p{Lu}[\p{Lu}\p{Ll}]{1,5})$/u
let bodyCount = 0

/** Bodies the sentence names, in reading order, as `body:<n>` entries, and the initials of those that are offices as `acro:<initials>`. */
function bodyMentions(sentence: string): [string, SourcingType][] {
  const out: [string, SourcingType][] = []
  // most sentences name no body: one literal pass rules the union out before the engine tries it at every position
  if (!mayMatch(BODY_HEAD, sentence)) return out
  BODY_HEAD.lastIndex = 0
  for (let m = BODY_HEAD.exec(sentence); m; m = BODY_HEAD.exec(sentence)) {
    // the body's name: from the capitalised word that opens it (up to three words before the head) to the head and what follows it
    const before = sentence.slice(Math.max(0, m.index - 40), m.index).split(/\s+/)
    let start = m.index
    for (let k = before.length - 1, taken = 0; k >= 0 && taken < 3; k--) {
      const w = before[k]
      if (!w) continue
      if (/^\p{Lu}/u.test(w) && !/[.,;:!?]$/u.test(w) && !NOT_A_NAME.test(w) && !INITIALS_SKIP.test(w)) start -= w.length + 1
      else break
      taken++
    }
    const tail = sentence.slice(m.index + m[0].length).match(/^(?:\s+(?:(?:of|and|for|de|del|la|las|los|y|des|du|et|für|und|der|die|des)\s+|d['’]|l['’])*\p{Lu}[\p{L}'’-]*)*/u)?.[0] ?? ''
    const name = sentence.slice(Math.max(0, start), m.index + m[0].length + tail.length).trim()
    const kind = sentence.slice(m.index, m.index + m[0].length + 30)
    const type: SourcingType | null =
      PRIVATE_EMPLOYER.test(kind.slice(0, m[0].length + 1)) || COMPANY.test(m[0]) || /^(?:[Aa]sociación|[Aa]ssociation)$/u.test(m[0])
        ? 'named-source'
        : OFFICIAL_IN(name) || OFFICIAL_TITLE_IN(name) || OFFICIAL_IN(kind) || /^(?:Landes|Bundes|Staats)\p{Ll}|^(?:Dirección General|Direction (?:générale|départementale|régionale|interministérielle)|Direktion)/u.test(name.slice(name.indexOf(m[0])))
          ? 'official'
          : null
    if (!type) continue
    out.push([`body:${bodyCount++}`, type])
    if (type !== 'official') continue
    // "National Weather Service" → NWS, "Dirección General de Tráfico" → DGT, "Landesamt für Umwelt" → LfU (with "für"), "LU"
    // (and from the head on: "Maryland Department of Health and Mental Hygiene" is also DHMH)
    for (const from of [name, name.slice(Math.max(0, name.indexOf(m[0])))]) {
      const words = from.replace(/[()]/g, ' ').split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w))
      const all = words.map((w) => w.charAt(0)).join('')
      const content = words.filter((w) => !INITIALS_SKIP.test(w)).map((w) => w.charAt(0)).join('')
      for (const initials of new Set([all, content])) if (initials.length >= 2) out.push([`acro:${initials.toLowerCase()}`, 'official'])
    }
  }
  return out
}

/** The body met last, from the `body:` entries introducedNames left in `names` (in reading order). */
function lastBody(names: Map<string, SourcingType>): SourcingType | undefined {
  let found: SourcingType | undefined
  for (const [key, type] of names) if (key.startsWith('body:')) found = type
  return found
}

const PERSON = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}`
const AGED_NAME = new RegExp(
  String.raw`(${PERSON})\s?\((\d{1,3})(?:\s?(?:${nameWords((n) => n.ageInBrackets)}))?\)|(${PERSON}),\s(?:${nameWords((n) => n.ageAfterCommaBefore)})?(\d{1,3})(?:\s(?:${nameWords((n) => n.ageAfterComma)}))?,|(\d{1,3})-(?:${nameWords((n) => n.ageAdjectives)})\s(${PERSON})`,
  'gu',
)

/** People the sentence names with their age: [age, name]. */
function agedNames(text: string): [string, string][] {
  if (!/\d/.test(text)) return []
  const out: [string, string][] = []
  AGED_NAME.lastIndex = 0
  for (let m = AGED_NAME.exec(text); m; m = AGED_NAME.exec(text)) {
    const name = m[1] ?? m[3] ?? m[6]
    const age = m[2] ?? m[4] ?? m[5]
    if (!hasFunctionWord(name)) out.push([age, name])
  }
  return out
}

/** "der 34-Jährige", "the 34-year-old", "el joven de 34 años", "le quadragénaire de 34 ans", "34-летний": a person by age. */
const AGE_NOUN = new RegExp(`^(?:${nameWords((n) => n.ageNouns)})$`, 'iu')

/** The person an age stands for, when the text named one with that age before; otherwise an unnamed person. */
function agedSpeaker(speaker: string, names?: Map<string, SourcingType>): SourcingType | null {
  const m = AGE_NOUN.exec(speaker.trim())
  if (!m) return null
  // each pack's pattern holds the age in its one group
  const age = m.slice(1).find((g) => g !== undefined)
  return names?.get(`age:${age}`) ?? 'anonymous-source'
}

/**
 * A first name and a surname, not after an article ("Maria Schulz", not "die Deutsche Bahn"). The
 * leading look-ahead repeats what the name requires anyway, so the look-behinds run only before a capital.
 */
const FIRST_AND_SURNAME = /(?=\p{Lu}\p{Ll})(?<![\p{L}\p{N}'’-])(?<!(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|le|la|les|du|de|el|los|las|the|a|an)\s)(\p{Lu}\p{Ll}+)\s+(\p{Lu}(?:['’]\p{Lu})?\p{Ll}{2,})(?![\p{L}\p{N}'’-])/gu

/** Capitalised words that open a sentence but name no one ("Laut Angaben", "Am Montag", "Nach Polizeiangaben"). */
const FUNCTION_WORD = new RegExp(`^(?:${nameWords((n) => n.openers)})$`, 'u')

const pairVerdicts = new Map<string, boolean>()

/** Whether "first second" reads as a first name and a surname; the large unions are tested once per pair. */
function surnamePair(first: string, second: string): boolean {
  const key = `${first} ${second}`
  let verdict = pairVerdicts.get(key)
  if (verdict === undefined) {
    const plain = !NOT_A_NAME.test(first) && !NOT_A_NAME.test(second) && !FUNCTION_WORD.test(first)
    verdict = plain && !OFFICIAL_IN(second) && !OFFICIAL_TITLE_IN(first) && !DOCUMENT_IN(second) && !MEDIA_IN(second)
    if (pairVerdicts.size > 5000) pairVerdicts.clear()
    pairVerdicts.set(key, verdict)
  }
  return verdict
}

/** Surnames the sentence introduces after a first name: a later "sagt Schulz" is that person. */
export function personSurnames(sentence: string): string[] {
  const head = sentence.length > 1500 ? sentence.slice(0, 1500) : sentence
  const out: string[] = []
  // a first name and a surname are a capital pair
  if (!hasCapitalPair(head)) return out
  FIRST_AND_SURNAME.lastIndex = 0
  for (let m = FIRST_AND_SURNAME.exec(head); m; m = FIRST_AND_SURNAME.exec(head)) {
    if (surnamePair(m[1], m[2])) out.push(m[2])
    FIRST_AND_SURNAME.lastIndex = m.index + m[1].length + 1
  }
  return out
}

/** A capitalised word in the name opens sentences without naming anyone ("Am Montag", "Selon", "Dimanche Matin" aside). */
export function hasFunctionWord(name: string): boolean {
  return name.split(/[\s-]+/).some((w) => FUNCTION_WORD.test(w) || NOT_A_NAME.test(w))
}

/** A capitalised word that can stand for a person named earlier ("Wild", "Santana"), not "The" or "Police". */
export function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+$/u.test(word) && !NOT_A_NAME.test(word)
}

/** A proper name somewhere in the text: a pronoun's likely antecedent is a named person. */
export function hasPersonName(text: string): boolean {
  return /(?:^|[^\p{L}])\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}/u.test(text.slice(0, 2000))
}

const KO_NAMED_TITLE = /[가-힣]{2,4}\s?(?:감독|코치|씨|교수|박사|대표|변호사|선수)(?=[은는이가의\s])/gu
const PERSON_PAIR = /\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}/gu
/** "Nathalie tient …": a capitalised word opening a sentence, followed by a lowercase word. */
const SENTENCE_SUBJECT = /(?:^|[.!?]["”»]?\s+)(\p{Lu}\p{Ll}{2,})\s+\p{Ll}/gu
const ANTECEDENT_REACH = 600
const OFFICIAL_TITLE_ALL = new RegExp(OFFICIAL_TITLE.source, 'giu')
/** Unnamed parties to the event from every pack ("the suspect", "der Verdächtige", "el detenido", "용의자"). */
const PARTY_ALL = new RegExp(
  Object.values(PACKS)
    .map((p) => p.attribution.partyNouns?.source)
    .filter((s): s is string => s !== undefined)
    .map((s) => `(?:${s})`)
    .join('|'),
  'giu',
)

let wordsCache: { text: string; words: Set<string> } | null = null

/** The text's words (runs of letters), built once per text: a regex per candidate name scanned the whole text each time. */
function wordsOf(text: string): Set<string> {
  if (wordsCache?.text !== text) wordsCache = { text, words: new Set(text.match(/\p{L}+/gu) ?? []) }
  return wordsCache.words
}

/**
 * What the nearest person or office named in `text` before `at` suggests: `official` for a title
 * of office ("полковника полиции", "le maire"), `named-source` for a person's name, null for none.
 * A single capitalised word counts as a name only when it opens a sentence and never appears in
 * lowercase in the text ("Nathalie", not "Dans"). `names` holds names introduced with an office.
 */
export function antecedentBefore(text: string, at: number, names?: Map<string, SourcingType>): SourcingType | null {
  const from = Math.max(0, at - ANTECEDENT_REACH)
  const window = text.slice(from, at)
  let official = -1
  OFFICIAL_TITLE_ALL.lastIndex = 0
  // no literal a title needs: the union cannot match, so it is not run over the window
  if (mayMatch(OFFICIAL_TITLE_ALL, window)) {
    for (let m = OFFICIAL_TITLE_ALL.exec(window); m; m = OFFICIAL_TITLE_ALL.exec(window)) {
      official = m.index
      if (m[0].length === 0) OFFICIAL_TITLE_ALL.lastIndex++
    }
  }
  let person = -1
  let personType: SourcingType = 'named-source'
  const consider = (index: number, name: string) => {
    if (index <= person) return
    const first = name.split(/[\s-]/)[0]
    if (NOT_A_NAME.test(first)) return
    person = index
    personType = names ? (knownName(name, names) ?? 'named-source') : 'named-source'
  }
  // Hangul has no capitals: a name before a title of a private person ("안익수 감독", "김민수 씨") is the person
  KO_NAMED_TITLE.lastIndex = 0
  if (/[가-힣]/u.test(window)) for (let m = KO_NAMED_TITLE.exec(window); m; m = KO_NAMED_TITLE.exec(window)) consider(m.index, m[0])
  PERSON_PAIR.lastIndex = 0
  for (let m = PERSON_PAIR.exec(window); m; m = PERSON_PAIR.exec(window)) if (m.index > 0 && !/[.!?]\s*$/.test(window.slice(Math.max(0, m.index - 3), m.index))) consider(m.index, m[0])
  SENTENCE_SUBJECT.lastIndex = 0
  for (let m = SENTENCE_SUBJECT.exec(window); m; m = SENTENCE_SUBJECT.exec(window)) {
    const word = m[1]
    if (!wordsOf(text).has(word.toLowerCase())) consider(m.index + m[0].indexOf(word), word)
  }
  // "Die Polizei stoppte einen Autofahrer. Der Verdächtige … , erklärte er": a party named after the office and the person is
  // the one the pronoun stands for, unnamed (README: a party's own account is its source)
  let party = -1
  PARTY_ALL.lastIndex = 0
  for (let m = PARTY_ALL.exec(window); m; m = PARTY_ALL.exec(window)) {
    party = m.index
    if (m[0].length === 0) PARTY_ALL.lastIndex++
  }
  if (party > official && party > person) return 'anonymous-source'
  if (official < 0 && person < 0) return null
  return official > person ? 'official' : personType
}
