// Lines and sentences that are not claims: title, byline, author blurb, captions and
// credits, tag lines, subheadings, translation credits and "contact us" boilerplate.
import type { NonClaimKind } from '../vocabulary'
import { parseDate } from './dates'
import { PACKS, wordBounded, type LanguagePack } from '../lang'
import { looksLikeOutlet } from './sourcing'
import { gatedSome } from './required-literals'
import { timeHeaderOnly } from './stamps'

function unionOf(pick: (p: LanguagePack) => RegExp[] | RegExp | undefined): RegExp[] {
  return Object.values(PACKS).flatMap((p) => {
    const r = pick(p)
    return (r === undefined ? [] : Array.isArray(r) ? r : [r]).map(wordBounded)
  })
}

/** Furniture from every pack: chrome is often in another language than the article ("Read in English"). */
const PACK_LINES = unionOf((p) => p.furniture.lines)
const PACK_SENTENCES = unionOf((p) => p.furniture.sentences)
const PACK_CREDITS = unionOf((p) => p.furniture.credits)
const PACK_CAPTIONS = unionOf((p) => p.furniture.captionCredit)
const PACK_BYLINES = unionOf((p) => p.bylines.patterns)
const PACK_APPEALS = unionOf((p) => p.furniture.appeals)
const PACK_SUPPORT = unionOf((p) => p.furniture.support)
const PACK_TEASERS = unionOf((p) => p.furniture.teasers)
/** Whether any of a union matches, trying only patterns whose required literals the line holds (see gatedSome). */
const gates = new Map<RegExp[], (s: string) => boolean>()
const anyOf = (res: RegExp[], s: string): boolean => {
  let gate = gates.get(res)
  if (!gate) gates.set(res, (gate = gatedSome(res)))
  return gate(s)
}

/** A calls for witnesses or readers to come forward: not a claim, not furniture either. */
export function isAppeal(sentence: string): boolean {
  return anyOf(PACK_APPEALS, sentence)
}
/** A reader asked to support, donate to or subscribe to the outlet: furniture, with the short paragraph around it. */
export function isSupportAppeal(sentence: string): boolean {
  return sentence.length <= 300 && anyOf(PACK_SUPPORT, sentence)
}
/**
 * A sentence that promises the story instead of telling it ("The city explains why …", "… узнала Алина Котова"): not a
 * claim. Furniture, with the short paragraph it closes or opens when the story follows (furniture-model.ts, session 27).
 */
export function isTeaser(sentence: string): boolean {
  return sentence.length <= 240 && anyOf(PACK_TEASERS, sentence)
}
/**
 * An embedded social post as a pasted page prints it: the post's text ending in its picture or short link
 * ("… pic.twitter.com/AbC123", "… https://t.co/AbC123"), and its signature line ("— Name (@handle) March 3, 2024").
 */
