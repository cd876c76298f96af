// The author line where a page prints it apart from a "By …" line of its own, found from the shape of the page's
// first and last lines: a name beside a date in the header ("Jane Doe 18.02.2023 09:00", "Jean DUPONT - 17 nov. 2018"),
// a run-in "Von X | <date>", a header of parts that ends in a name in capitals ("Le Journal - LE FAIT DU JOUR - JEAN
// DUPONT"), Korean meta bullets (a name, then "등록 <date>"), a name (or "Place, Name") alone signing the end of the
// article, and a reporter's initials joined by a slash closing the last paragraph ("… keine Angaben. Abc/De"); a
// Korean reporter run into the first sentence ("홍길동 기자 = …"), and a labelled byline too long for a byline line
// because a role follows the name ("Por: Ana Ruiz Gil, abogada y columnista …").
// Only a few lines at the top and at the bottom are read (and, for the labelled byline, the start of each line), and
// only when no byline was found otherwise.
import type { NonClaim } from '../schema'
import { classifyLine, classifySentence, isOutletName, labelledWriter, opensWithGivenName, opensWithPlaceWord } from './boilerplate'
import { FULL_DATE_NAMES } from './date-words'
import { parseDate } from './dates'
import { looksLikeOutlet } from './sourcing'
import { PACKS } from '../lang'
import type { Line } from './segment'
import type { ExtractedMeta } from './types'

/** A sentence longer than this is body text, never a credit (lines.ts's MAX_FURNITURE_LINE). */
const MAX_CREDIT_SENTENCE = 400
/** Lines read at the top of the page, and at its end. */
const HEAD_LINES = 6
const TAIL_LINES = 7
/** A signature line is short; a longer line at the end is body text, and the search stops there. */
const MAX_SIGNATURE = 50
const MAX_TAIL_CHROME = 120

const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`
const CAPS_WORD = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})?`
const PARTICLE = String.raw`(?:de|del|da|di|van|von|le|la)`
/** "Jane Doe", "Ana María Ruiz", "Иван Петров", "Jean DUPONT" (a surname in capitals, as French and Spanish pages print it). */
const PERSON_SRC = String.raw`${WORD}(?:\s\p{Lu}\.)?(?:\s(?:${PARTICLE}\s)?(?:${WORD}|${CAPS_WORD})){1,2}`
const PERSON = new RegExp(`^${PERSON_SRC}$`, 'u')
/** "JEAN DUPONT": a name in capitals, two or three words. */
const CAPS_PERSON = new RegExp(`^${CAPS_WORD}(?:\\s${CAPS_WORD}){1,2}$`, 'u')
/** "Челябинск, Иван Петров": the reporter's city, then the name. */
const PLACE_PERSON = new RegExp(`^${WORD}(?:[\\s-]${WORD})?,\\s(${PERSON_SRC})$`, 'u')
/** A name after the start of a header line, a sentence's end or a separator, then a date ("… ernst! Jane Doe 18.02.2023 09:00"). */
const NAME_BEFORE_DATE = new RegExp(`(?:^|[.!?]["”»]?\\s+|\\s[|·•–—-]\\s+)(${PERSON_SRC})\\s*(?:[|·•–—,-]\\s*)?(?=\\d{1,4}[./ -])`, 'gu')
/** "… Autoknacker Von dpa | 17.10.2023": the byline word (capitalised inside the line), a short name, a bar, a date. */
const BY_BAR_DATE = /(?:^|\s)(?:Von|VON|By|BY|Par|PAR|Por|POR)\s+(\S(?:[^|·]{0,38}\S)?)\s+[|·]\s+(?=\d)/u
/** A header of parts: "Le Journal - - LE FAIT DU JOUR - JEAN DUPONT". */
const PART_SEPARATOR = /\s*[|–—-]\s+|\s+[|–—-]\s*/u
/** "홍길동 기자 = 14일 …": a Korean reporter run into the first sentence, as wire copy prints it without the outlet. */
const KO_RUN_IN = /^(?:[(\[]\s*)?(?:[가-힣A-Za-z]{2,10}(?:\s?\([A-Za-z0-9가-힣]{2,12}\))?(?:\s?[=＝]\s?|\s))?([가-힣]{2,4})\s?(?:기자|특파원)\s?(?:[)\]]|[=＝]|\s[|｜]\s)\s*(?=\S)/u
/** The byline word and a colon opening a line: "Por: …", "By: …", "Von: …", "Par : …", "Escrito por: …". */
const LABELLED_BYLINE = /^(?:Por|POR|Escrito por|Texto de|By|BY|Von|VON|Par|PAR)\s?:\s*/u
/** After the label: a name of two to four words, a comma, and the author's role ("…, Abogado en Ejercicio, …"). */
const NAME_THEN_ROLE = new RegExp(`^(${WORD}(?:\\s(?:${PARTICLE}\\s)?(?:${WORD}|${CAPS_WORD})){1,3}),\\s+\\p{L}`, 'u')
const MAX_LABELLED_LINE = 300
/** "Jane Doe jdoe@example.com", "Иван Петров (petrov@example.ru)": a name and an e-mail, nothing else. */
const NAME_EMAIL = new RegExp(`^(${PERSON_SRC})\\s*[(<\\[]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\s*[)>\\]]?$`, 'u')
/** Korean meta lines: a name alone (maybe as a bullet), the registration date beside it. */
const HANGUL_NAME_LINE = /^[•·*-]?\s*(\p{Script=Hangul}{2,4})$/u
const HANGUL_DATE_LINE = /^[•·*-]?\s*(?:기사)?(?:등록|입력|승인|수정|최종수정)(?:일|일시)?\s*:?\s*(?:19|20)\d\d[.\-/]/u
/** "홍길동 2023. 4. 28. 10:54": a Korean name beside the date. */
const HANGUL_NAME_DATE = /^(?!(?:기사)?(?:입력|등록|승인|수정|작성|게재|발행|업데이트)(?:일|일시)?\s)(\p{Script=Hangul}{2,4})\s+(?:19|20)\d\d[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\b/u
/** "… keine Angaben. Abc/De": initials joined by slashes closing the last paragraph after a finished sentence. */
const INITIALS_CLOSE = /[.!?]["“”»]?\s+\(?((?:\p{Lu}\p{Ll}{1,3}|\p{Ll}{2,4})(?:\s?\/\s?(?:\p{Lu}\p{Ll}{1,3}|\p{Ll}{2,4}))+)\)?$/u
/** "… keine Angaben. tw", "… am Abend. (dls)": one reporter's initials in lowercase closing the last paragraph (not "etc.", "usw", "ok"). */
const KUERZEL_CLOSE = /[.!?]["“”»]?\s+\(?((?!(?:ok|etc|usw|bzw|uvm|ua|ca|fin|end|sic|ps|nb|via|rss|pdf|los|las|les|the|und|et|y)\)?$)\p{Ll}{2,3})\)?$/u
/** Agency and desk codes that close German wire copy ("dpa/lnw"): an outlet, not a reporter. */
const AGENCY_CODE = /^(?:dpa|afp|ap|apa|ddp|epd|kna|ots|sid|rtr|reuters|lnw|lby|lsw|lhe|lni|lrs|lsa|lmv|lbn|tmn|red|ots|mz|dts)$/iu
/** Words of a date line, never of a name: "Updated Monday 12.03.2024", "Stand 18.02.2023", "Publié Mardi". */
const DATE_WORD = new RegExp(`^(?:updated|published|posted|last|stand|aktualisiert|veröffentlicht|publié|mis|actualizado|publicado|обновлено|опубликовано|${FULL_DATE_NAMES.join('|')})$`, 'iu')
/** "5 days ago", "vor 2 Stunden", "hace 3 horas", "il y a 2 jours", "2 часа назад": a relative time line. */
const RELATIVE_TIME = /^(?:\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|минут\p{L}*|час\p{L}*|дн\p{L}*|дней)\s+(?:ago|назад)|(?:vor|hace|il y a)\s+\d{1,2}\s+\p{L}+)$/iu
/** A reading time: "8 Min. Lesezeit", "5 min read", "3 min de lectura", "Temps de lecture : 3 min", "Время чтения: 3 мин", "11분 전" is a relative time. */
const READING_TIME = /^(?:\d{1,2}\s?(?:Min\.?|min\.?|minutes?|minutos|Minuten|мин\.?)\s(?:Lesezeit|read|de lectura|Lesedauer)|(?:Temps de lecture|Lectura|Время чтения|Lesezeit)\s?:?\s\d{1,2}\s?(?:min\.?|minutes?|minutos|мин\.?|Min\.?))$/iu
const KO_RELATIVE_TIME = /^\d{1,2}\s?(?:분|시간|일)\s?전$/u
/** A meta line that is a relative time ("vor 11 Minuten", "hace 2 horas", "11분 전") or a reading time, bulleted or not. */
function relativeTimeLine(line: string): boolean {
  const t = line.replace(META_BULLET, '').trim()
  return t.length <= 40 && (RELATIVE_TIME.test(t) || READING_TIME.test(t) || KO_RELATIVE_TIME.test(t))
}
const ENDS_SENTENCE = /[.!?…"”»)]$|(?:다|요)\.?$/u
/** "Фото С. Петрова", "Photo Jane Doe", "Quelle Max Muster": a credit for a picture or a source, not the author. */
const CREDIT_WORD = /^(?:photos?|fotos?|bild(?:er)?|images?|vid[ée]os?|видео|фото|источник|source|quelle|fuente|cr[ée]dits?|illustration|grafik|infograf[íi]a|dessin)$/iu

/** A list bullet or dash before a line of the page's meta block: "  • 홍길동 기자", "- Jane Doe", "▶ Por Ana Ruiz". */
const META_BULLET = /^\s*[•·▪▸►▶◆◇■□●○*–—-]\s*(?=\S)/u
/** "Redacción", "La rédaction", "Die Redaktion", "Редакция" alone on a line; or "Von dpa", "Par afp": the byline's word and an agency's code. */
const DESK_OR_AGENCY = /^(?:[-–—]\s?(Redacción|REDACCIÓN|Redaktion|Редакция)\s?[-–—]|(Redacción|REDACCIÓN|La rédaction|LA RÉDACTION|Die Redaktion|Redaktion|Редакция|The Newsroom|Newsroom)|(?:Von|VON|Par|PAR|Por|POR|By|BY)\s+(\p{L}{2,5}))$/u
/** "12/03/2024 10:00": a date with slashes (day and month in either order), enough to tell a date line. */
const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/(?:19|20)?\d{2}(?!\d)/u
/** "I. VEGA / J. CHICOTE MADRID": reporters as an initial and a surname in capitals, joined by slashes, the place after them. */
const INITIAL_SURNAME = String.raw`(?:\p{Lu}\.\s?){1,2}(?:\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`
const INITIALS_AND_SURNAMES = new RegExp(`^(${INITIAL_SURNAME}(?:\\s?[/,]\\s?${INITIAL_SURNAME})*)(?:\\s+\\p{Lu}{3,}(?:\\s\\p{Lu}{3,})?)?$`, 'u')
/** "(bt) Anwohner haben …": a German reporter's initials in brackets opening the first paragraph (the paper's Kürzel). */
const KUERZEL_OPENING = /^\((\p{Ll}{2,4}(?:\/\p{Ll}{2,4})?)\)(?:\s*[.:]\s*|\s*[–—-]\s+|\s+)(?=[\p{Lu}„“"«])/u
/** Korean section labels a page glues to the reporter's name at its top: "사회홍길동". */
const KO_SECTION_NAME = /^(?:사회|정치|경제|국제|문화|스포츠|연예|전국|지역|생활|사건사고|산업|과학|건강|교육|날씨|북한|통일)([김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉][가-힣]{2})$/u

function occurrences(text: string, word: string): number {
  let n = 0
  for (let at = text.indexOf(word); at >= 0 && n < 4; at = text.indexOf(word, at + word.length)) n++
  return n
}

/**
 * A name, not a heading in Title Case or an outlet: no word of it is used in lowercase elsewhere in the text, and none
 * recurs more than three times (a reporter's name is printed once or twice, in the author box and at the end).
 */
function nameShaped(text: string, name: string): boolean {
  if (isOutletName(name) || CREDIT_WORD.test(name.split(/\s/)[0]) || opensWithPlaceWord(name)) return false
  for (const word of name.split(/[\s-]+/)) {
    if (DATE_WORD.test(word)) return false
    // (the word joining two writers: "Anna Berg und Jonas Keller")
    if (word.length < 3 || /\.$/.test(word) || /^(?:und|and|et|y|и)$/u.test(word)) continue
    if (occurrences(text, word) > 3) return false
    const lower = word.toLowerCase()
    // (not inside an e-mail address: "Anna Berg anna.berg@example.de")
    if (lower !== word && new RegExp(`(?<![\\p{L}.@])${lower}(?![\\p{L}@]|\\.\\p{L})`, 'u').test(text)) return false
  }
  return true
}

interface Found {
  author: string
  /** The line that is only the byline (furniture), when it is one. */
  line?: number
  /** A byline closing a body line: the line is cut back to end before it. */
  cut?: { line: number; at: number }
  /** A byline opening a body line: the line starts after it. */
  lead?: { line: number; at: number }
}

/** An article alone is no author: "par La rédaction" names a desk, "La" is only its first word. */
export const ARTICLE_ONLY = /^(?:la|le|les|el|los|las|the|die|der|das)$/iu

/** The byline's word before a name ("Por Ana Ruiz" read as a name of three words), never part of the name. */
const BY_WORD = /^(?:By|BY|Por|POR|Von|VON|Par|PAR|Автор|Текст|Texto|Text)\s?:?\s+(?=\p{Lu})/u
/** A Korean reporter with the outlet or desk before the name: "한빛일보 홍길동 기자" gives "홍길동". */
const KO_REPORTER = /([가-힣]{2,4})\s?(?:인턴|수습|선임|객원)?(?:기자|특파원)(?![가-힣])/gu

/**
 * The bare name of an author a rule took with its line's decorations: no list bullet, byline word, brackets, e-mail, or
 * outlet and 기자 around a Korean name. A weekday or a month alone ("Von Montag an …"), or an article alone, is no author: null.
 */
export function bareAuthor(author: string): string | null {
  let a = author.trim().replace(META_BULLET, '').replace(/^[[(〈<]\s*|\s*[\])〉>]$/gu, '')
  a = a.replace(/\s*[(<[]?\s*[\w.+-]+@[\w.-]*\s*[)>\]]?$/u, '').trim()
  a = a.replace(BY_WORD, '')
  // a name does not run across a wide gap: "Joanna Whitfield     March 12, 2024" gave "Joanna Whitfield     March"
  const fields = a.split(/\s{3,}|\t/u)
  if (fields.length > 1 && /\p{L}{2}/u.test(fields[0])) a = fields[0]
  if (/\p{Script=Hangul}/u.test(a) && /기자|특파원/u.test(a)) {
    const found = [...a.matchAll(KO_REPORTER)].pop()
    if (found) a = found[1]
  }
  // an article alone ("par La" where the page cut "La rédaction") is no author either
  if (a.length === 0 || a.split(/\s+/).every((w) => DATE_WORD.test(w)) || ARTICLE_ONLY.test(a)) return null
  return a
}

/**
 * "Marta Quintanilla Valdeluna - 12 MAR 2024 - 10:15 CET": a name of three words or more printed with the story's town
 * after it (as El País prints it) keeps the name: the last word goes when the text prints it elsewhere, as the town of
 * the story is (a reporter's surname is printed once or twice).
 */
export function withoutTown(text: string, author: string): string {
  const words = author.split(/\s+/)
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return author
  const last = words[words.length - 1]
  if (last.length < 4 || occurrences(text, last) < 2 || occurrences(text, author) > 1) return author
  const name = words.slice(0, -1).join(' ')
  return PERSON.test(name) || CAPS_PERSON.test(name) ? name : author
}

/** A date and time as meta lines print them, numeric or with the month's name: "2019-12-24 10:15", "12.03.2024 10:15 Uhr", "March 12, 2024 10:15 AM", "12 de marzo de 2024". */
const DATE_SRC = String.raw`(?:(?:기사)?(?:입력|승인|등록|수정)\s*:?\s*|(?:Publié|Mis à jour|Publicado|Actualizado|Published|Updated|Posted|Veröffentlicht|Aktualisiert|Опубликовано|Обновлено)(?:\s(?:le|el|am|on))?:?\s)?(?:(?:19|20)\d\d[-./]\s?\d{1,2}[-./]\s?\d{1,2}\.?|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d|\p{L}{3,9}\.?\s\d{1,2},\s(?:19|20)\d\d|\d{1,2}\.?\s(?:de\s)?\p{L}{3,10}\.?\s(?:de\s)?(?:19|20)\d\d)(?:(?:,?\s*|\s[-–|]\s)(?:à\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?(?:Uhr|AM|PM|am|pm|h))?)?`
const DATE_LEAD = new RegExp(`^${DATE_SRC}(?:\\s*[|·•–—,/-])?\\s+(?=\\S)`, 'u')
const DATE_TAIL = new RegExp(`\\s(?:[|·•–—,/-]\\s*)?\\s*${DATE_SRC}$`, 'u')
/** An article or a preposition opening a heading in capitals ("Les POMPIERS", "Die FEUERWEHR"): no first name. */
const FUNCTION_WORD = new RegExp(`^(?:${[...new Set(Object.values(PACKS).flatMap((p) => p.bylines.functionWords ?? []))].join('|')})\\s`, 'iu')
/** "Marta QUINTANILLA": a name with its surname in capitals. */
const CAPS_SURNAME = new RegExp(`^${WORD}(?:\\s${WORD})?\\s(?:${PARTICLE}\\s)?${CAPS_WORD}(?:\\s${CAPS_WORD})?$`, 'u')
/** "Marta QUINTANILLA, foto Luis Ortega", "Ирина СОКОЛОВА, фото …": the name, then a photo credit. */
const NAME_PHOTO = new RegExp(`^(${PERSON_SRC}),?\\s+(?:fotos?|photos?|фото|bild|foto y texto)(?![\\p{L}])`, 'iu')
/** "MARTA QUINTANILLA / Valdeluna", "MARTA QUINTANILLA | Valdeluna": a name in capitals, a slash or a bar, the reporter's town. */
const CAPS_THEN_PLACE = new RegExp(`^(${CAPS_WORD}(?:\\s${CAPS_WORD}){1,2})\\s?[/|]\\s?${WORD}(?:\\s${WORD})?$`, 'u')
/** "Ирина Соколова, Петр Орлов", "Ana Ruiz y Luis Gil": two reporters on one line; the first is the author. */
const NAME_PAIR = new RegExp(`^(${PERSON_SRC})(?:,\\s|\\s(?:и|y|und|et|and|&)\\s)${PERSON_SRC}$`, 'u')
/** "Autor: redacción": the desk in the author field, in any case. */
const DESK_LABELLED = /^(?:Autor|Autora|Author|Auteur|Автор)\s?:\s*(redacción|rédaction|redaktion|редакция|newsroom)$/iu
/** "Diario del Valle / Marta Quintanilla", "Lindentaler Anzeiger | Anna Berg": the outlet, a slash or bar, the name. */
const OUTLET_THEN_NAME = new RegExp(`^[^/|]{2,40}?\\s[/|]\\s(${PERSON_SRC})$`, 'u')

/** The author of a meta line once its date is taken off ("2019-12-24  홍길동 기자", "Por Ana Ruiz  12/03/2024 10:15"). */
function metaRest(text: string, rest: string): string | null {
  const desk = DESK_OR_AGENCY.exec(rest.trim()) ?? DESK_LABELLED.exec(rest.trim())
  if (desk && desk[3] === undefined) return desk[1] ?? desk[2]
  // (session 30: "[18:06] 최종편집    박서진 기자": the time in brackets and the edit label the meta line prints before the name)
  const line = rest.replace(META_BULLET, '').trim().replace(KO_EDIT_LEAD, '')
  if (line.length < 4 || line.length > 120) return null
  const verdict = classifyLine(line, { first: false, alone: true, moreFollow: true })
  if (verdict?.kind === 'byline' && verdict.author) {
    const name = bareAuthor(verdict.author)
    if (name && !looksLikeOutlet(name) && (/^\p{Script=Hangul}{2,4}$/u.test(name) || nameShaped(text, name))) return name
  }
  const ko = /^\[?(?:[가-힣A-Za-z]{2,10}[\s=＝])?([가-힣]{2,4})\s?(?:기자|특파원)\]?(?:\s+\S+@\S*)?$/u.exec(line)
  if (ko) return ko[1]
  const mailed = NAME_EMAIL.exec(line)
  if (mailed && nameShaped(text, mailed[1])) return mailed[1]
  const by = BY_WORD.exec(line)
  const name = by ? line.slice(by[0].length).replace(/,\s.*$/u, '') : line
  if ((PERSON.test(name) || CAPS_PERSON.test(name)) && nameShaped(text, name)) return name
  const outlet = creditLead(line) ? null : OUTLET_THEN_NAME.exec(line)
  if (outlet && nameShaped(text, outlet[1])) return outlet[1]
  const pair = NAME_PAIR.exec(name)
  if (pair && nameShaped(text, pair[1])) return pair[1]
  const capsPlace = CAPS_THEN_PLACE.exec(line)
  if (capsPlace && capsName(text, capsPlace[1])) return capsPlace[1]
  // (session 35) a desk's, a team's or a user's name beside the date names no person and is the credit as printed
  return creditName(name.trim())
}

/** "[18:06] 최종편집    ", "최종수정 : ": a time in brackets and a Korean edit label before the reporter in a meta line. */
const KO_EDIT_LEAD = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:최종)?(?:편집|수정)(?:일시?)?\s*[:：]?\s+(?=[가-힣])/u

/** A name in capitals whose words the text does not use in lowercase (lines.ts's capsByline). */
function capsName(text: string, name: string): boolean {
  if (looksLikeOutlet(name)) return false
  return name.split(/\s+/).every((w) => w.length < 3 || !new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text))
}

/** The name's words other than the given name are printed nowhere else on the page (any case). */
function printedOnce(text: string, name: string): boolean {
  const lower = text.toLowerCase()
  return name.split(/\s+/).slice(1).every((w) => w.length < 3 || occurrences(lower, w.toLowerCase()) <= 1)
}

/**
 * A name alone where a bare name is as often a label ("Most Popular", "Top Stories"): above the headline, or run on
 * after the last sentence. It signs the page when it opens with a common given name (the packs' givenNames) and the
 * rest of it is printed nowhere else (a person the text speaks about, or a topic tag, is named again): "Marta
 * Quintanilla", "Julie MARCHAND", "MARTA QUINTANILLA / Valdeluna", "Ирина Соколова, Петр Орлов" (the first of two).
 */
export function signedName(text: string, line: string): string | null {
  const t = line.trim()
  if (t.length < 5 || t.length > 70) return null
  const pair = NAME_PAIR.exec(t)
  const capsPlace = pair ? null : CAPS_THEN_PLACE.exec(t)
  const barred = pair || capsPlace ? null : NAME_BAR_TAIL.exec(t)
  const name = PERSON.test(t) || CAPS_PERSON.test(t) ? t : (pair?.[1] ?? capsPlace?.[1] ?? barred?.[1] ?? null)
  if (!name || !opensWithGivenName(name) || looksLikeOutlet(name) || !printedOnce(text, name)) return null
  return name
}

/** "Marta Quintanilla | Valdelunero": a name, a bar, then one to three capitalised words (the paper or the town). */
const NAME_BAR_TAIL = new RegExp(`^(${PERSON_SRC})\\s[|]\\s\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{L}[\\p{L}.'’-]+){0,2}$`, 'u')

/** A date line of the meta block: "• 승인 2017.12.12 00:46", "Actualizado 12/03/2024". */
const WORDS_AND_DATE = new RegExp(`^(?:\\p{L}+(?:\\s\\p{L}+){0,3}:?\\s)?${DATE_SRC}$`, 'u')
function dateLine(line: string): boolean {
  const t = line.replace(META_BULLET, '').trim()
  return t.length <= 60 && (HANGUL_DATE_LINE.test(t) || WORDS_AND_DATE.test(t) || DAY_MONTH_TIME.test(t) || (parseDate(t) !== null && !/[.!?]$/u.test(t)))
}
/** Every pack's month names, all forms ("июня", "juni", "junio"). */
const MONTH_FORMS = phrases(Object.values(PACKS).flatMap((p) => p.dates.months.flat()))
/**
 * "3 июня 08:20", "3. Juni 08:20", "June 3, 08:20": a CMS's stamp of the day, the month and the time with no year, as a
 * meta block prints it over the author (session 33, from the spent part dev9).
 */
const DAY_MONTH_TIME = new RegExp(`^(?:\\d{1,2}\\.?\\s(?:de\\s)?(?:${MONTH_FORMS})\\.?|(?:${MONTH_FORMS})\\.?\\s\\d{1,2})(?:,?\\s(?:19|20)\\d\\d)?,?\\s(?:в\\s|à\\s|um\\s|a las\\s)?\\d{1,2}[:h.]\\d{2}(?:\\s?(?:Uhr|[AaPp]\\.?[Mm]\\.?))?$`, 'iu')

/** Under the headline: a line that is a date and an author line ("2019-12-24     홍길동 기자", "Por Ana Ruiz | 12/03/2024"). */
function besideDate(text: string, lines: Line[]): Found | null {
  for (let i = 1; i < Math.min(lines.length, HEAD_LINES); i++) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 160) continue
    const lead = DATE_LEAD.exec(line)
    const rest = lead ? line.slice(lead[0].length) : line.replace(DATE_TAIL, '')
    if (rest.length === line.length) continue
    const name = metaRest(text, rest)
    if (name) return { author: name, line: i }
  }
  return null
}

/** Near the top or the end, a name line of one of the shapes the other rules leave: a surname in capitals under the headline, a photo credit after the name, the outlet and a slash before it. */
function nameShapes(text: string, lines: Line[], body: number[], slot: 'head' | 'closing'): Found | null {
  const rows: number[] = []
  const last = lines.length - 1
  // a short page's last line after a finished sentence is read in the closing slot (with the head's shapes, as it stands
  // among the first four lines)
  const shortClose = last >= 2 && last < 4 && ENDS_SENTENCE.test(text.slice(Math.max(lines[last - 1].start, lines[last - 1].end - 3), lines[last - 1].end))
  if (slot === 'head') for (let i = 1; i < Math.min(lines.length, 4); i++) rows.push(i)
  else {
    if (shortClose) rows.push(last)
    for (let j = Math.max(4, lines.length - 3); j < lines.length; j++) rows.push(j)
  }
  for (const i of rows) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 90) continue
    const atTop = i < 4
    const before = text.slice(Math.max(lines[i - 1].start, lines[i - 1].end - 3), lines[i - 1].end)
    // (a short page's last line after a finished sentence is the closing slot's, read after the head: "…, сообщили в
    // пожарной части. / Нижний Новгород, Олег Туманов" is a place and the signature, not a pair of names under the headline)
    if (slot === 'head' && i === last && shortClose) continue
    if (!atTop && (!ENDS_SENTENCE.test(before) || bodyAfter(text, lines, body, i))) continue
    const labelledDesk = atTop ? DESK_LABELLED.exec(line) : null
    if (labelledDesk) return { author: labelledDesk[1], line: i }
    const pair = NAME_PAIR.exec(line.replace(BY_WORD, ''))
    if (pair && nameShaped(text, pair[1])) return { author: pair[1], line: i }
    const capsPlace = CAPS_THEN_PLACE.exec(line)
    if (capsPlace && capsName(text, capsPlace[1])) return { author: capsPlace[1], line: i }
    const photo = NAME_PHOTO.exec(line)
    if (photo && nameShaped(text, photo[1])) return { author: photo[1], line: i }
    if (atTop && CAPS_SURNAME.test(line) && !FUNCTION_WORD.test(line) && nameShaped(text, line)) return { author: line, line: i }
    // (session 33) not a picture's credit: "fotos | Pedro Gil" names the photographer
    const outlet = creditLead(line) ? null : OUTLET_THEN_NAME.exec(line)
    if (outlet && nameShaped(text, outlet[1])) return { author: outlet[1], line: i }
    // "Pierre Durand et J.L. , modifié à 10h": the byline glued to the page's update stamp
    const stamped = atTop ? NAME_STAMP.exec(line.replace(TIME_THEN_BY, '')) : null
    if (stamped && nameShaped(text, stamped[1])) return { author: stamped[1], line: i }
    // "Jorge Martínez | Enterado": a name opening with a given name, a bar, the paper or the town
    const barred = atTop ? NAME_BAR_TAIL.exec(line) : null
    if (barred && signedName(text, barred[1])) return { author: barred[1], line: i }
    // "M. LUISA QUINTANILLA / WORD": a name in capitals after an initial, a slash and a code of the system or the agency
    const coded = atTop ? CAPS_INITIAL_CODE.exec(line) : null
    if (coded && capsName(text, coded[2])) return { author: coded[1], line: i }
  }
  return null
}