const EMBED_TEXT = /(?<![\w.-])(?:pic\.twitter\.com|(?:https?:\/\/)?t\.co)\/\w{4,}\s*$/u
const EMBED_SIGNATURE = /^[—–-]\s?[^()\n]{1,80}\(@\w{1,30}\)\s+(?:\p{L}{3,10}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,10}\.?\s+(?:de\s+)?\d{4}(?:\s?г\.)?|\d{4}년\s?\d{1,2}월\s?\d{1,2}일|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})$/u
/** "Home > News > Politics": a breadcrumb trail. */
const BREADCRUMB = /^[^>]{1,40}(?:\s[>»›]\s[^>»›]{1,60}){1,6}$/u
/** "HERMOSILLO, Sonora(GH)": a dateline on its own line. */
const DATELINE_LINE = /^\p{Lu}{3,}[\p{Lu} .'-]*,\s*[\p{L} .]{2,30}\s*\(\p{Lu}{1,6}\)$/u
/** A line that is only a link, maybe with a counter: "https://... [201]". */
const LINK_LINE = /^(?:https?:\/\/|www\.)\S+(?:\s+\S{1,12})?$/

export interface Verdict {
  kind: NonClaimKind
  author?: string
  outlet?: string
  publishedAt?: string
}

export interface LineContext {
  /** The first non-empty line of the text. */
  first: boolean
  /** The line is the only line of its paragraph. */
  alone: boolean
  /** Paragraphs follow this one. */
  moreFollow: boolean
}

const BOILERPLATE =
  /^(?:please (?:direct|send|contact|email|e-mail|write|share)|read (?:in|this in|the original|more|also|the full|it in)\b|for more (?:information|news|stories)|click here|subscribe|sign up|follow us|share (?:this|on)|all rights reserved|copyright|©|ⓒ|related(?: articles| stories| coverage| reading)?:|advertisement|this (?:article|story) (?:was|is|has been) (?:originally |first )?(?:published|available|updated|translated)|questions about (?:his|her|their|this|our) (?:articles?|reporting|stories)|(?:any )?comments or questions|contact us|sponsored|recommended for you|more from|you (?:may|might) also like|the views expressed|we welcome|if you have a (?:tip|story)|have a (?:news )?tip|send us|download our app|editor['’]s note:|lesen sie auch|mehr zum thema|alle rechte vorbehalten|lire aussi|tous droits réservés|무단 ?전재|저작권자|영어로 읽기|기사 제보)(?![a-z])/i
const CONTACT_ONLY = /^(?:(?:[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+|www\.\S+)[\s,;]*)+$/
const TRANSLATION = /^(?:translated (?:and edited )?by|translation by|translated from|edited and translated by|übersetzt von|übersetzung:|traduit (?:par|de)|번역)\b/i
/** A word as a pattern: escaped, spaces as any run of spaces. */
const asPattern = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
/**
 * A credit line: a credit word from any pack ("Foto", "Photo", "Imagen", "Фото", "사진", "Source", …), longest first, then
 * ":", "=", a bar, "by" or "courtesy" ("Foto: Jane Kell", "(Фото: пресс-служба)", "사진=연합뉴스", "Photo courtesy of …").
 * One list, in the packs' `furniture.creditWords`, for the line rule and for the caption printed twice (session 31).
 */
const CREDIT_LINE = new RegExp(
  `^\\(?\\s*(?:${[...new Set(Object.values(PACKS).flatMap((p) => p.furniture.creditWords))].sort((a, b) => b.length - a.length).map(asPattern).join('|')})\\s*(?:[:=ㅣ｜|]|(?:by|courtesy)(?![\\p{L}]))`,
  'iu',
)
/** A line that opens with a credit word and its ":" or "=": a photo, video or source credit. */
export function isCreditLine(line: string): boolean {
  return CREDIT_LINE.test(line)
}
const CAPTION_CREDIT = /\s[/|]\s*(?:image|photo|picture|graphic|video|credit|source|foto|사진)\s*[:=]|(?:^|\s)(?:photo|image|picture)s? (?:by|courtesy of)\s|\bvia getty images$|\bgetty images$/i
/** "Traders at a market in Hyesan, in a file photo." / "File photo: ..." */
/** A credit in brackets closing the line: "… la fusillade. [Keystone - Christophe Ena]", "[AFP]", "[archives - Reuters]". */
const BRACKETED = /(?:^|\s)\[\s*([^[\]\d]{2,60}?)\s*\]$/u
/** A picture agency or a credit noun, whole word, case as printed: the packs' `bylines.creditAgencies` and `bylines.creditNouns`. */
const PHOTO_AGENCY = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.values(PACKS).flatMap((p) => [...(p.bylines.creditAgencies ?? []), ...(p.bylines.creditNouns ?? [])]))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'u',
)

function bracketCredit(line: string): boolean {
  const m = BRACKETED.exec(line)
  if (!m) return false
  // names and agencies: separated by " - " or "/", or naming a photo agency; "[sic]" is neither
  if (/\s[-–—|]\s|\//u.test(m[1]) || PHOTO_AGENCY.test(m[1]) || /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){1,3}$/u.test(m[1])) return true
  // after a finished sentence, a short capitalised phrase in brackets is the picture's source: "… mardi. [Image tirée de Twitter]"
  return /[.!?…]["”»]?\s*(?:[-–—]\s*)?\[[^[\]]+\]$/u.test(line) && /^\p{Lu}[^.!?;:]{1,40}$/u.test(m[1]) && m[1].split(/\s+/).length <= 5
}
const FILE_PHOTO = /(?:^(?:file|archive|undated) (?:photo|image|picture)\b)|(?:\b(?:in )?(?:an? )?(?:file|archive|undated) (?:photo|image|picture)\.?\)?$)/i
const PAREN_CREDIT = /\((?:(?:photo|image|picture|사진)\s*[:=]?\s*)?\p{Lu}[^()]{0,40}\)$/u
const BYLINE = /^(?:[Bb]y|[Ww]ritten by|[Rr]eported by|[Vv]on|[Pp]ar|글)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|und|et)){0,6})(.*)$/u
const WIRE_CREDIT = /^\(?(?:reporting|writing|additional reporting|editing) by\s+([^;)]{2,80})/i
const BLURB =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}) (?:is|was|has been) (?:(?:one of|a|an|the)\s+)?([^.]{0,80}?)\b(?:reporters?|correspondents?|journalists?|writers?|editors?|contributors?|columnists?|freelancers?|stringers?)\b/u
/** "... ist unser Redakteur und Journalist ...", "X is our correspondent in ...": an author blurb without a name. */
const OWN_STAFF = /\b(?:ist|is|est|es) (?:unser(?:e)?|our|notre|nuestr[oa]) (?:\p{L}+ ){0,2}(?:Redakteur(?:in)?|Autor(?:in)?|Journalist(?:in)?|reporter|editor|correspondent|journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?)\b/iu
/** The possessive every OWN_STAFF match holds, searched first (same flags): a third of the time on the bench's sentences. */
const OWN_STAFF_WORD = /unser|our|notre|nuestr/iu
/** Initials only, as agencies and local papers sign short items at the end: "R.G.", "J.-M. D.". */
const INITIALS_SIGNATURE = /^(?:\p{Lu}\.(?:\s?-?\p{Lu}\.)*\s?){1,3}$/u
const TAG_PREFIX = /^(?:tags?|keywords?|topics?|schlagwörter|mots-clés)\s*:/i
const MARKDOWN_HEADING = /^#{1,6}\s+\S/

function words(line: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** A line's closing abbreviation in capitals, one to three letters each with its stop: "A.M.", "P.M.", "U.S.", "D.C.". */
const CAPS_ABBREVIATION_END = /(?<=\s|\d)(?:\p{Lu}\.){1,3}$/u

function endsLikeSentence(line: string): boolean {
  return /[.!?。:;,]["”’»)]*$/u.test(line)
}

/** "Jane Doe, Reuters", "Jane Doe | AFP", "Jane Doe (dpa)": a reporter and the wire agency. */
const NAME_AND_AGENCY =
  /^(?!(?:By|BY|Von|VON|Par|PAR|Por|POR|Автор)\s)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+(?:and|und|et|y|и)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})?)\s*(?:[,|/–—-]\s*|\(\s*)(AP|AFP|Reuters|dpa|EFE|Yonhap|Associated Press|Agence France-Presse|Europa Press|ANSA|Kyodo|Xinhua|Bloomberg|ТАСС|ИТАР-ТАСС|РИА Новости|РИА|Интерфакс|ПРАЙМ|Sputnik|연합뉴스|뉴시스|뉴스1)\s*\)?$/u

/** Common given names from every pack, lowercase (the packs' bylines.givenNames). */
const GIVEN_NAMES: ReadonlySet<string> = new Set(Object.values(PACKS).flatMap((p) => p.bylines.givenNames ?? []))
/** The name opens with a common given name: "Marta Quintanilla", "MARTA QUINTANILLA". */
export function opensWithGivenName(name: string): boolean {
  return GIVEN_NAMES.has(name.trim().split(/\s+/)[0].toLowerCase())
}
/** Nouns places and institutions are named with, from every pack, lowercase (the packs' bylines.placeWords). */
const PLACE_WORDS: ReadonlySet<string> = new Set(Object.values(PACKS).flatMap((p) => p.bylines.placeWords ?? []))
/** "Biblioteca Vilalba", "Rathaus Lindental": a name-shaped line opening with a place's or an institution's noun. */
export function opensWithPlaceWord(name: string): boolean {
  return PLACE_WORDS.has(name.trim().split(/\s+/)[0].toLowerCase())
}
/** "Julie Marchand - Le Courrier de Valbonne": a name of two or three words, a separator, a name of an outlet's length. */
const NAME_THEN_OUTLET = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*[,|/–—-]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4})$/u
/** "Marta Quintanilla (Valdeluna)", "Anna Berghoff, Lindental": a name, then one capitalised word in brackets or after a comma. */
const NAME_AND_TOWN = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*(?:\(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\)|,\s\p{Lu}\p{Ll}+)$/u

/** "Ирина Соколова, «Сосновские вести»", "Ana Ruiz | «Diario del Valle»": a reporter and the outlet in quotation marks. */
const NAME_AND_QUOTED_OUTLET = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*[,|/–—-]\s*[«"„“]([^«»"„“”]{2,40})[»"“”]$/u

/** "입력 2024.05.01 12:00 | 홍길동 기자", "Published May 1 · By Jane Doe": a byline among the parts of a line. */
function bylineInParts(line: string): Verdict | null {
  const parts = line.split(/\s+[|·•–—-]\s+/)
  // "Publié il y a 6 ans - Mise à jour le … - coralie-mollaret - 1 min": a meta line names its author by the site's slug
  if (parts.length >= 3 && parts.length <= 7 && parts.some((p) => PUBLISHED_PART.test(p.trim()))) {
    const slug = parts.find((p) => AUTHOR_SLUG.test(p.trim()))
    if (slug) return { kind: 'byline', author: slug.trim(), publishedAt: parseDate(line) ?? undefined }
  }
  if (parts.length < 2 || parts.length > 4) return null
  for (const part of parts) {
    const found = bylineOf(part.trim())
    if (found?.author) return { ...found, publishedAt: found.publishedAt ?? parseDate(line) ?? undefined }
  }
  // "Jane Doe | May 3, 2024", "Juan Pérez - 03/05/2024 - 10:30": a person's name beside a date
  const name = parts[0].trim()
  const rest = parts.slice(1).join(' ')
  const date = parseDate(rest)
  if (!(date || DATE_LIKE.test(rest)) || !PERSON_ONLY.test(name)) return null
  if (!isOutletName(name)) return { kind: 'byline', author: name, publishedAt: date ?? undefined }
  // "Lindentaler Anzeiger | Anna Berg  12.03.2024": the first name-shaped part is the outlet (a newspaper's noun); the
  // person is the next part, or the name before the date inside it
  const next = parts[1].trim()
  const person = PERSON_ONLY.test(next) ? next : nameBeforeDate(next)
  return person && !isOutletName(person) ? { kind: 'byline', author: person, publishedAt: date ?? undefined } : { kind: 'byline', outlet: name, publishedAt: date ?? undefined }
}

/** The nouns newspapers are named with, from every pack ("Anzeiger", "Ledger", "Diario", "Вести"). */
const OUTLET_WORDS = Object.values(PACKS).flatMap((p) => (p.bylines.outletWords ? [p.bylines.outletWords] : []))
/** An outlet's name: a known outlet, or a name with a newspaper's noun in it ("Maple Creek Ledger"). */
export function isOutletName(name: string): boolean {
  return looksLikeOutlet(name) || OUTLET_WORDS.some((re) => re.test(name))
}
/** "Anna Berg     12.03.2024 10:15", "Joanna Doe  March 12, 2024": a name of two or three words, then a date. */
function nameBeforeDate(part: string): string | null {
  const words = part.split(/\s+/)
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const name = words.slice(0, n).join(' ')
    if (PERSON_ONLY.test(name) && parseDate(words.slice(n).join(' '))) return name
  }
  return null
}