/** "Pierre Durand et J.L. , modifié à", "Marta Quintanilla, actualizado el …": a name (and a second author) before an update stamp. */
const NAME_STAMP = new RegExp(`^(${PERSON_SRC})(?:\\s(?:et|y|und|and|и)\\s[\\p{L}.'’ -]{2,30}?)?\\s?,\\s(?:modifié|mis à jour|publié|actualisé|actualizado|publicado|aktualisiert|veröffentlicht|updated|published|обновлено|опубликовано)(?![\\p{L}]).{0,40}$`, 'u')
/** "Hier 05:01 par ", "Yesterday 05:01 by ", "Вчера 05:01, автор ": the day and time a page prints before the byline's word. */
const TIME_THEN_BY = /^(?:\p{L}+(?:['’]\p{L}+)?\s+)?\d{1,2}[:h]\d{2}\s*,?\s+(?:par|by|von|por|автор)\s+(?=\p{Lu})/iu

/** "M. LUISA QUINTANILLA / WORD", "M. LUISA QUINTANILLA": an initial, a name in capitals, maybe a slash and one code in capitals. */
const CAPS_INITIAL_CODE = new RegExp(`^((?:\\p{Lu}\\.\\s?){1,2}(${CAPS_WORD}(?:\\s${CAPS_WORD}){1,2}))(?:\\s?/\\s?\\p{Lu}{2,8})?$`, 'u')

/** A line opening with a quotation mark: a pull quote, whose name after a dash is the speaker, not the author. */
const QUOTED_LEAD = /^\s*["“„«‘]/u
/** A share bar at the foot ("Compartir en Facebook Twitter", "Teilen auf …", "Поделиться"): the author's name may close the page under it. */
const SHARE_BAR = /^(?:Compartir|Comparte|Partager|Teilen|Share|Поделиться)(?:\s(?:en|sur|auf|on|via|this|article|artículo|l['’]article|den Artikel))?(?:\s+[\p{L}]+){0,6}:?$/iu

function inHeader(text: string, lines: Line[]): Found | null {
  const n = Math.min(lines.length, HEAD_LINES)
  for (let i = 0; i < n; i++) {
    const line = text.slice(lines[i].start, lines[i].end)
    const head = line.slice(0, 400)
    const bar = BY_BAR_DATE.exec(head)
    if (bar && parseDate(head.slice(bar.index + bar[0].length, bar.index + bar[0].length + 40))) return { author: bar[1] }
    NAME_BEFORE_DATE.lastIndex = 0
    for (let m = NAME_BEFORE_DATE.exec(head); m; m = NAME_BEFORE_DATE.exec(head)) {
      const after = head.slice(m.index + m[0].length, m.index + m[0].length + 40)
      if ((parseDate(after) || SLASH_DATE.test(after)) && nameShaped(text, m[1])) return { author: m[1], line: m.index === 0 && line.length <= 120 ? i : undefined }
    }
    // (a quotation and a dash before the name: the name is the quote's speaker, "«Queremos abrir» - Luis Ortega")
    if (line.length <= 120 && /\s[|–—-]\s/u.test(line) && !QUOTED_LEAD.test(line)) {
      const parts = line.split(PART_SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0)
      const last = parts[parts.length - 1]
      if (parts.length >= 2 && (CAPS_PERSON.test(last) || PERSON.test(last)) && nameShaped(text, last)) return { author: last, line: i }
    }
    // an agency or a desk alone in the author box, the time under it: "The Associated Press" / "5 days ago"
    if (i >= 1 && line.length <= 40 && looksLikeOutlet(line) && line.split(/\s+/).length <= 4) {
      let k = i + 1
      while (k < lines.length && k <= i + 2 && text.slice(lines[k].start, lines[k].end) === line) k++
      const under = k < lines.length ? text.slice(lines[k].start, lines[k].end).trim() : ''
      if (under.length <= 60 && (RELATIVE_TIME.test(under) || (parseDate(under) !== null && !/\p{L}{4}[^.]*[.!?]$/u.test(under)))) return { author: line, line: i }
    }
    const mailed = line.length <= 80 ? NAME_EMAIL.exec(line) : null
    if (mailed && nameShaped(text, mailed[1])) return { author: mailed[1], line: i }
    // under the headline, an agency's code after the byline's word ("Von dpa") or a desk alone ("Redacción")
    const desk = i >= 1 && line.length <= 30 ? DESK_OR_AGENCY.exec(line.trim()) : null
    if (desk && (desk[3] === undefined || AGENCY_CODE.test(desk[3])) && !personCredited(text, lines)) return { author: desk[1] ?? desk[2] ?? desk[3], line: i }
    const dated = HANGUL_NAME_DATE.exec(line)
    if (dated) return { author: dated[1], line: line.length <= 40 ? i : undefined }
    const runIn = KO_RUN_IN.exec(line)
    if (runIn) return { author: runIn[1], lead: { line: i, at: lines[i].start + runIn[0].length } }
    const korean = HANGUL_NAME_LINE.exec(line.trim())
    if (korean) {
      const near = [i - 1, i + 1].filter((k) => k >= 0 && k < lines.length).map((k) => text.slice(lines[k].start, lines[k].end).trim())
      if (near.some((t) => HANGUL_DATE_LINE.test(t))) return { author: korean[1], line: i }
    }
  }
  return null
}

/**
 * The page's meta block, read line by line without its list bullets: a byline the whole-line rules missed because a
 * bullet or dash stood before it ("  • 홍길동 기자", "- I. VEGA / J. CHICOTE MADRID"), at the top or at the end.
 */
function bulletedByline(text: string, lines: Line[]): Found | null {
  const head = Math.min(lines.length, HEAD_LINES + 2)
  const rows: number[] = []
  for (let i = 0; i < head; i++) rows.push(i)
  for (let j = Math.max(head, lines.length - TAIL_LINES); j < lines.length; j++) rows.push(j)
  for (const i of rows) {
    const raw = text.slice(lines[i].start, lines[i].end)
    const bullet = META_BULLET.exec(raw)
    if (!bullet) continue
    const rest = raw.slice(bullet[0].length).trim()
    if (rest.length < 4 || rest.length > 120) continue
    const initials = INITIALS_AND_SURNAMES.exec(rest)
    // a country's or a body's initials ("U.S. NAVY", "U.N. STAFF") are no reporter
    if (initials && !/^(?:U\.\s?[SKN]\.|E\.\s?U\.|EE\.\s?UU\.)/u.test(initials[1])) return { author: initials[1], line: i }
    // (session 30: a relative time or a reading time in the meta block counts as its date: "- vor 11 Minuten", "- 8 Min. Lesezeit")
    const nearDate = [i - 1, i + 1].some((k) => k >= 0 && k < lines.length && (dateLine(text.slice(lines[k].start, lines[k].end)) || relativeTimeLine(text.slice(lines[k].start, lines[k].end))))
    if (nearDate) {
      const name = metaRest(text, rest)
      if (name) return { author: name, line: i }
    }
    const verdict = classifyLine(rest, { first: false, alone: true, moreFollow: true })
    if (verdict?.kind === 'byline' && verdict.author && !looksLikeOutlet(verdict.author) && (/^\p{Script=Hangul}{2,4}$/u.test(verdict.author) || nameShaped(text, verdict.author))) return { author: verdict.author, line: i }
  }
  return null
}

/** "(bt) Anwohner haben …": the reporter's initials opening the first body line, cut off it; agency codes ("(dpa)") are not. */
function openingKuerzel(text: string, lines: Line[], body: number[]): Found | null {
  if (body.length === 0) return null
  const i = body[0]
  const m = KUERZEL_OPENING.exec(text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 20)))
  if (!m || m[1].split('/').some((p) => AGENCY_CODE.test(p))) return null
  return { author: m[1], lead: { line: i, at: lines[i].start + m[0].length } }
}

/** "사회홍길동": a section label glued to a name alone on one of the first lines; the name is printed nowhere else. */
function sectionAndName(text: string, lines: Line[]): Found | null {
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    const m = KO_SECTION_NAME.exec(text.slice(lines[i].start, lines[i].end).trim())
    if (m && occurrences(text, m[1]) === 1) return { author: m[1], line: i }
  }
  return null
}

/** "Por: Ana Ruiz Gil, abogada y columnista …": the labelled byline of any line, the name before the role. */
function labelledByline(text: string, lines: Line[]): Found | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.end - line.start > MAX_LABELLED_LINE) continue
    const c = text.charCodeAt(line.start)
    // P, B, V, E, T: the first letters of the labels, so that most lines are passed over at once
    if (c !== 80 && c !== 66 && c !== 86 && c !== 69 && c !== 84) continue
    const lineText = text.slice(line.start, line.end)
    const label = LABELLED_BYLINE.exec(lineText)
    if (!label) continue
    const m = NAME_THEN_ROLE.exec(lineText.slice(label[0].length))
    if (m && nameShaped(text, m[1])) return { author: m[1], line: i }
  }
  return null
}

/** A sentence of the page that is a credit naming a person ("Reportage : Jane Doe"), as the sentence pass reads it. */
export function personCredited(text: string, lines: Line[]): boolean {
  for (let k = 0; k < lines.length; k++) {
    for (const piece of text.slice(lines[k].start, lines[k].end).split(/(?<=[.!?…»"”])\s+/u)) {
      if (piece.length > MAX_CREDIT_SENTENCE) continue
      const verdict = classifySentence(piece)
      if (verdict?.kind === 'byline' && verdict.author) return true
    }
  }
  return false
}

/** A finished sentence of body text after line j: then line j is inside the article (a widget label), not its signature. */
function bodyAfter(text: string, lines: Line[], body: number[], j: number): boolean {
  for (const k of body) {
    if (k <= j) continue
    const line = text.slice(lines[k].start, lines[k].end)
    if (ENDS_SENTENCE.test(line.slice(-3)) && line.split(/\s+/).length >= 6) return true
  }
  return false
}

/** "… al año. Por Ana Ruiz", "… des Jahres. Anna Berg anna.berg@example.de": a marked author line run on after the last paragraph's last sentence. */
const RUN_ON_TAIL = /[.!?]["“”»]?\s+((?:[^.!?]|\.(?=\w)|(?<=(?:^|[\s,|/])\p{Lu})\.(?=\s\p{Lu})){4,100})$/u
const PERSON_START = new RegExp(`^${PERSON_SRC}(?![\\p{L}])`, 'u')
/** "Marta Quintanilla (Valdeluna)": a name and the reporter's town in brackets. */
const NAME_TOWN_BRACKET = new RegExp(`^${PERSON_SRC}\\s\\(\\p{Lu}[\\p{Ll}'’-]+(?:[\\s-]\\p{Lu}[\\p{Ll}'’-]+)?\\)$`, 'u')

/**
 * A paragraph the caption rules took for a caption because a credit-shaped signature closes it ("… saldrán del
 * presupuesto de cultura. Marta Quintanilla / EFE"): a caption is a short line, a paragraph before the signature has
 * fifteen words or more. Then the line is body text, and the signature run on after its last sentence is read as one.
 */
export function paragraphWithSignature(line: string): boolean {
  if (line.length < 50 || line.length > 1200) return false
  const initials = INITIALS_RUN_ON.exec(line.slice(-40))
  // (initials are no photographer's credit: a sentence of eight words or more before them is a paragraph)
  if (initials && reporterInitials(initials[1])) return line.slice(0, line.length - initials[0].length).trim().split(/\s+/).length >= 8
  const m = line.length >= 100 ? RUN_ON_TAIL.exec(line.slice(-120)) : null
  if (!m || m[1].trim().length > 70) return false
  const before = line.slice(0, line.length - m[1].length)
  // the tail opens with a person's name (after a byline's word or "Texto:"): "© DPA" or "Foto: X" closing a caption is no signature
  const tail = m[1].trim().replace(BY_WORD, '').replace(/^(?:Texto|Text|Texte|Текст)\s?:\s*/u, '')
  return before.trim().split(/\s+/).length >= 15 && !/^\W*(?:fotos?|photos?|bild|фото)\b/iu.test(m[1].trim()) && PERSON_START.test(tail)
}
function runOnSignature(text: string, lines: Line[], body: number[]): Found | null {
  if (body.length < 1) return null
  const k = body[body.length - 1]
  const line = text.slice(lines[k].start, lines[k].end).trimEnd()
  // (a page of one paragraph, as a video page prints its report: the tail closes a paragraph of fifteen words or more)
  if (body.length < 2 && line.split(/\s+/).length < 20) return null
  const m = RUN_ON_TAIL.exec(line.slice(-120))
  // a tail may end in a bracket when it holds the reporter's town: "… de cultura. Marta Quintanilla (Valdeluna)"
  if (!m || (ENDS_SENTENCE.test(m[1]) && !NAME_TOWN_BRACKET.test(m[1].trim()))) return null
  const rawTail = m[1].trim()
  const tail = rawTail.replace(/\s\(\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?\)$/u, '')
  // only a marked author line: the byline's word, 기자, or an e-mail (two capitalised words alone are as often a widget's
  // label, "Most Popular"), or a name that opens with a common given name and is printed only here
  const marked = BY_WORD.test(tail) || /@|기자|특파원/u.test(tail) || tail.split(/\s[|/–—-]\s/u).some((part) => labelledWriter(part) !== null)
  const name = metaRest(text, tail)
  if (!marked && (!name || signedName(text, name) === null)) return null
  // a name printed only here: a person the text speaks about is named again
  if (!name || name.split(/\s+/).some((w) => w.length >= 3 && !/^(?:und|and|et|y|и)$/u.test(w) && occurrences(text, w) > 1 && !/@/.test(tail))) return null
  return { author: name, cut: { line: k, at: lines[k].start + line.length - rawTail.length - 1 } }
}

/** A surname in capitals ("Ирина СОКОЛОВА"): the way a paper prints its reporter, not a phrase. */
const HAS_CAPS_SURNAME = /\s(?:\p{Lu}\.\s)?\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u
/** "Name, Paper": a name, a comma, one to three capitalised words (the paper or the town it was written for). */
const NAME_COMMA_TAIL = new RegExp(`^(${PERSON_SRC}),\\s\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{L}[\\p{L}'’-]+){0,2}$`, 'u')

/**
 * A signature line at the end in the shapes a bare name test leaves: "Ирина СОКОЛОВА." (a full stop after the name) and
 * "Сергей ЯНОВСКИЙ, Херсонцы" (the name, then the paper or town). Only a name that opens with a common given name or
 * prints its surname in capitals: "Feliz Navidad." closing a page is no signature.
 */
function signingName(line: string): string | null {
  const stopped = /^(.+[^.\s])\.$/u.exec(line)?.[1]
  const tail = NAME_COMMA_TAIL.exec(line)?.[1]
  const name = stopped && PERSON.test(stopped) ? stopped : (tail ?? null)
  return name && (opensWithGivenName(name) || HAS_CAPS_SURNAME.test(name)) ? name : null
}

/** Words no name is made of, in any case: prepositions, articles and adverbs that chrome labels are ("Archivado En", "Read More", "Lire Aussi", "Auch Interessant", "Читайте Также"). */
const NOT_NAME_WORD = /^(?:en|in|on|of|under|more|also|read|see|auch|mehr|zum|zur|aussi|dans|plus|lire|voir|más|mas|te|lo|ver|the|and|und|et|y|и|также|еще|ещё|читайте|см|interactions|sidebar|posts|stories|comments|articles|recent|related|trending|popular|latest|primary|footer|entradas|recientes|artículos|relacionados|relacionadas|comentarios|récents|derniers|dernières|commentaires|populaires|neueste|beiträge|ähnliche|artikel|kommentare|похожие|последние|записи|комментарии)$/iu
// (session 29: site sections closing a page in title case, "Reader Interactions", "Entradas Recientes", "Neueste Beiträge")
/** A line the furniture rules call chrome, or one with a word no name is made of: a label closing the page, not a signature. */
function chromeLabel(line: string): boolean {
  if (line.split(/\s+/).some((w) => NOT_NAME_WORD.test(w))) return true
  return classifyLine(line, { first: false, alone: true, moreFollow: false })?.kind === 'boilerplate'
}

/** "*brc", "—jw", "/abg": an editor's or reporter's initials after a mark, alone as the last line (not "*FIN*", "—END—", "* * *"). */
const MARKED_INITIALS = /^[*—–/]\s?(\p{L}{2,4})$/u
const NOT_INITIALS = /^(?:fin|end|ende|fine|конец|top|pub|ad|ads)$/iu

/** A user name: lowercase Latin letters, digits, "_" or "-", three to twenty, no domain ("vk.com"). */
const USER_NAME = /^[a-z][a-z0-9_-]{2,19}$/u
const SOCIAL_WORD = /^(?:telegram|vk|vkontakte|ok|odnoklassniki|whatsapp|viber|facebook|twitter|youtube|instagram|tiktok|rss|tags?|share|print|email|menu|top|up|kakao|kakaotalk|naver|band|blog|admin-ajax)$/u
/** The page is written in a script other than Latin (more Cyrillic or Hangul letters than Latin ones). */
function otherScript(text: string): boolean {
  const sample = text.slice(0, 2000)
  const other = (sample.match(/[\p{Script=Cyrillic}\p{Script=Hangul}]/gu) ?? []).length
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length
  return other > 2 * latin
}

function atEnd(text: string, lines: Line[], body: number[]): Found | null {
  const last = lines.length - 1
  if (last >= 2) {
    const marked = MARKED_INITIALS.exec(text.slice(lines[last].start, lines[last].end).trim())
    const before = text.slice(Math.max(lines[last - 1].start, lines[last - 1].end - 3), lines[last - 1].end)
    if (marked && !NOT_INITIALS.test(marked[1]) && ENDS_SENTENCE.test(before)) return { author: marked[1], line: last }
    // "helen": a blog engine's user name in Latin letters alone at the end of a page in another script (Cyrillic, Hangul)
    const user = USER_NAME.exec(text.slice(lines[last].start, lines[last].end).trim())
    if (user && !SOCIAL_WORD.test(user[0]) && ENDS_SENTENCE.test(before) && otherScript(text)) return { author: user[0], line: last }
  }
  const lastBody = body.length > 0 ? body[body.length - 1] : -1
  if (lastBody >= 1) {
    const line = lines[lastBody]
    const tail = text.slice(Math.max(line.start, line.end - 40), line.end)
    const m = INITIALS_CLOSE.exec(tail) ?? KUERZEL_CLOSE.exec(tail)
    if (m && !m[1].split(/\s?\/\s?/).every((p) => AGENCY_CODE.test(p))) {
      const at = line.end - tail.length + m.index + 1
      return { author: m[1], cut: { line: lastBody, at } }
    }
  }
  for (let j = lines.length - 1; j >= Math.max(2, lines.length - TAIL_LINES); j--) {
    const line = text.slice(lines[j].start, lines[j].end).trim()
    if (line.length <= MAX_SIGNATURE + 30) {
      // "Ирина Соколова, Петр Орлов": two reporters, not a place and a name, when the first opens with a given name
      const twoNames = NAME_PAIR.exec(line)
      const place = twoNames && opensWithGivenName(twoNames[1]) ? null : PLACE_PERSON.exec(line)
      const mailed = place ? null : NAME_EMAIL.exec(line)
      // (a name in capitals signs the page when it opens with a common given name: "MARTA QUINTANILLA", not "ÚLTIMA HORA")
      const capsSigned = CAPS_PERSON.test(line) && opensWithGivenName(line) && capsName(text, line) ? line : null
      const name = place ? place[1] : twoNames && !place && opensWithGivenName(twoNames[1]) ? twoNames[1] : mailed ? mailed[1] : PERSON.test(line) ? line : (capsSigned ?? signingName(line))
      const before = text.slice(Math.max(lines[j - 1].start, lines[j - 1].end - 3), lines[j - 1].end)
      // the line before ends a sentence, or is the share bar the name closes the page under
      const afterShare = SHARE_BAR.test(text.slice(lines[j - 1].start, lines[j - 1].end).trim())
      if (name && (ENDS_SENTENCE.test(before) || afterShare) && nameShaped(text, name) && !chromeLabel(line) && !bodyAfter(text, lines, body, j)) return { author: name, line: j }
    }
    if (line.length > MAX_TAIL_CHROME) break
  }
  return null
}

/** "M.V.", "M.A.I.", "A.-F. L.", "J. M.", "И.С.": a reporter's initials alone, two to four letters. */
const INITIALS_ONLY = /^(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){2,4}$/u
/** Initials that name a country, a body or a company form, not a reporter. */
const NOT_REPORTER_INITIALS = /^(?:U\.\s?S\.(?:\s?A\.)?|U\.\s?K\.|U\.\s?N\.|E\.\s?U\.|D\.\s?C\.|S\.\s?A\.|S\.\s?L\.|N\.\s?N\.|Ч\.\s?П\.)$/u
function reporterInitials(s: string): boolean {
  const t = s.trim()
  return INITIALS_ONLY.test(t) && !NOT_REPORTER_INITIALS.test(t)
}

/**
 * A reporter's initials signing the page at its top: alone on a line ("M.V." under the standfirst, "M.A.I." over the
 * date line) or the first part of a meta line with a date in it ("M.A. - 19 déc. 2014 à 05:00 - Temps de lecture :").
 */
function initialsAtTop(text: string, lines: Line[]): Found | null {
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES + 2); i++) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 120) continue
    if (reporterInitials(line)) return { author: line, line: i }
    const parts = line.split(/\s+[|·•–—-]\s+/u)
    if (parts.length >= 2 && reporterInitials(parts[0]) && parts.slice(1).some((p) => parseDate(p) !== null || SLASH_DATE.test(p.trim()))) return { author: parts[0].trim(), line: i }
  }
  return null
}

/** "… trois semaines. ■O. D.", "… al año. (M.Q.)": initials run on after the last sentence behind a mark or in brackets. */
const INITIALS_RUN_ON = /[.!?…"”»]\s*(?:[■□◆◇●•▪—–]\s?|\(|\s)((?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){2,4})\)?$/u
function initialsRunOn(text: string, lines: Line[], body: number[]): Found | null {
  if (body.length === 0) return null
  const k = body[body.length - 1]
  const line = text.slice(lines[k].start, lines[k].end).trimEnd()
  const m = INITIALS_RUN_ON.exec(line.slice(-40))
  if (!m || !reporterInitials(m[1])) return null
  const at = lines[k].start + line.length - m[0].length + 1
  return { author: m[1].trim(), cut: { line: k, at } }
}

/** The writer's labels a byline opens with: phrases, the byline's word, and labels that take a colon. */
const LABEL_PHRASES = ['Texto y fotograf[íi]as de', 'Texto y fotos de', 'Texto de']
const LABEL_WORDS = ['Por', 'Von', 'Par', 'By']
const LABEL_COLON = ['Text', 'Texte', 'Текст', 'Автор']
/** The byline's words that may open the first paragraph, run into it: "Texto y fotografías de …", "Von …", "Text: …". */
const RUN_IN_LABEL = new RegExp(
  `^(?:${LABEL_PHRASES.join('|')}|${LABEL_WORDS.flatMap((w) => [w, w.toUpperCase()]).join('|')}|(?:${LABEL_COLON.join('|')})\\s?:)\\s+`,
  'u',
)
/**
 * A line that says it is a byline, in any case and with or without a colon: "Por: X", "By X", "Von X", "Par X",
 * "Автор: X", "Texto: X", "de X" (lines.ts: a signed byline replaces a guessed bare name).
 */
export const SIGNED_LINE = new RegExp(`^(?:${[...LABEL_PHRASES, ...LABEL_WORDS, ...LABEL_COLON, 'texto', 'de'].join('|')})\\s*:?\\s+\\p{Lu}`, 'iu')
/** The same words inside a line, after a lowercase word: where they are capitalised, they start a byline, not a sentence. */
const RUN_IN_INSIDE = /(?<=\p{Ll}(?:[,;]|[.!?]["”»]?)?\s)(?:Von|Por|Par|By)\s+(?=\p{Lu})/u
/** A capitalised word that opens a sentence, never the last word of a name. */
const SENTENCE_OPENER = /^(?:El|La|Los|Las|Lo|Un|Una|En|Con|Desde|Según|Tras|Este|Esta|Der|Die|Das|Ein|Eine|Im|Am|Am|Seit|Nach|Le|Les|Une|Des|Du|Au|Aux|Ce|Cette|Selon|Depuis|The|A|An|In|On|At|After|Il|Elle|Ils|Elles|Он|Она|Они|В|На|По|С)$/u
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,}(?:-\p{Lu}{2,})?)$/u
/** An initial before a surname: "J.", "J.-M.". */
const INITIAL_WORD = /^\p{Lu}\.(?:-\p{Lu}\.)?$/u

/**
 * The name after a run-in byline word, and where the sentence after it starts: two capitalised words, a third when the
 * word after it is capitalised too (a sentence opens with one capitalised word, then lowercase: "Ирина Соколова Городская
 * библиотека …" gives "Ирина Соколова"), then a capital, a quotation mark or a dash opening the sentence.
 */
function runInName(rest: string): { name: string; length: number } | null {
  const tokens = rest.slice(0, 160).split(' ')
  if (tokens.length < 6) return null
  const words: string[] = []
  let k = 0
  // (initials before the surname: "J. R. Pennick", "J.-M. Girard")
  while (k < 2 && INITIAL_WORD.test(tokens[k] ?? '')) words.push(tokens[k++])
  if (!NAME_WORD.test(tokens[k])) return null
  words.push(tokens[k++])
  if (words.length > 1 && /\.$/u.test(words[words.length - 2])) {
    const next = tokens[k] ?? ''
    // two initials and no surname: the capitalised word after them opens the sentence ("Par J.-M. G. Deux maisons …")
    if (words.length === 3 && INITIAL_WORD.test(words[1]) && /^\p{Ll}/u.test(next)) {
      const initials = words.slice(0, 2).join(' ')
      return reporterInitials(initials) ? { name: initials, length: initials.length } : null
    }
    if (!/^[\p{Lu}„“"«‘'—–-]/u.test(next) || /^\p{Lu}[\p{L}'’-]*[,;:]$/u.test(next)) return null
    const name = words.join(' ')
    return { name, length: name.length }
  }
  if (/^(?:de|del|da|di|van|von|le|la)$/u.test(tokens[k])) words.push(tokens[k++])
  if (!NAME_WORD.test(tokens[k]) || SENTENCE_OPENER.test(tokens[k])) return null
  words.push(tokens[k++])
  if (NAME_WORD.test(tokens[k]) && !SENTENCE_OPENER.test(tokens[k]) && /^[\p{Lu}„“"«]/u.test(tokens[k + 1] ?? '')) words.push(tokens[k++])
  const next = tokens[k] ?? ''
  // the sentence opens after the name; a capitalised word with a comma after it is the name going on ("Por Marta Gil Soto, la alcaldesa, …")
  if (!/^[\p{Lu}„“"«‘'—–-]/u.test(next) || /^\p{Lu}[\p{L}'’-]*[,;:]$/u.test(next)) return null
  const name = words.join(' ')
  return { name, length: name.length }
}

/** "Por Marta Quintanilla El ayuntamiento …": the byline's word and a name opening a long line, and where the body starts. */
export function runInLead(text: string, line: string): { author: string; at: number } | null {
  const start = RUN_IN_LABEL.exec(line)
  if (!start) return null
  const found = runInName(line.slice(start[0].length))
  return found && nameShaped(text, found.name) ? { author: found.name, at: start[0].length + found.length } : null
}

/**
 * A byline run into the first paragraph or the standfirst: "Texto y fotografías de María Ruiz Con frustración, …" opening
 * the line, or "… im beschleunigten Verfahren verurteilt Von Gabriele Hohenstein „Ein Satz …" inside it (Von, Por, Par
 * and By are capitalised there only as a byline's word). The name must be printed nowhere else as an ordinary word.
 */
function runInByline(text: string, lines: Line[], body: number[]): Found | null {
  for (const i of body.slice(0, 3)) {
    const line = text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 600))
    const start = RUN_IN_LABEL.exec(line)
    if (start) {
      const found = runInName(line.slice(start[0].length))
      if (found && nameShaped(text, found.name)) return { author: found.name, lead: { line: i, at: lines[i].start + start[0].length + found.length } }
    }
    const inside = RUN_IN_INSIDE.exec(line.slice(0, 400))
    if (inside) {
      const found = runInName(line.slice(inside.index + inside[0].length))
      if (found && nameShaped(text, found.name)) return { author: found.name }
    }
  }
  return null
}

/** The heading of an author box at the foot of the page: "Sobre la firma", "About the author", "Об авторе". */
const AUTHOR_BOX = /^(?:Sobre la firma|Sobre el autor|Sobre la autora|À propos de l['’]auteure?|Über den Autor|Über die Autorin|About the author|Об авторе)$/iu

/**
 * An author box at the foot, after the share bar: its heading, then the name ("Sobre la firma" / "Ana Ruiz"), or the
 * name printed twice in a row over a line of biography ("Ana Ruiz" / "Ana Ruiz" / "Licenciada en …") and nowhere
 * else on the page (a photo credit printed twice under a picture is one name over the caption, not this shape).
 */
function authorBox(text: string, lines: Line[]): Found | null {
  const at = (k: number) => text.slice(lines[k].start, lines[k].end).trim()
  for (let k = 3; k + 1 < lines.length; k++) {
    const line = at(k)
    if (line.length > 40) continue
    if (AUTHOR_BOX.test(line)) {
      const name = at(k + 1)
      if ((PERSON.test(name) || CAPS_PERSON.test(name)) && !looksLikeOutlet(name)) return { author: name, line: k + 1 }
      continue
    }
    if (!PERSON.test(line) || at(k + 1) !== line || occurrences(text, line) !== 2) continue
    if (k + 2 >= lines.length || at(k + 2).split(/\s+/).length >= 5) return { author: line, line: k }
  }
  return null
}

/** "우리투데이 홍길동 기자 |   …" below a long header of weather readings: the run-in reporter further down than HEAD_LINES. */
function koRunInBelow(text: string, lines: Line[]): Found | null {
  for (let i = HEAD_LINES; i < Math.min(lines.length, 40); i++) {
    const line = text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 60))
    const runIn = KO_RUN_IN.exec(line)
    if (runIn) return { author: runIn[1], lead: { line: i, at: lines[i].start + runIn[0].length } }
  }
  return null
}

/** "MBC뉴스 홍길동입니다.", "B tv 뉴스 홍길동 입니다.": a broadcast script's sign-off. */
const KO_SIGN_OFF = /^(?:[\p{L}\p{N} ]{0,16}?)뉴스\s?(?!이상\s?입니다)([가-힣]{2,4})\s?입니다\.?$/u
/** A broadcast script signs off with the reporter's name, whom the anchor's lead names as 기자 ("홍길동 기자가 보도합니다"). */
function koSignOff(text: string, lines: Line[]): Found | null {
  for (let j = lines.length - 1; j >= Math.max(1, lines.length - TAIL_LINES); j--) {
    const m = KO_SIGN_OFF.exec(text.slice(lines[j].start, lines[j].end).trim())
    if (m && new RegExp(`${m[1]}\\s?(?:기자|특파원)`, 'u').test(text)) return { author: m[1], line: j }
  }
  return null
}

// ---- session 29 (bylines8): shapes read from check6's and dev7's misses, each first as invented grid cells (S29) ----

/** A publication label whose date the copy lost, alone on its line ("Publié le", "Publicado el , actualizado"). */
const PUBLISHED_LOST = /^(?:Publié le|Publicado el|Publicada el|Veröffentlicht am|Published(?: on)?|Posted(?: on)?|Опубликовано)(?:\s?,\s?(?:mis à jour|actualizado|aktualisiert|updated|обновлено))?\s?:?$/iu
/**
 * "Publié le" / "CORRESPONDANT": under a publication label that lost its date, a short line without a sentence's end is
 * the author slot, printed as the page has it (a role, a desk or the paper's name, as "La rédaction" counts).
 */
function publishedSlot(text: string, lines: Line[]): Found | null {
  for (let i = 0; i + 1 < Math.min(lines.length, HEAD_LINES + 6); i++) {
    if (!PUBLISHED_LOST.test(text.slice(lines[i].start, lines[i].end).trim())) continue
    const slot = text.slice(lines[i + 1].start, lines[i + 1].end).trim()
    const words = slot.split(/\s+/)
    if (slot.length > MAX_SIGNATURE || words.length > 5 || /[.!?:;]$/u.test(slot) || !/^\p{Lu}/u.test(slot) || /\d/u.test(slot)) return null
    if (chromeLabel(slot) || words.every((w) => DATE_WORD.test(w))) return null
    // a one-word slot is a role or a desk ("Correspondant", "Lokalredaktion"), never a subscribers' or section label
    if (words.length === 1 && !SLOT_ROLE.test(slot)) return null
    return { author: slot, line: i + 1 }
  }
  return null
}
/** The one-word author slots: a correspondent, a reporter, the desk. */
const SLOT_ROLE = /^(?:correspondant|correspondante|corresponsal|korrespondent(?:in)?|correspondent|корреспондент|rédaction|redacción|redaktion|lokalredaktion|редакция|newsroom|staff|reporter|reportero|reportera)$/iu
/** The same role words after a slash: "MARCO ESCALERA/REPORTERO", "JANE MILLER/STAFF WRITER". */
const ROLE_WORDS = String.raw`(?:reportero|reportera|corresponsal|redactor|redactora|enviado especial|enviada especial|staff writer|staff reporter|reporter|correspondent|redakteur|redakteurin|korrespondent|korrespondentin|reporterin|correspondant|correspondante|journaliste|rédacteur|rédactrice|корреспондент|журналист|редактор)`
const NAME_SLASH_ROLE = new RegExp(`^(${PERSON_SRC}|${CAPS_WORD}(?:\\s${CAPS_WORD}){1,2})\\s?/\\s?${ROLE_WORDS}$`, 'iu')
/** "MARCO ESCALERA/REPORTERO" opening the page or under the headline. */
function nameSlashRole(text: string, lines: Line[]): Found | null {
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const m = NAME_SLASH_ROLE.exec(text.slice(lines[i].start, lines[i].end).trim())
    if (m && (PERSON.test(m[1]) || CAPS_PERSON.test(m[1]))) return { author: m[1], line: i }
  }
  return null
}
/** "Анастасия Сихвардт, библиотекарь детской библиотеки": a name and the writer's job (lowercase) after a comma. */
const NAME_COMMA_JOB = new RegExp(`^(${PERSON_SRC}),\\s\\p{Ll}[\\p{L}'’-]+(?:\\s[\\p{L}'’-]+){0,5}$`, 'u')
/** A Korean name with an e-mail in brackets, the address printed or hidden by the page's copy ("[email protected]"). */
const KO_NAME_EMAIL = /^(\p{Script=Hangul}{2,4})\s?(?:기자)?\s?[(<[]\s?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\sprotected\])\s?[)>\]]$/u
/**
 * A signature closing the page after a finished sentence: a name and a job after a comma, or a Korean name with its
 * e-mail in brackets; also under a page of one long paragraph (no headline above it).
 */
function signatureWithJob(text: string, lines: Line[], body: number[]): Found | null {
  const from = lines.length === 2 ? 1 : 2
  for (let j = lines.length - 1; j >= Math.max(from, lines.length - TAIL_LINES); j--) {
    const line = text.slice(lines[j].start, lines[j].end).trim()
    if (line.length > MAX_SIGNATURE + 30) break
    const m = NAME_COMMA_JOB.exec(line) ?? (lines.length === 2 ? NAME_COMMA_TAIL.exec(line) : null)
    if (!m) continue
    const before = text.slice(Math.max(lines[j - 1].start, lines[j - 1].end - 3), lines[j - 1].end)
    if (lines.length === 2 && wordCount(text.slice(lines[0].start, lines[0].end)) < 20) return null
    if (ENDS_SENTENCE.test(before) && nameShaped(text, m[1]) && !chromeLabel(line) && !bodyAfter(text, lines, body, j)) return { author: m[1], line: j }
  }
  // the Korean name and its e-mail is a signature wherever it closes the article, also above a block of comment chrome
  for (let j = lines.length - 1; j >= Math.max(2, lines.length - 2 * TAIL_LINES); j--) {
    const m = KO_NAME_EMAIL.exec(text.slice(lines[j].start, lines[j].end).trim())
    if (m && ENDS_SENTENCE.test(text.slice(Math.max(lines[j - 1].start, lines[j - 1].end - 3), lines[j - 1].end))) return { author: m[1], line: j }
  }
  return null
}
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length
/** "… des pompiers. И. С. Петрова.": initials and a surname run on after the last sentence (after a word, not "Sr."). */
const INITIALS_SURNAME_RUN_ON = /(?<=\p{Ll}{3}[.!?…]|[.!?…]["”»])\s+((?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\.?$/u
function initialsSurnameRunOn(text: string, lines: Line[], body: number[]): Found | null {
  if (body.length === 0) return null
  const k = body[body.length - 1]
  const line = text.slice(lines[k].start, lines[k].end).trimEnd()
  const tail = line.slice(-60)
  const m = INITIALS_SURNAME_RUN_ON.exec(tail)
  if (!m || NOT_REPORTER_INITIALS.test(m[1].replace(/\s?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u, ''))) return null
  const at = lines[k].start + line.length - tail.length + m.index + 1
  return { author: m[1].trim(), cut: { line: k, at } }
}
/** "Redacción. Los hechos …", "REDACCIÓN.- Vecinos …": the desk's name and a full stop opening the first paragraph. */
const DESK_RUN_IN = /^(Redacción|REDACCIÓN|Rédaction|RÉDACTION|Redaktion|REDAKTION|Редакция|РЕДАКЦИЯ|Newsroom|NEWSROOM)(?:\.-?|\s?[-–—]|\s?:)\s+(?=[\p{Lu}"“«„¿¡])/u
function deskRunIn(text: string, lines: Line[], body: number[]): Found | null {
  for (const i of body.slice(0, 2)) {
    const line = text.slice(lines[i].start, lines[i].end)
    const m = DESK_RUN_IN.exec(line)
    if (m && wordCount(line) >= 8) return { author: m[1], lead: { line: i, at: lines[i].start + m[0].length } }
  }
  return null
}
/** "26/01/2026 / Exitosa Noticias / Actualidad": the date, the author slot and the section between slashes, at the top. */
function dateSlotSection(text: string, lines: Line[]): Found | null {
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const parts = text.slice(lines[i].start, lines[i].end).trim().split(/\s\/\s/u)
    if (parts.length !== 3 || !(SLASH_DATE.test(parts[0]) || parseDate(parts[0]) !== null)) continue
    const [slot, section] = [parts[1].trim(), parts[2].trim()]
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(section) || !/^\p{Lu}/u.test(slot) || /\d/u.test(slot) || slot.split(/\s+/).length > 4 || chromeLabel(slot)) continue
    return { author: slot, line: i }
  }
  return null
}

// session 30 (bylines9): complication classes of check7 (spent, read as dev) and dev8, written as invented grid cells
// across the languages first (S30 in __fixtures__/bylines-grid.ts)

/** "JFL", "LV", "FL31": a reporter's or desk's code in capitals, two to four letters and maybe digits, alone closing the page. */
const CAPS_CODE = /^(?:\p{Lu}{2,4}\d{0,3}|\p{Lu}{1,3}\d{1,3})$/u
/** Capitals closing a page that are no signature: an agency or a broadcaster credited, an end or page mark. */
const NOT_CAPS_CODE = /^(?:EFE|AFP|AP|APA|DPA|KNA|EPD|SID|ANSA|UPI|PA|AAP|CNN|BBC|ABC|NBC|CBS|NPR|RTVE|RNE|TVE|ARD|ZDF|ORF|SRF|RTL|TF1|RFI|ТАСС|РИА|РБК|ИТАР|FIN|END|ENDE|FINE|ТОП|TOP|PUB|AD|ADS|PDF|RSS|OK|FAQ|USA|EU|UE|UN|ONU|UK|EEUU|RU|EN|ES|DE|FR|KO|II|III|IV|VI|VII|VIII|IX|XI|XII|PD|PS|NB|SMS|URL|TV|HD)$/u
/** How often a photo credit names the code: "Crédits : FL31", "Foto: LV", "Photo JFL". */
function creditedCopies(text: string, code: string): number {
  const re = new RegExp(`(?:cr[ée]dits?|fotos?|photos?|bild|фото|사진)\\s?[:=/]?\\s?${code}(?![\\p{L}\\p{N}])`, 'giu')
  return (text.match(re) ?? []).length
}
function capsCodeClose(text: string, lines: Line[]): Found | null {
  const last = lines.length - 1
  for (let j = last; j >= Math.max(2, last - 1); j--) {
    const line = text.slice(lines[j].start, lines[j].end).trim()
    // (the code is the last line, or the line over a copyright notice)
    if (j < last && !/(?:©|ⓒ|copyright|derechos reservados|tous droits|alle rechte|все права|무단)/iu.test(text.slice(lines[last].start, lines[last].end))) break
    if (!CAPS_CODE.test(line) || NOT_CAPS_CODE.test(line.replace(/\d+$/u, '')) || isCallSign(line)) continue
    const before = text.slice(Math.max(lines[j - 1].start, lines[j - 1].end - 3), lines[j - 1].end)
    // the code signs a text: a sentence ends before it, and the code is printed nowhere else on the page but in a
    // photo credit ("Crédits : FL31" under a caption: the correspondent took the picture too)
    if (ENDS_SENTENCE.test(before) && occurrences(text, line) - creditedCopies(text, line) === 1) return { author: line, line: j }
  }
  return null
}

/** "И. С. СОКОЛОВА", "M. QUINTANILLA", "J.-M. MARCHAND": initials and a surname alone as the last line. */
const INITIALS_SURNAME_LINE = /^((?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,2}(?:\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))\.?$/u
function initialsSurnameLine(text: string, lines: Line[]): Found | null {
  const last = lines.length - 1
  if (last < 1) return null
  const line = text.slice(lines[last].start, lines[last].end).trim()
  const m = INITIALS_SURNAME_LINE.exec(line)
  if (!m) return null
  const initials = m[1].replace(/\s?(?:\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u, '')
  const before = text.slice(Math.max(lines[last - 1].start, lines[last - 1].end - 3), lines[last - 1].end)
  if (NOT_REPORTER_INITIALS.test(initials.trim()) || !ENDS_SENTENCE.test(before) || occurrences(text, m[1]) > 1) return null
  return { author: m[1], line: last }
}

/**
 * A board's or a CMS's entry line naming its poster among other fields: "작성자 관리자 댓글 0건 조회 167회 작성일 …",
 * "글쓴이 : 박서진 | 날짜 : …", uCoz's "Просмотров: 515 | Добавил: МЦБ | Дата: 16.05.2012", "Visitas: 5 | Publicado por:
 * X | Fecha: …". The poster's name or user name, as printed.
 */
const POSTER_LABEL = /(?:^|[|｜·]\s*|\s)(?:작성자|글쓴이|등록자|게시자|Добавил[аи]?|Автор|Опубликовал[аи]?|Publicado por|Escrito por|Posted by|Written by|Publié par|Écrit par|Verfasst von|Eingestellt von|Geschrieben von)\s*[:：]?\s+([\p{L}\p{N}_.-]{2,24}(?:\s\p{Lu}[\p{L}.-]+)?)(?=\s*(?:[|｜·]|$)|\s+(?:댓글|조회|작성일|등록일|날짜))/u
/** The other fields of such a line: a count of views or comments, or a date field. */
const POSTER_FIELDS = /(?:조회|댓글|작성일|등록일|날짜|Просмотров|Комментари|Дата|Visitas|Comentarios|Fecha|Views|Comments|Date|Vues|Commentaires|Aufrufe|Kommentare|Datum)/u
function boardPoster(text: string, lines: Line[]): Found | null {
  const rows: number[] = []
  for (let i = 1; i < Math.min(lines.length, HEAD_LINES); i++) rows.push(i)
  for (let j = Math.max(HEAD_LINES, lines.length - 3); j < lines.length; j++) rows.push(j)
  for (const i of rows) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 160 || !POSTER_FIELDS.test(line)) continue
    const m = POSTER_LABEL.exec(line)
    if (!m) continue
    const name = m[1].replace(/[.-]+$/u, '')
    if (name.length < 2 || DATE_WORD.test(name) || /^\d+$/u.test(name) || SOCIAL_WORD.test(name.toLowerCase())) continue
    return { author: name, line: i }
  }
  return null
}

/** "Redacción Ciudad", "Redaktion Lokales", "Rédaction Société": the desk and its section on their own line under the headline. */
const DESK_SECTION = /^((?:Redacción|REDACCIÓN|Redaktion|REDAKTION|Rédaction|RÉDACTION|Редакция|РЕДАКЦИЯ)\s(?:\p{Lu}\p{Ll}+|\p{Lu}{3,}))$/u
function deskSection(text: string, lines: Line[]): Found | null {
  for (let i = 1; i < Math.min(lines.length, HEAD_LINES); i++) {
    const m = DESK_SECTION.exec(text.slice(lines[i].start, lines[i].end).trim())
    if (m) return { author: m[1], line: i }
  }
  return null
}

/** "C. MARTÍN/", "Marta Quintanilla /": a name and an empty slash (the copy lost what followed it) under the headline. */
const NAME_EMPTY_SLASH = new RegExp(`^(${PERSON_SRC}|${INITIAL_SURNAME})\\s?/$`, 'u')
function nameEmptySlash(text: string, lines: Line[]): Found | null {
  for (let i = 1; i < Math.min(lines.length, HEAD_LINES); i++) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    const m = NAME_EMPTY_SLASH.exec(line)
    if (m && (INITIALS_SURNAME_LINE.test(m[1]) || nameShaped(text, m[1]))) return { author: m[1], line: i }
  }
  return null
}

/** "Fechenheim (sh) – Auf den …": a reporter's Kürzel in brackets after the dateline's place, opening the first paragraph. */
const DATELINE_KUERZEL = /^\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2}\s\((\p{Ll}{2,3}(?:\/\p{Ll}{2,3})?)\)\s?[–—-]\s+(?=[\p{Lu}„“"«])/u
function datelineKuerzel(text: string, lines: Line[], body: number[]): Found | null {
  for (const i of body.slice(0, 2)) {
    // (from the start of the printed line: the wire-dateline reader may have taken the place off the body line)
    const from = text.lastIndexOf('\n', lines[i].start - 1) + 1
    const m = DATELINE_KUERZEL.exec(text.slice(from, lines[i].end))
    if (m && !AGENCY_CODE.test(m[1])) return { author: m[1] }
  }
  return null
}

/**
 * "Mark Fisher is a member of the Friends of the Library.": the contributor's line closing a page, the writer's name
 * (opening with a common given name, printed nowhere else on the page) and a copula with an article, one sentence.
 */
const CONTRIBUTOR_LINE = new RegExp(`^(${PERSON_SRC})\\s(?:is|was|es|fue|est|ist|war)\\s(?:a|an|the|un|una|el|la|une|le|ein|eine|der|die|das)\\s[^.!?]{3,140}\\.$`, 'u')
function contributorLine(text: string, lines: Line[]): Found | null {
  const last = lines.length - 1
  if (last < 2) return null
  const line = text.slice(lines[last].start, lines[last].end).trim()
  const m = CONTRIBUTOR_LINE.exec(line)
  if (!m || line.split(/\s+/).length > 30 || !opensWithGivenName(m[1]) || occurrences(text, m[1].split(/\s+/).pop() ?? '') > 1) return null
  const before = text.slice(Math.max(lines[last - 1].start, lines[last - 1].end - 3), lines[last - 1].end)
  return ENDS_SENTENCE.test(before) ? { author: m[1], line: last } : null
}

/**
 * "Texto y fotos:Javier Reyes.—Sustentada …", "Text und Fotos: Anna Berghoff – Die …": a writer's label with a colon and
 * a name ended by a dash (after a full stop or not), run into the first paragraph; the sentence after it stays body.
 */
const DASH_RUN_IN_LABEL = /^(?:Texto y fotos|Texto y fotografías|Texto|Textos|Redacción|Redaccion|Text und Fotos?|Text und Bild|Text|Texte et photos?|Texte|Текст и фото|Текст|Story and photos?|Text and photos?|Words and photos?|Words|Story)\s?:\s?/u
const NAME_THEN_DASH = new RegExp(`^(${PERSON_SRC}|(?:\\p{Lu}\\.\\s?){1,2}\\p{Lu}[\\p{L}'’-]+)\\s?(?:\\.\\s?[—–-]|\\s[—–-]|[—–])\\s?(?=[\\p{Lu}„“"«¿¡])`, 'u')
/** "elDiarioclm.es", "laregional.net": the outlet's web address where the author goes (a domain, no path, not a social site). */
const DOMAIN = /^(?!www\.)(?![\w-]*(?:facebook|twitter|instagram|youtube|tiktok|telegram|whatsapp|vk|ok|google)\.)[\p{L}\d][\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,20})?\.(?:es|com|net|org|info|mx|co|ar|cl|pe|ve|ec|uy|gal|cat|eus|de|at|ch|fr|be|ru|kr|us|ca|uk|io|news)$/u
function labelledDashRunIn(text: string, lines: Line[], body: number[]): Found | null {
  // (the first body lines, and the lines under the headline another verdict took out of the body: "Redacción: …")
  const rows = [...new Set([...body.slice(0, 3), ...Array.from({ length: Math.min(lines.length, HEAD_LINES) }, (_, k) => k)])]
  for (const i of rows) {
    const line = text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 300))
    const label = DASH_RUN_IN_LABEL.exec(line)
    if (!label) continue
    const rest = line.slice(label[0].length)
    // the desk named by the site's address: "Redaccion: laregional.net- La Biblioteca …"
    const domain = /^([\p{L}\d][\p{L}\d.-]{3,60}?)\s?[—–-]\s?(?=\p{Lu})/u.exec(rest)
    const inBody = body.includes(i)
    if (domain && DOMAIN.test(domain[1])) return { author: domain[1], lead: inBody ? { line: i, at: lines[i].start + label[0].length + domain[0].length } : undefined }
    const m = NAME_THEN_DASH.exec(rest)
    if (m && (INITIALS_SURNAME_LINE.test(m[1]) || nameShaped(text, m[1]))) return { author: m[1], lead: inBody ? { line: i, at: lines[i].start + label[0].length + m[0].length } : undefined }
  }
  return null
}
/** "elDiarioclm.es" on its own line under the headline (or over the date): the outlet's address in the author slot. */
function domainSlot(text: string, lines: Line[]): Found | null {
  for (let i = 1; i < Math.min(lines.length, HEAD_LINES); i++) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (DOMAIN.test(line) && occurrences(text, line) === 1) return { author: line, line: i }
  }
  return null
}

/** An author of two words or more, all in capitals, as the shape-only rules take it. */
const CAPS_GUESS = /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,4}$/u


// session 31 (bylines10): the lead's decision, an agency or a desk printed alone in the author slot is the byline as
// printed; the agencies and an agency's noun come from the packs (bylines.agencies, bylines.agencyWords)

const AGENCIES: ReadonlySet<string> = new Set(Object.values(PACKS).flatMap((p) => p.bylines.agencies ?? []))
const AGENCY_WORDS: ReadonlySet<string> = new Set(Object.values(PACKS).flatMap((p) => p.bylines.agencyWords ?? []))
/** "EFE", "Europa Press", "(Agencia SIM)": a line that is only an agency's name (maybe in brackets), or null. */
function agencyName(line: string): string | null {
  const t = line.trim().replace(/^\((.{2,40})\)$/u, '$1').trim()
  if (t.length > 40) return null
  if (AGENCIES.has(t)) return t
  const words = t.split(/\s+/)
  if (words.length >= 2 && words.length <= 3 && AGENCY_WORDS.has(words[0].toLowerCase()) && words.slice(1).every((w) => /^\p{Lu}[\p{L}\p{N}-]*$/u.test(w))) return t
  return null
}
/**
 * The author slot holding an agency alone: its own line under the headline (or under a place line below it), or the
 * line closing the text after a finished sentence. Not an agency inside a credit, a source or a dateline ("Foto: EFE",
 * "Fuente: EFE", "© dpa", "Santander (EFE).-"): those lines are more than the agency's name.
 */