const PUBLISHED_PART = /^(?:publié|mise? à jour|published|updated|posted|veröffentlicht|aktualisiert|publicado|actualizado|опубликовано|обновлено)(?![\p{L}])/iu
/** A content system's author slug: "coralie-mollaret" (first and last name, lowercase, hyphenated). */
const AUTHOR_SLUG = /^\p{Ll}{2,}(?:-\p{Ll}{2,}){1,2}$/u
const DATE_LIKE = /^[\d\s./:-]*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}[\d\s./:-]*$|^\d{1,2}\s+de\s+\p{L}+(?:\s+de)?\s+\d{4}/u
/** Two or three capitalised words and nothing else: "Jane Doe", "Juan Pérez Gil". */
const PERSON_ONLY = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:de |del )?\p{Lu}[\p{Ll}'’-]+){1,2}$/u

/** "홍길동 객원기자 hong@… <저작권자 ⓒ … 무단전재 및 재배포 금지>", "Jane Doe © 2024 The Gazette": a copyright notice run on after the byline. */
const RUN_ON_COPYRIGHT = /\s+[<(\[]?\s*(?:저작권자|ⓒ|©|Copyright\b).*$/u

/**
 * A writer's label before the names (session 28): the byline's word or "author" with a colon ("Von: X", "Par : X",
 * "Автор: X"), a label for the report or its text with or without one ("Bericht: X", "Reportage X, Y", "Crónica: X",
 * "Report: X", "Репортаж: X"), or a blog's "posted by" ("Publié par X", "Eingestellt von X", "Опубликовала X").
 * A contact line ("Kontakt: X", "Contact : X") names the person to ask, not the writer: no label here.
 */
const WRITER_LABEL =
  /^(?:(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Aa]utor(?:in|a)?|AUTORA?|[Aa]uthor|[Aa]uteure?|[Аа]втор|АВТОР)\s?:|(?:[Bb]ericht|[Tt]exte?|[Tt]exto|[Rr]eportage|[Rr]eportaje|[Cc]r[óo]nica|[Rr]eport(?:ing)?|[Ww]ords|[Ss]tory|[Тт]екст|[Рр]епортаж)(?:\s?:|(?=\s+\p{Lu}))|(?:[Pp]ubli[ée] par|[Pp]osted by|[Pp]ublicado por|[Ee]ingestellt von|[Vv]eröffentlicht von|[Gg]epostet von|[Gg]eschrieben von|[Оо]публиковал[аи]?))\s*/u
/** One writer's name: "Anna Berghoff", "A. Berghoff", "И. Соколова", "Julie MARCHAND", "MARCHAND Julie" (a blog prints the surname first), "ANNA BERGHOFF". */
const WRITER_NAME = String.raw`(?:(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,2}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}[\p{Ll}'’-]+(?:\s(?:de|del|da|di|van|von|le|la|du))?(?:\s\p{Lu}[\p{Ll}'’-]+|\s\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,2}|\p{Lu}{2,}(?:-\p{Lu}{2,})?\s\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,2})`
/** The names after the label, one or several ("J. Marchand, P. Girard", "Anna Berghoff und Jonas Keller"), then the date or time it was posted, or nothing: the writer is the list as printed. */
const WRITER_NAMES = new RegExp(`^(${WRITER_NAME})(?:\\s*(?:,|&|\\s(?:und|et|y|and|и))\\s*${WRITER_NAME})*(?=$|\\s*,?\\s+(?:le|à|am|um|el|a las|on|at|в|\\d))`, 'u')
/** A Korean writer's label: "작성자 홍길동", "취재·글 홍길동", "글: 홍길동", maybe a date after it. */
const KO_WRITER_LABEL = /^(?:작성자|글쓴이|취재\s?[·ㆍ]\s?글|글\s?[·ㆍ]\s?취재|취재|글)\s*[:：]?\s*([가-힣]{2,4})(?:\s?기자)?(?:\s+(?:19|20)\d\d[.\-/].*)?$/u
/** A Latin user name after Russian "От" ("От admin"): a blog engine's "by", where a Russian word would be a preposition. */
const RU_USER = /^От\s+([a-z][a-z0-9_.-]{2,20})(?:\s+\d.{0,30})?$/u

/** The writer a labelled line names, or null: the label, one or more names, and at most the date it was posted. */
export function labelledWriter(line: string): string | null {
  const t = line.trim()
  if (t.length > 120) return null
  const ko = KO_WRITER_LABEL.exec(t)
  if (ko) return ko[1]
  const user = RU_USER.exec(t)
  if (user) return user[1]
  const label = WRITER_LABEL.exec(t)
  if (!label) return null
  const rest = t.slice(label[0].length)
  const rest2 = rest.replace(/\s*,?\s+(?:le|à|am|um|el|a las|on|at|в)\s+.*$|\s+\d.*$/u, (tail) => (/\d/.test(tail) ? '' : tail))
  const names = WRITER_NAMES.exec(rest2)
  // (the whole list, as printed: "Jean Dupont & Anne Roger", "G. Frixon, P. Delannes")
  if (names && names[0].length === rest2.length) return names[0]
  // a given name alone after a label with a colon: "Bericht: Andrea", "Texte : Julie"
  if (/:\s*$/u.test(label[0]) && /^\p{Lu}\p{Ll}{2,}$/u.test(rest2) && opensWithGivenName(rest2)) return rest2
  return null
}

/**
 * A writing symbol or a news emoji before a byline line ("✍️ Redacción", "✍ Par X", "✏ X", "📝 X"; "✍?Redacción" where the
 * page lost the emoji's second half). Not "©" or "®": "© NAME / AFP" is a photo credit.
 */
const LEAD_SYMBOL = /^[\u270D-\u2712\u{1F58A}-\u{1F58D}\u{1F4DD}\u{1F4F0}\u{1F5DE}\u{1F4E2}\u{1F4E3}\u{1F4CC}\u{1F449}][\uFE0F\u200D]*\??\s*(?=\p{L})/u
/** The line without a leading symbol, when it had one. */
export function withoutLeadSymbol(line: string): string {
  return line.replace(LEAD_SYMBOL, '')
}

function byline(whole: string): Verdict | null {
  const cut = withoutLeadSymbol(whole).replace(RUN_ON_COPYRIGHT, '')
  const line = cut.length >= 4 ? cut : whole
  const found = bylineOf(line) ?? (line.length <= 160 && /\s[|·•–—-]\s/.test(line) ? bylineInParts(line) : null)
  // "par L'Est éclair": a byline that names an outlet gives the outlet, not an author
  // a Korean reporter's name is no outlet, even when the outlet follows it ("홍길동 데일리NK 기자")
  if (!found?.author || /^\p{Script=Hangul}{2,4}$/u.test(found.author)) return found
  const at = line.indexOf(found.author)
  // (the agency after "avec" / "with" is where the copy comes from: "A.-F. L. avec AFP" names the reporter)
  const named = at >= 0 ? (/^[^,|;(/]+?(?=\s(?:avec|with|con|mit)\s|[,|;(/]|$)/u.exec(line.slice(at))?.[0].trim() ?? found.author) : found.author
  if (named.length <= 40 && looksLikeOutlet(named)) return { kind: 'byline', outlet: found.outlet ?? named, publishedAt: found.publishedAt }
  return found
}

/** "mercredi 24 octobre 2018 à 12:01 Par Leila Mechaouri, France Bleu": a date, then the byline. */
const AFTER_DATE = /^[^|]{4,48}?\d[^|]{0,20}?\s(?=(?:[Pp]ar|[Bb]y|[Vv]on|[Pp]or)\s+\p{Lu})/u

function bylineOf(line: string): Verdict | null {
  const writer = labelledWriter(line)
  if (writer) return { kind: 'byline', author: writer, publishedAt: parseDate(line) ?? undefined }
  const dated = line.length <= 160 ? AFTER_DATE.exec(line) : null
  if (dated && parseDate(dated[0])) {
    const rest = bylineOf(line.slice(dated[0].length))
    if (rest?.author) return { ...rest, publishedAt: rest.publishedAt ?? parseDate(dated[0]) ?? undefined }
  }
  const agency = line.length <= 100 ? NAME_AND_AGENCY.exec(line) : null
  if (agency) return { kind: 'byline', author: agency[1], outlet: agency[2] }
  const quoted = line.length <= 100 ? NAME_AND_QUOTED_OUTLET.exec(line) : null
  if (quoted) return { kind: 'byline', author: quoted[1], outlet: quoted[2] }
  // "Julie Marchand - Le Courrier de Valbonne": a reporter, then the outlet (a newspaper's noun names it)
  const named = line.length <= 100 ? NAME_THEN_OUTLET.exec(line) : null
  if (named && isOutletName(named[2]) && !isOutletName(named[1])) return { kind: 'byline', author: named[1], outlet: named[2] }
  // "Marta Quintanilla (Valdeluna)", "Anna Berghoff, Lindental": a reporter and the town, the name opening with a given name
  const town = line.length <= 60 ? NAME_AND_TOWN.exec(line) : null
  if (town && opensWithGivenName(town[1]) && !isOutletName(line)) return { kind: 'byline', author: town[1] }
  if (line.length <= 120 && anyOf(PACK_BYLINES, line)) {
    for (const re of PACK_BYLINES) {
      const m = re.exec(line)
      if (m && m[1]) return { kind: 'byline', author: m[1].replace(/\s+(?:and|&|und|et|y)$/, '').trim(), publishedAt: parseDate(line) ?? undefined }
    }
  }
  const korean = /^(\p{Script=Hangul}{2,5})\s?기자(?:\s+\S+@\S+)?$/u.exec(line)
  if (korean) return { kind: 'byline', author: korean[1] }
  const wire = WIRE_CREDIT.exec(line)
  if (wire) return { kind: 'byline', author: wire[1].split(/\s+and\s+|,\s*/)[0].trim() }
  const m = BYLINE.exec(line)
  if (!m || line.length > 160) return null
  const verdict: Verdict = { kind: 'byline', author: m[1].replace(/\s+(?:and|&|und|et)$/, '').trim() }
  const rest = m[2]
  const outlet = /^\s*[,|–—-]\s*([^,|–—-]+)/.exec(rest)
  if (outlet && looksLikeOutlet(outlet[1])) verdict.outlet = outlet[1].trim()
  const date = /\d/.test(rest) ? parseDate(rest) : null
  if (date) verdict.publishedAt = date
  return verdict
}

/** A line that is only a date, maybe with "Published"/"Updated" and a time. */
function dateLine(line: string): Verdict | null {
  if (line.length > 80 || !/\d/.test(line)) return null
  const date = parseDate(line)
  if (!date) return null
  const rest = line
    .replace(/(?:published|updated|posted|veröffentlicht|publié|입력|수정|date|datum)\s*:?/gi, '')
    .replace(/\(?[월화수목금토일]요일\)?/gu, '')
    .replace(/[\p{N}:.,/|\-–—\s년월일]+|am|pm|kst|utc|gmt|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*/giu, '')
  return rest.length <= 3 ? { kind: 'byline', publishedAt: date } : null
}

/**
 * "… сотрудников полиции. Об этом сообщает": a sentence end inside and an unfinished sentence after
 * it is body text broken where a link was lost, not a headline or a subheading.
 */
export function isBrokenBody(line: string): boolean {
  if (/[.!?。:]["”’»]?$/u.test(line)) return false
  // the unfinished part has lowercase words: "… geworden. Jens Büttner" ends in a photo credit instead
  const tail = /\p{Ll}{2}[.!?]\s+(\p{Lu}[^.!?]*)$/u.exec(line)
  return tail !== null && /\s\p{Ll}/u.test(tail[1])
}

/** Whole-line verdicts; null means the line holds body text. */
export function classifyLine(line: string, ctx: LineContext): Verdict | null {
  if (EMBED_TEXT.test(line) || (line.length <= 160 && line.includes('(@') && EMBED_SIGNATURE.test(line))) return { kind: 'boilerplate' }
  if (BOILERPLATE.test(line) || CONTACT_ONLY.test(line) || LINK_LINE.test(line) || BREADCRUMB.test(line)) return { kind: 'boilerplate' }
  // a blog's "posted by" line is page chrome the packs list ("Publicado por …"), but it names the writer
  if (line.length <= 200 && anyOf(PACK_LINES, line)) return labelledWriter(line) ? byline(line) : { kind: 'boilerplate' }
  // "Reporting by Jane Doe; Editing by John Roe": the wire's reporter is the author
  const wire = /^\(?(?:reporting|writing) by\s/i.test(line) ? byline(line) : null
  if (wire) return wire
  if (TRANSLATION.test(line) || anyOf(PACK_CREDITS, line)) return { kind: 'translation-credit' }
  if (DATELINE_LINE.test(line)) return { kind: 'byline' }
  const by = byline(line) ?? dateLine(line)
  if (by) return by
  if (!ctx.moreFollow && !ctx.first && line.length <= 12 && INITIALS_SIGNATURE.test(line)) return { kind: 'byline', author: line }
  if (CREDIT_LINE.test(line) && line.length <= 120) return { kind: 'credit' }
  if (line.length <= 240 && bracketCredit(line)) return { kind: line.startsWith('[') ? 'credit' : 'caption' }
  if (line.length <= 240 && (CAPTION_CREDIT.test(line) || anyOf(PACK_CAPTIONS, line))) return { kind: /^\W*(?:image|photo|foto|bild|사진|фото)\b/iu.test(line) ? 'credit' : 'caption' }
  if (line.length <= 200 && FILE_PHOTO.test(line)) return { kind: 'caption' }
  if (line.length <= 200 && PAREN_CREDIT.test(line)) {
    return /^\([^()]*\)$/.test(line) ? { kind: 'credit' } : { kind: 'caption' }
  }
  if (TAG_PREFIX.test(line)) return { kind: 'tagline' }
  const n = words(line)
  // "Update @ 2:45 p.m.", "10:20 a.m.:": an entry's time-of-day header on a line of its own (session 30), above the headline too
  if (line.length <= 60 && timeHeaderOnly(line)) return { kind: 'boilerplate' }
  if (MARKDOWN_HEADING.test(line)) return { kind: ctx.first ? 'title' : 'subheading' }
  if (ctx.first) {
    // "… сотрудников полиции. Об этом сообщает": a sentence end inside and an unfinished one after it
    // is body text broken where a link was lost, not a headline
    return ctx.moreFollow && !isBrokenBody(line) && line.length <= 200 && n <= 25 && !/[.。]["”’»]?$/u.test(line) && /\p{L}/u.test(line) ? { kind: 'title' } : null
  }
  // "chongjin security": a short all-lowercase keyword line
  if (line.length <= 60 && n <= 6 && /\p{Ll}{3}/u.test(line) && !/\p{Lu}/u.test(line) && !endsLikeSentence(line)) return { kind: 'tagline' }
  // an all-caps status headline may close on an abbreviation's stop: "POWER RESTORED AT 10:20 A.M." (session 30)
  const capsOpen = CAPS_ABBREVIATION_END.test(line) ? line.replace(CAPS_ABBREVIATION_END, '') : line
  if (n <= 12 && line.length <= 100 && !endsLikeSentence(capsOpen)) {
    const letters = line.replace(/[^\p{L}]/gu, '')
    if (letters.length >= 4 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) return { kind: 'subheading' }
    if (ctx.alone && ctx.moreFollow && n <= 8 && /^\p{Lu}/u.test(line)) return { kind: 'subheading' }
  }
  return null
}

/** Sentence-level verdicts inside body paragraphs: author blurbs and boilerplate sentences. */
export function classifySentence(sentence: string): Verdict | null {
  // a byline run into the last paragraph: "… 나섰다. 〈이철용·성동기기자〉"
  if (sentence.length <= 60 && (!/[.!?。]$/u.test(sentence) || /입니다\.$/u.test(sentence))) {
    const by = byline(sentence)
    if (by) return by
  }
  if (BOILERPLATE.test(sentence) || (sentence.length <= 300 && anyOf(PACK_SENTENCES, sentence)) || isSupportAppeal(sentence) || isTeaser(sentence)) return { kind: 'boilerplate' }
  if (TRANSLATION.test(sentence) || anyOf(PACK_CREDITS, sentence)) return { kind: 'translation-credit' }
  if (OWN_STAFF_WORD.test(sentence) && OWN_STAFF.test(sentence)) return { kind: 'author-blurb' }
  const blurb = BLURB.exec(sentence)
  if (blurb) {
    const verdict: Verdict = { kind: 'author-blurb', author: blurb[1] }
    const possessive = /^(.{2,40}?)['’]s\b/u.exec(blurb[2])
    const forOutlet = /\b(?:for|at|with)\s+(\p{Lu}[^.,]{1,40})/u.exec(sentence.slice(blurb[0].length, blurb[0].length + 60))
    const outlet = possessive?.[1] ?? forOutlet?.[1]
    if (outlet && looksLikeOutlet(outlet)) verdict.outlet = outlet.trim()
    return verdict
  }
  return null
}

/** "(서울=연합뉴스) 홍길동 기자 = ": a Korean wire dateline, with the reporter when named. */
const KO_WIRE = /^([(\[]([가-힣]{1,10}=)?([^()[\]=]{2,20})[)\]]\s*(?:([가-힣]{2,4})(?:\s?[·,]\s?[가-힣]{2,4})*\s?(?:기자|특파원)\s*=\s*)?)/u
/** "[아시아경제 홍길동 기자] ", "[OSEN=홍길동 기자] ": the outlet and the reporter in brackets open the text. */
const KO_BRACKET = /^(\[([^[\]=]{2,15}?)\s*[ =]\s*([가-힣]{2,4})(?:\s?[·,]\s?[가-힣]{2,4})*\s?(?:인턴|수습|선임|객원)?(?:기자|특파원)\]\s*)/u

/** "[일요신문]", "[단독]": a short tag in square brackets run into the lead (no reporter: KO_BRACKET takes those). */
const KO_TAG = /^(\[[가-힣A-Za-z0-9·]{2,12}\]\s*)(?=[가-힣"“'‘])/u

/** Each dateline with a character (or a cheap test) it cannot do without: most lines lack it, and the patterns backtrack. */
const WIRE_DATELINES: [RegExp, string | RegExp][] = [
  // "SEOUL, Nov. 7 (Yonhap) -- "
  [/^(\p{Lu}[\p{Lu} .'-]{1,40}?(?:,\s*[^()\n]{1,30}?)?\s*\(([^()]{2,30})\)\s*[-–—]{1,2}\s*)/u, '('],
  // "Fort-de-France, France | AFP | vendredi 12/01/2018 - "
  [/^(\p{Lu}[\p{L} .'-]{1,40}(?:,\s*[\p{L} .'-]{1,30})?\s*\|\s*(AFP|Reuters|AP|dpa|EFE|ANSA|Belga|ATS|Yonhap)\s*\|[^|\n]{0,40}?\s[-–—]\s)/u, '|'],
  // "Власиха. 2 февраля. ИНТЕРФАКС - "
  [/^(\p{Lu}[\p{L} -]{1,30}\.\s+\d{1,2}\s+\p{L}+\.\s+(ИНТЕРФАКС|Интерфакс|ТАСС|РИА Новости|AFP|Reuters)\s*[-–—]\s*)/u, '.'],
  // "МОСКВА, 18 сентября. /ТАСС/. ", "МОСКВА, 3 фев – РИА Новости. "
  [/^(\p{Lu}[\p{Lu} -]{1,30},\s+\d{1,2}\s+\p{Ll}{3,9}\.?\s*(?:[-–—]\s*)?\/?(ТАСС|РИА Новости|Интерфакс|ИНТЕРФАКС|ПРАЙМ|Sputnik)\/?\.?\s*(?:[-–—]\s*)?)/u, ','],
  // "Puebla, Pue.– ", "MADRID, 3 Feb. (EUROPA PRESS) - "
  [/^(\p{Lu}[\p{L} ]{1,30},\s*\p{Lu}\p{L}{0,6}\.\s?[-–—]{1,2}\s?)()/u, ','],
  // "BERLIN (dpa) - ", "PARIS (AFP) - ", and the Spanish agency stop before the dash, "MADRID (EFE).- "
  [/^(\p{Lu}[\p{L} .'-]{1,30}\s\((dpa|ots|AFP|Reuters|AP|EFE|epd|KNA|Europa Press|EUROPA PRESS)[^()]{0,20}\)\.?\s*[-–—]{1,2}\s*)/u, '('],
  // a place in capitals and a dash, as local papers open the lead: "NORFOLK — ", "DECATUR - ", "ST. PAUL, Minn. — "
  [/^(\p{Lu}{3,}(?:[ .'’-]+\p{Lu}{2,}){0,3}\.?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?\s+[-–—]{1,2}\s+)()(?=[\p{Lu}\d"“„«])/u, / [-–—]/],
  // a place in title case, maybe a region in brackets, and a long dash: "Witten (NRW) – ", "Gießen/Pohlheim – ", "Bad Ems – "
  [/^(\p{Lu}[\p{Ll}.'’-]*(?:[ /-]\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?(?:\s*\([^()]{2,30}\))?\s+[–—]{1,2}\s+)()(?=[\p{Lu}\d"“„«])/u, /[–—]/],
  // agency style with the date: "Santander, 31 jul (EFE).- ", "Quito, 3 de mayo (Europa Press) - "
  [/^(\p{Lu}[\p{L} ]{1,30},\s+\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?\s+\((\p{Lu}[\p{L} ]{1,20})\)\s*\.?\s*[-–—]{1,2}\s*)/u, '('],
  // the agency first, then the date: "ТАСС, 1 января. "
  [/^((ТАСС|РИА Новости|Интерфакс|ИНТЕРФАКС|AFP|Reuters|AP|dpa|EFE|ANSA),\s+\d{1,2}\s+\p{Ll}{3,9}\.\s*)/u, ','],  // Spanish-language press: the place, a stop and a dash run into the lead, "Los Ángeles.- ", "Ciudad de México.— " (session 25)
  [/^(\p{Lu}[\p{L}'’]*(?:,?\s(?:(?:de|del|la|las|los|el)\s)?\p{Lu}[\p{L}'’]*){0,3}\.\s?[-–—]{1,2}\s*)()(?=[\p{Lu}¿¡"“«])/u, /\.\s?[-–—]/],
]
/** A radio station's dateline: the place and the state in brackets, "(New Philadelphia, Ohio) ". */
const PLACE_IN_BRACKETS = /^(\((\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}),\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}\)\s+)(?=\p{Lu})/u

/** The desk's name where a wire dateline puts the place ("REDACCIÓN.- "): the page's byline (session 29). */
const DESK_DATELINE = /^(Redacción|REDACCIÓN|Rédaction|RÉDACTION|Redaktion|REDAKTION|Редакция|РЕДАКЦИЯ|Newsroom|NEWSROOM)\.?\s?[-–—]/u

/** "SEOUL, Nov 3 (Reuters) - " at the start of a paragraph: its length and the outlet. */
export function wireDateline(sentence: string): { length: number; outlet: string; author?: string } | null {
  const head = sentence.slice(0, 140)
  const bracket = head.charCodeAt(0) === 91 ? KO_BRACKET.exec(head) : null
  if (bracket) return { length: bracket[1].length, outlet: bracket[2].trim(), author: bracket[3] }
  // "(서울=연합뉴스) 홍길동 기자 = ", "[부산=뉴시스] 홍길동 기자 = "
  const ko = head.charCodeAt(0) === 40 || head.charCodeAt(0) === 91 ? KO_WIRE.exec(head) : null
  if (ko && (ko[2] || ko[4])) return { length: ko[1].length, outlet: ko[3].trim(), ...(ko[4] ? { author: ko[4] } : {}) }
  const tag = head.charCodeAt(0) === 91 ? KO_TAG.exec(head) : null
  if (tag) return { length: tag[1].length, outlet: '' }
  const place = head.charCodeAt(0) === 40 ? PLACE_IN_BRACKETS.exec(head) : null
  if (place) return { length: place[1].length, outlet: '' }
  if (!/^\p{Lu}/u.test(head)) return null
  for (const [re, needs] of WIRE_DATELINES) {
    if (typeof needs === 'string' ? !head.includes(needs) : !needs.test(head)) continue
    const m = re.exec(head)
    if (!m) continue
    // "Par J.-M. G. Deux …": hyphenated initials after the byline's word, no place and a dash
    if (/\p{Lu}\.-$/u.test(m[1]) && /^\p{Lu}\./u.test(head.slice(m[1].length))) return null
    // "REDACCIÓN.- Vecinos …": the desk, not a place, opens the paragraph; it signs the page
    const desk = DESK_DATELINE.exec(m[1])
    return { length: m[1].length, outlet: m[2]?.trim() ?? '', ...(desk ? { author: desk[1] } : {}) }
  }
  return null
}