function agencyUnderHeadline(text: string, lines: Line[]): Found | null {
  // (in the head: every line above it is a headline, a place or a label, none a sentence or a caption with its stop)
  for (let i = 1; i < Math.min(lines.length - 1, 3); i++) {
    const name = agencyName(text.slice(lines[i].start, lines[i].end))
    const above = Array.from({ length: i }, (_, k) => text.slice(lines[k].start, lines[k].end).trim())
    if (name && above.every((l) => !/[.!?…]["”»]?$/u.test(l))) return { author: name, line: i }
  }
  return null
}
/** The agency alone on the line closing the text, after a finished sentence. */
function agencyClosing(text: string, lines: Line[]): Found | null {
  const last = lines.length - 1
  if (last < 2) return null
  const name = agencyName(text.slice(lines[last].start, lines[last].end))
  const before = text.slice(Math.max(lines[last - 1].start, lines[last - 1].end - 3), lines[last - 1].end)
  return name && ENDS_SENTENCE.test(before) ? { author: name, line: last } : null
}

// session 32 (bylines11): a writer's credit by its label (the packs' bylines.writerLabels), the label alone over the name
// or run in before it; and a signature in brackets closing the text

const WRITER_LABELS = [...new Set(Object.values(PACKS).flatMap((p) => p.bylines.writerLabels ?? []))]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'))
  .join('|')
/** A writer's label alone on its line, with its colon: "Text und Bilder:", "Texto:", "Texte :", "Written by:", "작성자 :". */
const LABEL_ALONE = new RegExp(`^(?:${WRITER_LABELS})\\s?[:：]$`, 'iu')
/** A writer's label before the name on the same line: "Artikel von Isabel Meyer", "Nota: Ana Ruiz", "Текст: Анна Петрова". */
const LABEL_BEFORE_NAME = new RegExp(`^(?:${WRITER_LABELS})(?:\\s?[:：]\\s*|\\s+)(?=\\S)`, 'iu')
/** A name, a comma and the writer's role in lowercase: "Любовь Козлова, председатель совета ветеранов". */
const NAME_COMMA_ROLE = new RegExp(`^(${PERSON_SRC}),\\s+\\p{Ll}[\\p{L}'’-]+(?:\\s[\\p{L}\\p{N}«»"'’.-]+){0,10}$`, 'u')
/** A department as a Korean office names its writing desk: "농업축산과", "홍보담당관", "기획예산실". */
const HANGUL_DESK = /^[가-힣]{2,10}(?:과|팀|실|담당관|센터)$/u

/** The writer a credit's value names: a person's name (not a placeholder, "Имя автора"), a Korean name, or a Korean desk. */
function creditedWriter(text: string, value: string): string | null {
  const v = value.trim().replace(/\s?기자$/u, '').replace(/[.,;]$/u, '')
  if (v.length < 2 || v.length > 40) return null
  if (/^[가-힣]{2,4}$/u.test(v) || HANGUL_DESK.test(v)) return v
  if ((PERSON.test(v) || CAPS_PERSON.test(v) || INITIALS_AND_SURNAMES.test(v)) && nameShaped(text, v)) return v
  return null
}
/**
 * A labelled writer's credit in the head or the closing lines: the label alone over the name on the next line ("Text und
 * Bilder:" / "Merle Radtke"), or the label run in before the name on a short line or a part of a credit line ("Artikel
 * von Isabel Meyer", "Fotos: Víctor Díaz / Nota: Ana Ruiz"). A photo credit alone ("Fotos: X") names no writer.
 */
function labelledCredit(text: string, lines: Line[]): Found | null {
  const rows: number[] = []
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) rows.push(i)
  for (let j = Math.max(HEAD_LINES, lines.length - TAIL_LINES); j < lines.length; j++) rows.push(j)
  for (const i of rows) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 80) continue
    if (LABEL_ALONE.test(line) && i + 1 < lines.length) {
      const name = creditedWriter(text, text.slice(lines[i + 1].start, lines[i + 1].end))
      if (name) return { author: name, line: i + 1 }
      continue
    }
    // (session 33) a credit in brackets closing the text: "(Text/Bilder: Martin Bell)"
    for (const part of line.replace(/^\((.{4,78})\)$/u, '$1').split(/\s[/|]\s/u)) {
      const label = LABEL_BEFORE_NAME.exec(part)
      const value = label ? part.slice(label[0].length) : ''
      // (session 33) the writer's role after the name and a comma: "Автор: Любовь Козлова, председатель совета ветеранов …"
      const role = label ? NAME_COMMA_ROLE.exec(value) : null
      const name = label ? creditedWriter(text, value) ?? (role ? creditedWriter(text, role[1]) : null) : null
      if (name) return { author: name, line: i }
    }
  }
  return null
}
/** "… la autoridad municipal. / (Enrique López)": a person's name alone in brackets closing the text after a finished sentence. */
function bracketedSignature(text: string, lines: Line[]): Found | null {
  const last = lines.length - 1
  if (last < 1) return null
  const m = /^\((.{4,60})\)$/u.exec(text.slice(lines[last].start, lines[last].end).trim())
  const before = text.slice(Math.max(lines[last - 1].start, lines[last - 1].end - 3), lines[last - 1].end)
  const name = m && ENDS_SENTENCE.test(before) ? signedName(text, m[1]) : null
  return name ? { author: name, line: last } : null
}

// session 33 (bylines12): a CMS's "more by" box, a forum post's heading around the poster's user name (both from the
// packs: bylines.moreBy, bylines.posterLabels), a template's unfilled author field (bylines.placeholders) and a
// broadcaster's call sign (bylines.callSign), each written first as invented grid cells (bylines-s33.test.ts)

/** The phrases as one alternation, longest first, escaped, a space matching any space. */
function phrases(xs: readonly string[]): string {
  return [...new Set(xs)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')).join('|')
}
const packList = (pick: (b: (typeof PACKS)[keyof typeof PACKS]['bylines']) => readonly string[] | undefined) => Object.values(PACKS).flatMap((p) => pick(p.bylines) ?? [])
const MORE_BEFORE = phrases(packList((b) => b.moreBy?.before))
const MORE_AFTER = phrases(packList((b) => b.moreBy?.after))
/** "More by Jane Doe", "Ещё статьи автора: Анна Петрова": the box's label, then the name. */
const MORE_BY_LEAD = new RegExp(`^(?:${MORE_BEFORE})\\s?[:：]?\\s+(?=\\S)`, 'iu')
/** "Ещё статьи автора" alone on its line, the name on the next. */
const MORE_BY_ALONE = new RegExp(`^(?:${MORE_BEFORE})\\s?[:：]?$`, 'iu')
/** "김민수 기자 다른기사 보기": the name, then the box's label closing the line. */
const MORE_BY_TAIL = new RegExp(`\\s?(?:${MORE_AFTER})$`, 'u')
const PLACEHOLDERS: ReadonlySet<string> = new Set(packList((b) => b.placeholders))
const CALL_SIGNS = Object.values(PACKS).flatMap((p) => (p.bylines.callSign ? [p.bylines.callSign] : []))
/** "WTNH", "KSLA-TV": a broadcaster's call sign, the station (the outlet), never a reporter's code. */
export function isCallSign(s: string): boolean {
  return CALL_SIGNS.some((re) => re.test(s))
}
/** "Имя автора", "Author Name": an author field a template printed and nobody filled in. */
export function placeholderAuthor(author: string): boolean {
  return PLACEHOLDERS.has(author.trim().toLowerCase())
}

/**
 * A CMS's "more by" box after the text (or an author page's label at the top) names the author: "More by Jane Doe",
 * "Ещё статьи автора" / "Анна Петрова", "Новости автора Анна Петрова", "김민수 기자 다른기사 보기" (run on after the
 * copyright line too); the box alone on its line may name the outlet's own account ("뉴스제주 다른기사 보기"), which is
 * then the byline as printed (s31 decision). A box naming no person ("More stories", "다른기사 보기") names nobody.
 */
function moreByBox(text: string, lines: Line[]): Found | null {
  const rows: number[] = []
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) rows.push(i)
  for (let j = Math.max(HEAD_LINES, lines.length - TAIL_LINES); j < lines.length; j++) rows.push(j)
  for (const i of rows) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 160) continue
    if (MORE_BEFORE && MORE_BY_ALONE.test(line)) {
      const name = i + 1 < lines.length ? creditedWriter(text, text.slice(lines[i + 1].start, lines[i + 1].end)) : null
      if (name) return { author: name, line: i + 1 }
      continue
    }
    const lead = MORE_BEFORE ? MORE_BY_LEAD.exec(line) : null
    if (lead) {
      // (on a line of its own at the foot; at the top the label may run into the story: "Новости автора Анна Петрова В …")
      const rest = line.slice(lead[0].length)
      const name = creditedWriter(text, rest) ?? (i < HEAD_LINES ? runInName(rest)?.name ?? null : null)
      if (name && nameShaped(text, name)) return { author: name, line: creditedWriter(text, rest) ? i : undefined }
      continue
    }
    const tail = MORE_AFTER ? MORE_BY_TAIL.exec(line) : null
    if (!tail) continue
    const words = line.slice(0, tail.index).trim().split(/\s+/).filter(Boolean)
    // the box alone: its one or two words are the name ("김민수 기자") or the outlet's account ("뉴스제주")
    if (words.length >= 1 && words.length <= 2) {
      const v = words.join(' ')
      const name = creditedWriter(text, v) ?? (/^[\p{L}\p{N}]{2,12}$/u.test(v) ? v : null)
      if (name) return { author: name, line: i }
    }
    // run on after other words (the copyright line): only a reporter named with the title ("… 금지 김민수 기자 다른기사 보기")
    const reporter = words.length > 2 ? KO_REPORTER_AT_END.exec(words.slice(-2).join(' ')) : null
    if (reporter) return { author: reporter[1] }
  }
  return null
}
/**
 * A line the line rules read as a byline by its word or label ("Por: Ana Ruiz", "Автор: Анна Петрова") but whose author
 * they did not take because a line in capitals above had been taken by its shape: the signed line's author.
 */
function signedLine(text: string, lines: Line[]): Found | null {
  for (let i = 0; i < lines.length; i++) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 80 || !SIGNED_LINE.test(line)) continue
    const verdict = classifyLine(line, { first: false, alone: true, moreFollow: i + 1 < lines.length })
    if (verdict?.kind === 'byline' && verdict.author && !CAPS_GUESS.test(verdict.author) && !placeholderAuthor(verdict.author)) return { author: verdict.author }
  }
  return null
}
const KO_REPORTER_AT_END = /^([가-힣]{2,4})\s?(?:기자|특파원)$/u

const POSTER_BEFORE = phrases(packList((b) => b.posterLabels?.before))
const POSTER_AFTER = phrases(packList((b) => b.posterLabels?.after))
/** "Posted by mike_77 on 03/04/2021", "작성자 hong1234": the label, the user name, maybe a stamp after it. */
const POSTED_BY = new RegExp(`^(?:${POSTER_BEFORE})\\s?[:：]?\\s+([^\\s,;:|]+)(?:\\s.{0,60})?$`, 'iu')
/** "user1234 wrote:", "klaus1960 schrieb:", "jeanne75 a écrit :": the user name, then the verb, alone on the line. */
const USER_WROTE = new RegExp(`^([^\\s,;:|]+)\\s(?:${POSTER_AFTER})\\s?[:：]?$`, 'iu')
/** A user name's shape: a digit or an underscore among letters ("user1234", "mike_77"), or one lowercase Latin word ("lmcshane"). */
const HANDLE = /^(?:(?=[\p{L}\p{N}_.-]*[\p{N}_])\p{L}[\p{L}\p{N}_.-]{2,24}|[a-z]{4,20})$/u
function userHandle(text: string, token: string): boolean {
  const t = token.replace(/[.]+$/u, '')
  if (!HANDLE.test(t) || DATE_WORD.test(t) || SOCIAL_WORD.test(t.toLowerCase()) || /^\d/u.test(t)) return false
  // (a lowercase word is a user name only where the page prints it once: "posted by staff", "by the" are words)
  return /[\p{N}_]/u.test(t) || occurrences(text, t) === 1
}
/** A forum's or a board's post heading names its poster by the user name: in the head, or (a CMS stamp) closing the page. */
function postHeading(text: string, lines: Line[]): Found | null {
  const rows: number[] = []
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) rows.push(i)
  for (let j = Math.max(HEAD_LINES, lines.length - 3); j < lines.length; j++) rows.push(j)
  for (const i of rows) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 100) continue
    const posted = POSTER_BEFORE ? POSTED_BY.exec(line) : null
    const wrote = !posted && POSTER_AFTER && i < HEAD_LINES ? USER_WROTE.exec(line) : null
    const token = (posted ?? wrote)?.[1]
    if (token && userHandle(text, token)) return { author: token.replace(/[.]+$/u, ''), line: i }
  }
  return null
}

// session 33 (bylines12), from the spent parts' and dev11's misses: Korean reporter credits in the head that the run-in
// reader misses, a labelled writer with a role after the name, a bracketed or slashed writer's credit, a site builder's
// author avatar run into the name, and a press office signing the text (packs: bylines.avatarLabels, bylines.pressOffices)

/**
 * (A picture's credit in the bracket, "[사진=김민수 기자]", names the photographer: not these.)
 * "[ 타임즈 - 김시창 기자 ] …" (spaces and a dash inside the bracket), "[sbn뉴스=서천] 한다운 기자 = …" (a tag with the
 * outlet and the place, then the reporter), "김지혜 기자 승인 2022.01.10 09:32" (the reporter over the CMS's stamp):
 * the reporter named with the title in the head, as Korean pages credit him.
 */
const KO_HEAD_REPORTER = [
  /^[[(【]\s?(?!사진|그래픽|영상|촬영|자료)[^\])】=]{1,20}?\s?[-–|·/]?\s?([가-힣]{2,4})\s?(?:인턴|수습|선임|객원)?(?:기자|특파원)\s?[\])】]\s*/u,
  /^[[(【][^\])】]{1,24}[\])】]\s?([가-힣]{2,4})\s?(?:인턴|수습|선임|객원)?(?:기자|특파원)\s?[=＝]\s*/u,
  /^([가-힣]{2,4})\s?(?:인턴|수습|선임|객원)?(?:기자|특파원)\s+(?=(?:기사)?(?:승인|입력|등록|수정)\s?:?\s?(?:19|20)\d\d)/u,
]
function koHeadReporter(text: string, lines: Line[]): Found | null {
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const line = text.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 80))
    for (const [k, re] of KO_HEAD_REPORTER.entries()) {
      const m = re.exec(line)
      if (!m) continue
      // (the stamp line, or the credit alone, is all chrome; a credit opening the lede stays in it: cutting it there would
      // hand the lede's subject to the sourcing reader as a new sentence start, which it misreads in sports copy)
      if (k === 2 || lines[i].end - lines[i].start <= m[0].length + 2) return { author: m[1], line: i }
      return { author: m[1] }
    }
  }
  return null
}

const AVATAR = phrases(packList((b) => b.avatarLabels))
/** "작성자 사진일상의작은미디어연구소", "Writer's pictureJane Doe": a site builder's author avatar, its alt text glued to the name. */
const AVATAR_NAME = new RegExp(`^(?:[•·*-]\\s*)?(?:${AVATAR})(?=[\\p{Lu}\\p{Lo}])(\\S(?:[^.!?:;|]{0,38}\\S)?)$`, 'u')
function avatarName(text: string, lines: Line[]): Found | null {
  if (!AVATAR) return null
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const m = AVATAR_NAME.exec(text.slice(lines[i].start, lines[i].end).trim())
    if (m && m[1].split(/\s+/).length <= 4) return { author: m[1], line: i }
  }
  return null
}

const PRESS_OFFICES = phrases(packList((b) => b.pressOffices))
/** "пресс-центр СРОПП КПРФ", "Pressestelle Landkreis Lindental": a press office signing the text on its last line. */
const PRESS_OFFICE_LINE = new RegExp(`^(?:${PRESS_OFFICES})(?:\\s[\\p{L}\\p{N}«»"'’.-]+){0,5}$`, 'iu')
function pressOfficeSignature(text: string, lines: Line[]): Found | null {
  const last = lines.length - 1
  if (!PRESS_OFFICES || last < 2) return null
  const line = text.slice(lines[last].start, lines[last].end).trim()
  if (line.length > 60 || !PRESS_OFFICE_LINE.test(line)) return null
  const before = text.slice(Math.max(lines[last - 1].start, lines[last - 1].end - 3), lines[last - 1].end)
  return ENDS_SENTENCE.test(before) ? { author: line, line: last } : null
}

/** "fotos | Pedro Gil", "Photo: Tom Hill": a line opening with a picture's or a source's credit word. */
function creditLead(line: string): boolean {
  // (session 34) not a credit of the picture alone when a writer's label names the text too: "Bilder und Text: X"
  return CREDIT_WORD.test(line.trim().split(/[\s:|/]/u)[0]) && !LABEL_ANY_SEP.test(line.trim())
}
/** Every line (or part of a credit line) printing the name is a picture's or a source's credit. */
function creditedOnly(text: string, lines: Line[], name: string): boolean {
  // (by the parts of a credit line: "Fotos: Víctor Díaz / Nota: Ana Ruiz" credits the writer in its second part; a
  // credit word alone before a bar, "fotos | Pedro Gil", credits the part after it)
  let seen = 0
  for (const l of lines) {
    const parts = text.slice(l.start, l.end).split(/\s[/|]\s/u)
    for (const [k, p] of parts.entries()) {
      if (!p.includes(name)) continue
      seen++
      const alone = k > 0 && /^\p{L}+:?$/u.test(parts[k - 1].trim()) && creditLead(parts[k - 1])
      if (!(alone || (creditLead(p) && !(AVATAR && AVATAR_NAME.test(p.trim()))))) return false
    }
  }
  return seen > 0
}
/** "JOSÉ CARPIO G.", "Ana Ruiz": a writer's name in capitals (maybe with a closing initial) or in title case. */
const CAPS_NAME_INITIAL = new RegExp(`^${CAPS_WORD}(?:\\s${CAPS_WORD}){1,2}(?:\\s\\p{Lu}\\.)?$`, 'u')
/**
 * "JOSÉ CARPIO G. | elsiglo" / "fotos | JOEL ZAPATA" closing the text: the writer's line (a name, maybe the outlet after
 * a bar) over the picture's credit lines is the byline; the photographer is not (session 33, from dev11).
 */
function signatureOverCredit(text: string, lines: Line[]): Found | null {
  let j = lines.length - 1
  while (j > 1 && lines.length - 1 - j < 2 && creditLead(text.slice(lines[j].start, lines[j].end))) j--
  if (j === lines.length - 1 || j < 2) return null
  const line = text.slice(lines[j].start, lines[j].end).trim()
  const name = (/^(.{4,40}?)\s?[|/]\s?[\p{L}\p{N}.-]{2,30}$/u.exec(line)?.[1] ?? line).trim()
  const before = text.slice(Math.max(lines[j - 1].start, lines[j - 1].end - 3), lines[j - 1].end)
  if (!ENDS_SENTENCE.test(before) || name.length > 40) return null
  if (CAPS_NAME_INITIAL.test(name) ? capsName(text, name.replace(/\s\p{Lu}\.$/u, '')) : PERSON.test(name) && nameShaped(text, name)) return { author: name, line: j }
  return null
}

// session 34 (bylines13): classes from the aggregate of every spent byline part's misses (all languages), each as wide
// as a credit line's grammar allows and first written as invented grid cells (bylines-s34.test.ts): the text's end read
// before the page's chrome, a credit line of parts (a name beside its outlet, desk, place, role, date or e-mail), a
// writer's label with any separator and a credited value of any kind, and a Korean reporter's title compounds (the
// packs' bylines.reporterTitles)

/** The lines whose verdict is of this kind: 'boilerplate' is page chrome (a comment form, a copyright notice) that may follow the text. */
function linesOfKind(lines: Line[], nonClaims: NonClaim[], kind: NonClaim['kind']): Set<number> {
  const starts = new Set(nonClaims.filter((c) => c.kind === kind).map((c) => c.start))
  const out = new Set<number>()
  lines.forEach((l, i) => {
    if (starts.has(l.start)) out.add(i)
  })
  return out
}
/** Where the text ends: before the run of chrome lines closing the page (no body line among them). */
function textEnd(lines: Line[], body: number[], chrome: Set<number>): number {
  let end = lines.length
  const bodyLines = new Set(body.slice(-TAIL_LINES * 2))
  while (end > 2 && chrome.has(end - 1) && !bodyLines.has(end - 1)) end--
  return end
}

const REPORTER_TITLES = phrases(packList((b) => b.reporterTitles))
/**
 * A Korean credit: the reporter's name before a title (the packs' reporterTitles, compounds first: "시민기자", "리포터"),
 * maybe the outlet before the name and an e-mail after the title: "클릭평택 이석구 기자", "김한숙 리포터 kim@…"; or a
 * desk and its e-mail: "온라인뉴스팀 news@…".
 */
const KO_CREDIT = REPORTER_TITLES ? new RegExp(`^(?:([^\\s]{2,15})\\s)?([가-힣]{2,4})\\s?(${REPORTER_TITLES})(?:\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?$`, 'u') : null
const TITLE_SET: ReadonlySet<string> = new Set(packList((b) => b.reporterTitles))
const KO_DESK_EMAIL = /^([가-힣A-Za-z]{1,10}(?:팀|국|부|실))\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u
function koCredit(line: string): string | null {
  const t = line.trim()
  const m = KO_CREDIT?.exec(t)
  if (m) {
    // "송정애 시민기자": the title is the compound, the name the word before it (not "시민" before "기자")
    if (TITLE_SET.has(m[2] + m[3]) && m[1] && /^[가-힣]{2,4}$/u.test(m[1])) return m[1]
    return TITLE_SET.has(m[2] + m[3]) ? null : m[2]
  }
  return KO_DESK_EMAIL.exec(t)?.[1] ?? null
}

/** The separators a credit line prints its parts with: a bar, a dash between spaces, a slash, a comma. */
const CREDIT_PARTS = /\s*[|｜]\s*|\s+[–—-]\s+|\s?\/\s?|,\s+/u
/** A part naming a person: a name in title case or in capitals, initials and a surname, a Korean reporter. */
function partName(text: string, part: string): string | null {
  const p = part.trim()
  const ko = koCredit(p)
  if (ko) return ko
  // (printed only here: a person the text speaks about, tagged by a topic or signing a pull quote, is named again)
  if (occurrences(text, p) > 1 || !printedOnce(text, p)) return null
  if (PERSON.test(p) && nameShaped(text, p)) return p
  if (CAPS_PERSON.test(p) && capsName(text, p) && !looksLikeOutlet(p) && !opensWithPlaceWord(p)) return p
  if (INITIAL_SURNAME_ONLY.test(p)) return p
  return null
}
const INITIAL_SURNAME_ONLY = new RegExp(`^${INITIAL_SURNAME}$`, 'u')
/** A credit line's other part: an outlet, a desk, an agency, a place, a role, a date or an e-mail, short, no sentence. */
function creditPart(part: string): boolean {
  const p = part.trim()
  if (!p) return true
  if (p.length > 40) return false
  if (/@/.test(p) || parseDate(p) !== null || SLASH_DATE.test(p)) return true
  // (no sentence and no quotation: at most five words, no stop after two words or more, "vecina del barrio." is a
  // caption and "Gro." an abbreviation; no quotation marks, "«Queremos abrir» - Luis Ortega" signs a pull quote)
  return wordCount(p) <= 5 && !/[!?]$/u.test(p) && !(/\.$/u.test(p) && wordCount(p) >= 2) && !/[«»"“”„]/u.test(p)
}
/**
 * A credit line of parts: one part names the writer, first or last, the other parts are the outlet, the desk, a place, a
 * role, a date or an e-mail ("Lara Franco – Redacción Diario Sur", "JUAN PÉREZ | API GUERRERO", "Javier Reyes |
 * Cuajinicuilapa, Gro. | 28 de abril de 2023", "GMS/ Eva Sagna", "KPI뉴스 / 최재호 기자 choi@…", "Marissa Hurst, 4-H
 * Youth Development Agent"), in the head (under the headline, above the lede) or closing the text.
 */
/** A caption's marker ("▲ 좌로부터 …", "► Foto"): the line names the people pictured, not the writer. */
const CAPTION_MARK = /^[▲△▶►■□◆◇●※]/u
function creditLineName(text: string, line: string): string | null {
  const t = line.trim()
  if (t.length < 5 || t.length > 90 || CAPTION_MARK.test(t)) return null
  const alone = koCredit(t)
  if (alone) return alone
  const parts = t.split(CREDIT_PARTS).filter((x) => x.trim() !== '')
  if (parts.length < 2 || parts.length > 5) return null
  for (const k of [0, parts.length - 1]) {
    const name = partName(text, parts[k])
    if (name && parts.every((q, i) => i === k || creditPart(q)) && !parts.some((q, i) => i !== k && partName(text, q) !== null && !koCredit(q))) return name
  }
  return null
}
function creditLine(text: string, lines: Line[], body: number[], end: number, titles: Set<number>): Found | null {
  const firstBody = body.length > 0 ? body[0] : lines.length
  // (in the head above the lede: not a line taken as the title)
  for (let i = 0; i < Math.min(end, HEAD_LINES, firstBody); i++) {
    // (a Korean reporter's credit is never the headline, whatever the title reader took)
    if (titles.has(i) && !koCredit(text.slice(lines[i].start, lines[i].end))) continue
    const name = creditLineName(text, text.slice(lines[i].start, lines[i].end))
    if (name) return { author: name, line: i }
  }
  for (let j = end - 1; j >= Math.max(1, end - TAIL_LINES); j--) {
    const line = text.slice(lines[j].start, lines[j].end).trim()
    const before = text.slice(Math.max(lines[j - 1].start, lines[j - 1].end - 3), lines[j - 1].end)
    const name = ENDS_SENTENCE.test(before) ? creditLineName(text, line) : null
    if (name && !chromeLabel(line) && !bodyAfter(text, lines, body, j)) return { author: name, line: j }
    if (line.length > MAX_TAIL_CHROME) break
  }
  return null
}

/** A writer's label, then any separator ("Autor:redacción", "글__신명순", "글. 이정은", "Text - Anna Berg") or a space. */
const LABEL_ANY_SEP = new RegExp(`^(?:${WRITER_LABELS})(?:\\s?[:：._/·–—-]+\\s*|\\s+)(?=\\S)`, 'iu')
/** A label meaning "author" itself (the packs' authorWords): after it a one-word value (a user name, "Admin") is the author as printed. */
const AUTHOR_LABEL = new RegExp(`^(?:${phrases(packList((b) => b.authorWords))})(?![\\p{L}])`, 'iu')
/** The desk's own name in a credit's value ("redacción", "Redaktion", "편집국": the packs' deskNames). */
const DESK_VALUE = new RegExp(`^(?:${phrases(packList((b) => b.deskNames))})$`, 'iu')
/** Where a credit's value ends (the packs' creditEndWords): the next credit word ("사진. 전재호", "Fotos: X"), a board's field ("작성일 2004-07-03"). */
const VALUE_END = new RegExp(`\\s(?:${phrases(packList((b) => b.creditEndWords))})(?:\\s?[.:：]|\\s|$).*$`, 'iu')
/** A writer's credit value: a person, a Korean name after a bracket or a title compound, a desk, an outlet, a one-word author. */
function creditValue(text: string, value: string, authorLabel: boolean): string | null {
  const v = value.replace(VALUE_END, '').replace(/^(?:<[^>]{1,30}>|\[[^\]]{1,30}\])\s*/u, '').replace(/^[가-힣]{0,6}기자\s(?=[가-힣]{2,4}$)/u, '').trim().replace(/[.,;]$/u, '').trim()
  if (v.length < 2 || v.length > 40) return null
  const named = creditedWriter(text, v)
  if (named) return named
  if (DESK_VALUE.test(v)) return v
  if (isOutletName(v) && /^\p{Lu}/u.test(v) && wordCount(v) <= 4) return v
  if (authorLabel && /^[\p{L}][\p{L}\p{N}_.-]{1,24}$/u.test(v) && !DATE_WORD.test(v) && !SOCIAL_WORD.test(v.toLowerCase()) && !placeholderAuthor(v)) return v
  return null
}
/** A writer's label and its credited value on one line, in the head or closing the text (before the page's chrome). */
function labelledCreditAny(text: string, lines: Line[], end: number): Found | null {
  const rows: number[] = []
  for (let i = 0; i < Math.min(end, HEAD_LINES + 4); i++) rows.push(i)
  for (let j = Math.max(HEAD_LINES + 4, end - TAIL_LINES); j < lines.length; j++) rows.push(j)
  for (const i of rows) {
    const line = text.slice(lines[i].start, lines[i].end).trim()
    if (line.length > 100) continue
    const label = LABEL_ANY_SEP.exec(line)
    // (a template's unfilled field is no credit: "Author Name")
    if (!label || placeholderAuthor(line)) continue
    const name = creditValue(text, line.slice(label[0].length), AUTHOR_LABEL.test(line))
    if (name) return { author: name, line: i }
  }
  return null
}

// The rules by the slot they read, tried in this order: a labelled author (a byline's word or label, an author box, a
// board's poster field) wherever it stands, then the head (the lines under the headline, the lede's opening), then the
// closing lines. Within a slot the older rules come first. (Session 32: grouped by slot; was a chain grouped by session.)

/** A page of one line (a paragraph with no headline): the reporter's initials or a byline run into its opening, or a desk. */
function onePageLine(text: string, lines: Line[], body: number[]): Found | null {
  return openingKuerzel(text, lines, body) ?? runInByline(text, lines, body) ?? deskRunIn(text, lines, body)
}
/** An author after a label: "Por: Ana Ruiz Gil, abogada …", "Por Marta Gil …" run in, an author box, a board's poster field, "Texto y fotos:X.—". */
function labelledSlot(text: string, lines: Line[], body: number[]): Found | null {
  return labelledByline(text, lines) ?? runInByline(text, lines, body) ?? authorBox(text, lines) ?? boardPoster(text, lines) ?? labelledDashRunIn(text, lines, body) ?? labelledCredit(text, lines) ?? moreByBox(text, lines) ?? postHeading(text, lines) ?? avatarName(text, lines)
}
/**
 * (session 35) A credit that names no person, as a meta block prints it beside the date: a desk, team or office by its
 * ending (the packs' deskSuffixes: "농촌협약지원팀", "농업축산과"), or a user name of letters and digits ("카오스2k",
 * "maria_77"). Not a date's or a count's word ("3월", "12h30"): it opens with a letter.
 */
const DESK_SUFFIXES = phrases(packList((b) => b.deskSuffixes))
const DESK_NAME = DESK_SUFFIXES ? new RegExp(`^\\p{L}{2,12}(?:${DESK_SUFFIXES})$`, 'u') : null
const USER_TOKEN = /^(?=\p{L})(?=[\p{L}\d_.-]*\d)[\p{L}\d_.-]{3,20}$/u
function creditName(value: string): string | null {
  return DESK_NAME?.test(value) || USER_TOKEN.test(value) ? value : null
}
/** (session 35) Such a credit alone on its line under the headline, the meta block's date on the line above or below it. */
function creditOverDate(text: string, lines: Line[]): Found | null {
  for (let i = 1; i < Math.min(lines.length, HEAD_LINES); i++) {
    const t = text.slice(lines[i].start, lines[i].end).replace(META_BULLET, '').trim()
    if (t.length > 30 || !creditName(t)) continue
    const near = [i - 1, i + 1].filter((k) => k >= 1 && k < lines.length).map((k) => text.slice(lines[k].start, lines[k].end).trim())
    if (near.some((n) => dateLine(n))) return { author: t, line: i }
  }
  return null
}
/** The author under the headline or opening the lede, by the line's shape. */
function headSlot(text: string, lines: Line[], body: number[]): Found | null {
  return besideDate(text, lines) ?? inHeader(text, lines) ?? bulletedByline(text, lines) ?? openingKuerzel(text, lines, body) ?? sectionAndName(text, lines) ?? nameShapes(text, lines, body, 'head') ?? initialsAtTop(text, lines) ?? koRunInBelow(text, lines) ?? dateSlotSection(text, lines) ?? publishedSlot(text, lines) ?? nameSlashRole(text, lines) ?? deskRunIn(text, lines, body) ?? deskSection(text, lines) ?? nameEmptySlash(text, lines) ?? domainSlot(text, lines) ?? datelineKuerzel(text, lines, body) ?? agencyUnderHeadline(text, lines) ?? koHeadReporter(text, lines) ?? creditOverDate(text, lines)
}
/** The author signing the end of the text: its own last lines, or run on after the last sentence. */
function closingSlot(text: string, lines: Line[], body: number[]): Found | null {
  return atEnd(text, lines, body) ?? nameShapes(text, lines, body, 'closing') ?? runOnSignature(text, lines, body) ?? initialsRunOn(text, lines, body) ?? koSignOff(text, lines) ?? signatureWithJob(text, lines, body) ?? initialsSurnameRunOn(text, lines, body) ?? initialsSurnameLine(text, lines) ?? capsCodeClose(text, lines) ?? contributorLine(text, lines) ?? agencyClosing(text, lines) ?? bracketedSignature(text, lines) ?? pressOfficeSignature(text, lines)
}

/** The closing rules on the text's end when chrome lines close the page after it (a comment form under the signature). */
function closingBeforeChrome(text: string, lines: Line[], body: number[], end: number): Found | null {
  if (end >= lines.length) return null
  const kept = lines.slice(0, end)
  return closingSlot(text, kept, body.filter((k) => k < end))
}

/**
 * (session 35) The head rules read fixed lines from the page's top: the headline's line, then the lines under it. Page
 * chrome moves the text's head away from them (menus or a place line above the lede), and a page that prints no headline
 * puts its credit on the first line, which the head rules leave to the headline ("Redacción" over the desk's e-mail and
 * the lede). So, when no rule found an author on the page as printed and no headline was found above the first body
 * line, the head rules (and the labelled ones) are read again on the lines around the first body line, as if a headline
 * stood above them.
 */
function headAboveBody(text: string, lines: Line[], body: number[], titles: Set<number>): Found | null {
  const first = body[0]
  if (first === undefined) return null
  const from = Math.max(0, first - (HEAD_LINES - 2))
  // (only where no headline was found above the first body line: the page's own head rules read under a headline, and a
  // desk's word above a headline names nobody, session 25)
  if ([...titles].some((t) => t >= from && t < first)) return null
  const view = [{ start: 0, end: 0, block: -1 }, ...lines.slice(from)]
  const shifted = body.filter((k) => k >= from).map((k) => k - from + 1)
  const onText = (f: Found | null) => (f && f.line !== 0 && f.cut?.line !== 0 && f.lead?.line !== 0 ? f : null)
  const found = onText(labelledSlot(text, view, shifted)) ?? onText(headSlot(text, view, shifted))
  if (!found) return null
  const back = (v: number) => v - 1 + from
  return { author: found.author, ...(found.line !== undefined ? { line: back(found.line) } : {}), ...(found.cut ? { cut: { line: back(found.cut.line), at: found.cut.at } } : {}), ...(found.lead ? { lead: { line: back(found.lead.line), at: found.lead.at } } : {}) }
}

/**
 * (session 35) Likewise the closing rules read the page's last lines, and a date, a code, a caption or a tag line printed
 * under the signature hides it from them ("(SERVIMEDIA)" over "24 Jun 2024" and "JAM/clc"): the closing rules are read
 * again on the page cut after the last body line and after each of the few lines that follow it, nearest first.
 */
const AFTER_BODY = 6
function closingAfterBody(text: string, lines: Line[], body: number[]): Found | null {
  const last = body[body.length - 1]
  if (last === undefined) return null
  for (let cut = last + 1; cut < Math.min(lines.length, last + 1 + AFTER_BODY); cut++) {
    const found = closingSlot(text, lines.slice(0, cut), body.filter((k) => k < cut))
    if (found) return found
  }
  return null
}

/** What may follow an outlet's name in its author slot: separators, a date and time, a reading time, "Publié le". */
const slotList = (pick: (w: NonNullable<(typeof PACKS)[keyof typeof PACKS]['bylines']['slotWords']>) => readonly string[] | undefined) =>
  phrases(packList((b) => (b.slotWords ? pick(b.slotWords) : undefined)))
// (a reading time's label before the time words: "Время чтения" opens with the time word "в")
const SLOT_TAIL = new RegExp(
  `^(?:[\\s|·•–—,:-]+|(?:${slotList((w) => w.published)})(?:\\s(?:${slotList((w) => w.afterPublished)}))?\\s?:?|\\d{1,2}[:h]\\d{2}|${slotList((w) => w.readingTime)}|${slotList((w) => w.time)})+`,
  'iu',
)
/**
 * (session 35) The outlet's name alone in the author slot (s31 decision, ruling 9): a line the line rules read as a
 * byline gave only the outlet ("Le Dauphiné Libéré - 27 avr. 2018 à 06:00 - Temps de lecture"), which named the outlet
 * and nobody as the author. It is the byline as printed when no person signs the page and it is no station's call sign.
 */
function outletInSlot(text: string, lines: Line[], meta: ExtractedMeta, nonClaims: NonClaim[]): string | null {
  const outlet = meta.outlet?.trim()
  if (!outlet || isCallSign(outlet) || personCredited(text, lines)) return null
  for (const c of nonClaims) {
    if (c.kind !== 'byline') continue
    const t = c.text.trim().replace(BY_WORD, '')
    if (!t.startsWith(outlet)) continue
    let rest = t.slice(outlet.length)
    for (let k = 0; k < 6 && rest.length > 0; k++) {
      const date = DATE_LEAD.exec(rest.trimStart() + ' x')
      const cut = SLOT_TAIL.exec(rest)?.[0].length ?? 0
      if (cut > 0) rest = rest.slice(cut)
      else if (date && date[0].length > 0) rest = rest.trimStart().slice(Math.min(date[0].length, rest.trimStart().length))
      else break
    }
    if (rest.trim() === '' || rest.trim() === 'x') return outlet
  }
  return null
}

/**
 * When no byline was found, looks for the author at the top and the end of the page. A line that is only the byline
 * becomes byline furniture (it leaves the body, or its earlier verdict is replaced); a closing signature is cut off
 * its line.
 */
export function findAuthorLine(text: string, lines: Line[], body: number[], meta: ExtractedMeta, nonClaims: NonClaim[]): void {
  if (lines.length === 0) return
  // (session 33) an author field a template printed and nobody filled in ("Автор:" / "Имя автора") names nobody; a line in
  // capitals taken as the author only by its shape names a place when a place's noun opens it ("SECTOR FÁTIMA", a
  // section head over a neighbourhood's complaints), and nobody then
  if (meta.author && (placeholderAuthor(meta.author) || (CAPS_GUESS.test(meta.author) && opensWithPlaceWord(meta.author)))) meta.author = null
  // (session 33) a name printed only in a picture's credit ("fotos | Pedro Gil") is the photographer, not the author
  if (meta.author && creditedOnly(text, lines, meta.author)) meta.author = null
  // (session 30) a writer's label run in below ("Texto y fotos:Javier Reyes.—…") outweighs a line in capitals taken as
  // the author only by its shape ("PRINCIPAL DE PRIMERA PLANA", a section label over the headline); (session 33) so does
  // any labelled author on the page ("Texto: Ana Ruiz", "Автор: Анна Петрова" closing it)
  const signed = meta.author && CAPS_GUESS.test(meta.author) ? (labelledSlot(text, lines, body) ?? signedLine(text, lines)) : null
  if (meta.author && !signed) return
  // a page of one paragraph may still open with the reporter's initials
  const end = textEnd(lines, body, linesOfKind(lines, nonClaims, 'boilerplate'))
  const found = signed ?? (lines.length < 2 ? onePageLine(text, lines, body) : (labelledSlot(text, lines, body) ?? labelledCreditAny(text, lines, end) ?? signatureOverCredit(text, lines) ?? headSlot(text, lines, body) ?? closingSlot(text, lines, body) ?? closingBeforeChrome(text, lines, body, end) ?? creditLine(text, lines, body, end, linesOfKind(lines, nonClaims, 'title')) ?? headAboveBody(text, lines, body, linesOfKind(lines, nonClaims, 'title')) ?? closingAfterBody(text, lines, body)))
  // (session 33) a name printed only in a picture's credit is the photographer, whichever rule read it
  if (!found) {
    const outlet = outletInSlot(text, lines, meta, nonClaims)
    if (outlet) meta.author = outlet
    return
  }
  if (creditedOnly(text, lines, found.author)) return
  meta.author = found.author
  if (found.line !== undefined) {
    const line = lines[found.line]
    const k = body.indexOf(found.line)
    if (k >= 0) body.splice(k, 1)
    const earlier = nonClaims.find((c) => c.start === line.start && c.end === line.end)
    if (earlier) {
      // the title keeps its place; any other verdict on the line gives way to the byline
      if (earlier.kind !== 'title') earlier.kind = 'byline'
    } else nonClaims.push({ kind: 'byline', text: text.slice(line.start, line.end), start: line.start, end: line.end })
  }
  if (found.lead) {
    const line = lines[found.lead.line]
    let end = found.lead.at
    while (end > line.start && /\s/.test(text[end - 1])) end--
    nonClaims.push({ kind: 'byline', text: text.slice(line.start, end), start: line.start, end })
    line.start = found.lead.at
  }
  if (found.cut) {
    const line = lines[found.cut.line]
    let end = line.end
    let at = found.cut.at
    while (at < end && /\s/.test(text[at])) at++
    nonClaims.push({ kind: 'byline', text: text.slice(at, end), start: at, end })
    end = found.cut.at
    while (end > line.start && /\s/.test(text[end - 1])) end--
    line.end = end
  }
}
