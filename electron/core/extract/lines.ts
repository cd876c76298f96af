// Whole-line furniture by structure as well as by phrase: the title among the first lines, section
// labels, short verbless lines, bare bylines under the title, repeated lines, datelines.
import type { NonClaim } from '../schema'
import { classifyLine, isBrokenBody, isCreditLine, opensWithGivenName, opensWithPlaceWord, wireDateline, withoutLeadSymbol, type Verdict } from './boilerplate'
import { PACKS } from '../lang'
import { dateLineOnly } from './stamps'
import { chromeInTitleSlot } from './title-chrome'
import { ARTICLE_ONLY, bareAuthor, findAuthorLine, paragraphWithSignature, personCredited, runInLead, SIGNED_LINE, signedName, withoutTown } from './author-lines'
import { commentSectionStart } from './comments'
import { interviewTurns } from './interview-layout'
import { looksLikeOutlet } from './sourcing'
import { MIN_REPEATED_LINE } from './repeated'
import { trimSpan, type Line } from './segment'
import type { ExtractedMeta } from './types'

/** Lines longer than this are body text, never a caption or a byline. */
export const MAX_FURNITURE_LINE = 400
/** The credit a caption's second copy adds: longer, and the copy is a paragraph of its own. */
const MAX_CREDIT_TAIL = 80
/** A repeated line shorter than this may be a real repetition ("He said no."), not chrome. */
const MIN_REPEATED = MIN_REPEATED_LINE

/** The desk's noun after the article, as the desk signs: "La rédaction", "la Redacción", "Die Redaktion", "The newsroom". */
const DESK_NOUN = String.raw`(?:rédaction|redacción|redaktion|newsroom|news desk|staff|editors)`

/** The author a verdict gives, read against its line: a desk named with an article is the whole desk, an article alone none. */
function verdictAuthor(author: string, line?: string): string | null {
  if (!ARTICLE_ONLY.test(author)) return author
  const desk = line === undefined ? null : new RegExp(`(?<![\\p{L}])${author}\\s+${DESK_NOUN}(?![\\p{L}])`, 'iu').exec(line)
  return desk ? desk[0] : null
}

/** "Von dpa", "Por EFE |", "Par AFP": the byline's word, then an agency or a desk as the whole byline. */
const BY_AGENCY = /^(?:[Vv]on|VON|[Pp]or|POR|[Pp]ar|PAR|[Bb]y|BY)\s+(\S(?:[^|/,–—]{0,38}\S)?)\s*(?:[|/,–—-].{0,60})?$/u

/**
 * Fills the article's author, outlet and date from a line's verdict. An agency or a desk printed in the author slot
 * ("Par AFP") is the byline as printed (the README's rule) and still the outlet; it is kept in `agencies` and becomes
 * the author only when no person signs the page.
 */
export function applyVerdict(meta: ExtractedMeta, verdict: Verdict, line?: string, agencies?: string[]): void {
  const agency = agencies && verdict.kind === 'byline' && !verdict.author && verdict.outlet && line !== undefined ? BY_AGENCY.exec(line.trim()) : null
  if (agency && agency[1] === verdict.outlet?.trim()) agencies?.push(agency[1])
  const author = verdict.author ? verdictAuthor(verdict.author, line) : null
  if (author && !meta.author) meta.author = author
  if (verdict.outlet && !meta.outlet) meta.outlet = verdict.outlet
  if (verdict.publishedAt && !meta.publishedAt) meta.publishedAt = verdict.publishedAt
}

/** What `\s` matches, as a code test. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * The line before is a caption: a short sentence with a full stop (twenty words at most) in the page's head, which is
 * not the headline nor the line right under it (a standfirst there may end with a full stop too).
 */
function creditUnderCaption(text: string, lines: Line[], i: number, titleLine: number, body: number[]): boolean {
  // (in the page's head: one body line at most (a standfirst) before the caption, not a byline after the last paragraph)
  if (i < 2 || titleLine < 0 || i - 1 <= titleLine + 1 || body.filter((b) => b < i - 1).length > 1) return false
  const caption = text.slice(lines[i - 1].start, lines[i - 1].end).trim()
  return /\p{Ll}{2}\.$/u.test(caption) && wordsIn(caption) >= 3 && wordsIn(caption) <= 20
}

/** Whitespace-separated words (as `split(/\s+/)` counts them), without splitting: lines can be whole paragraphs. */
function wordsIn(line: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < line.length; i++) {
    const space = isJsSpace(line.charCodeAt(i))
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** German closes a quotation with “ („…“): a line ending in it ends a sentence too. */
const ENDS_SENTENCE = /[.!?。！？:;…"”»’“)\]]$|(?:다|요|죠)\.?$/u
/** A whole line in quotes with no full stop inside: a quotation used as a heading. */
const PULL_QUOTE = /^["“«„]\s?[^"“”«»„.!?…]{8,160}\s?["”»“]$/u
const BARE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]*){1,3}$/u
/** A byline's word alone on its line, the name on the next one. */
const BY_ALONE = /^(?:[Vv]on|VON|[Bb]y|BY|[Pp]ar|PAR|[Pp]or|POR|Автор:?|[Tt]exte?:)$/u
/** "FERNANDO VENEGAS RAMÍREZ": a name in capitals, two to four words (particles allowed). */
const CAPS_NAME = /^\p{Lu}{2,}(?:[ -](?:(?:DE|DEL|LA|LAS|LOS|Y|VON|VAN|DA|DI|LE|DU) )?\p{Lu}{2,}){1,3}$/u

/**
 * A name printed in capitals at the top of the page is the byline, not the headline, when none of its words is
 * used as an ordinary word in the text ("TIROTEO EN CEUTA" is a headline: "en", "tiroteo" recur in lowercase).
 */
function capsByline(text: string, line: string): boolean {
  if (line.length > 50 || !CAPS_NAME.test(line)) return false
  for (const word of line.split(/[ -]/)) {
    if (word.length < 3) continue
    if (new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text)) return false
  }
  return true
}

/** After the name the line carries on in lowercase or with a possessive: the name is the sentence's subject, not a byline. */
function nameIsSubject(line: string, author: string): boolean {
  const at = line.indexOf(author)
  return at >= 0 && /^(?:['’]s(?![\p{L}])|\s+\p{Ll})/u.test(line.slice(at + author.length))
}

const sameText = (text: string, line: Line, expected: string) => line.end - line.start === expected.length && text.startsWith(expected, line.start)

/** "Reuters", "AFP", "dpa", "Getty Images": an agency or photo credit alone on its line. */
function isLoneCredit(line: string): boolean {
  if (line.length > 40 || ENDS_SENTENCE.test(line) || wordsIn(line) > 4) return false
  const kind = classifyLine(line, { first: false, alone: true, moreFollow: true })?.kind
  return looksLikeOutlet(line) || kind === 'credit' || kind === 'caption'
}

/**
 * The headline run into its standfirst ("Tireur de Paris : arrêté … Selon le Monde, …"): after the
 * headline's copy, the line opens with what a later paragraph opens with, so it is a summary of it.
 */
function standfirstRepeated(text: string, lines: Line[], k: number, headline: number): boolean {
  const rest = text.slice(lines[k].start + headline, lines[k].end).trim().slice(0, 40)
  if (rest.length < 40) return false
  for (let j = k + 1; j < lines.length && j <= k + 3; j++) if (text.startsWith(rest, lines[j].start)) return true
  return false
}

/** Short, unfinished and followed by a line that does not carry on in lowercase: a heading or label. */
function isShortLabel(text: string, next: string | null): boolean {
  if (text.length > 70 || wordsIn(text) > 7 || ENDS_SENTENCE.test(text)) return false
  if (next !== null && /^\p{Ll}/u.test(next)) return false
  return /\p{L}/u.test(text)
}

/** "Hull’s Environmental Services Expands to Larger Facility": most longer words capitalised. */
function isTitleCase(line: string): boolean {
  if (line.length > 160 || /[.!?]\s/.test(line)) return false
  const words = line.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4)
  if (words.length < 4) return false
  return words.filter((w) => /^[“"‘'(]?\p{Lu}/u.test(w)).length / words.length >= 0.8
}

/** "1. Home", "4. Hamburg": an item of a numbered list. */
const NUMBERED_ITEM = /^(\d{1,2})\.\s+\S/u
/** The separators a breadcrumb or a row of section labels is printed with, spaced: "Home / News", "Tribunales | Actualidad". */
const LABEL_SEPARATOR = /\s+(?:[|/>›»•·]|&gt;)\s+/u
/** A weather reading from the page's header: "• 맑음서울 5.8℃", "13°С Москва", "Berlin 12 °C". */
const WEATHER_READING = /^(?:[•·▪]\s*)?(?:\S+\s+)?[-+−]?\d{1,2}(?:[.,]\d)?\s?(?:°\s?[CFС]|℃)(?:\s+\S+)?$/u
/** A time or a numeric date alone: "12h20:", "14:45 Uhr", "19.02.2026", "2026-02-19". */
/** "2018071501001019500049241.jpg", "IMG_0412.JPG": an image's file name, left where a picture stood when the page was copied. */
const IMAGE_FILE_NAME = /^[\w.()~+-]{1,120}\.(?:jpe?g|png|gif|webp|avif|heic|tiff?|bmp|svg)$/iu
const TIME_OR_DATE_ALONE = /^(?:\d{1,2}\s?[h:.]\s?\d{2}(?:\s?(?:uhr|h|am|pm))?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s*:?$/iu

/**
 * Chrome above the headline that has the headline's shape (short, unfinished, first on the page) but is not one
 * (session 24): the items of a numbered breadcrumb ("1. Home" over "2. Print"), a breadcrumb path or a row of section
 * labels joined by separators ("Home / News / Hamburg", "Tribunales | Actualidad"), a time or date alone ("12h20:"),
 * and a lead-in that ends in a colon or a dash ("Please attribute to Inspector …:", "MADRID 15 Oct. (EUROPA PRESS) -").
 * Returns the kind to file it under, or null for a headline.
 */
export function notAHeadline(text: string, lines: Line[], i: number): NonClaim['kind'] | null {
  const line = text.slice(lines[i].start, lines[i].end).trim()
  const item = NUMBERED_ITEM.exec(line)
  if (item) {
    const n = Number(item[1])
    const numberOf = (k: number) => (k >= 0 && k < lines.length ? Number(NUMBERED_ITEM.exec(text.slice(lines[k].start, lines[k].end).trim())?.[1] ?? NaN) : NaN)
    // one item of a run: the line before is item n-1 or the line after is item n+1
    if (numberOf(i - 1) === n - 1 || numberOf(i + 1) === n + 1) return 'boilerplate'
  }
  const parts = line.split(LABEL_SEPARATOR)
  if (parts.length >= 2) {
    const short = (p: string) => p.length > 0 && wordsIn(p) <= 3 && !/[.!?:;]$/u.test(p)
    // a row of labels: every part short; a breadcrumb path: three parts or more, all but the last short
    if (parts.every(short) || (parts.length >= 3 && parts.slice(0, -1).every(short))) return 'tagline'
  }
  if (TIME_OR_DATE_ALONE.test(line) || WEATHER_READING.test(line)) return 'tagline'
  if (IMAGE_FILE_NAME.test(line)) return 'caption'
  // (session 34) a skip link, a row of the site's interface words, a date stamp (title-chrome.ts)
  const chrome = chromeInTitleSlot(line)
  if (chrome) return chrome
  // a lead-in: it opens what follows and names nothing itself
  if (/(?::|\s[-–—])$/u.test(line)) return 'subheading'
  return null
}

/**
 * The labels of page chrome printed as "label: value", from every pack (chrome is often in another language than the
 * article), compared without spaces or case ("대 표 전 화" is "대표전화").
 */
const CHROME_LABELS = new Set(Object.values(PACKS).flatMap((p) => p.furniture.chromeLabels.map(labelKey)))
function labelKey(label: string): string {
  return label.toLowerCase().replace(/\s+/gu, '')
}
/** A bullet, a Korean or Latin ordinal, or the stray dot of a lost bullet before a field line or a list item. */
const ITEM_MARK = /^(?:[-–—•·▪●○◦◆◇■□▶►*ㅇ]\s*|[가-하]\.\s*|[a-zA-Z]\)\s*|\d{1,2}[.)]\s+|\.\s*)/u
/**
 * "Closure Hours: 7:00 AM – 5:00 PM", "Inicio: 9:00 horas", ". 위 치 : 경남 창원시 …", "나. 운영기간 : ′24.11.18. ~ …",
 * "Причина: ремонтные работы.": a short label (one to four words, no figure), a colon, and its value.
 */
const FIELD = /^(\p{L}[\p{L}\p{M} '’·/-]{0,38}?)\s*[:：]\s*(\S.{0,300})$/u

/** A desk code and a place before a colon ("POL-HH Hamburg:"): a release headline's kicker (see isContentField). */
const DESK_CODE_KICKER = /^\p{Lu}{2,}(?:-\p{Lu}{1,5})*\s+\p{Lu}\p{Ll}/u

/**
 * A field line whose value is content (session 31): the value holds a figure (a date, a time, a count, an address), or
 * is a clause or a phrase ended by a stop ("Причина: ремонтные работы."). Not a label alone ("Horario:"), not a value of
 * one or two words with no figure ("Tags: Politik, Bayern"), not a credit ("Foto: …", "Fuente: EFE"), a link, and not
 * under a label of page chrome ("Publicado: 12/03/2024", "Теги: …", "Share: …", "대표전화 : 044-…": the packs'
 * `furniture.chromeLabels`).
 */
export function isContentField(line: string): boolean {
  if (line.length > 320 || !(line.includes(':') || line.includes('：'))) return false
  const bare = line.replace(ITEM_MARK, '')
  const m = FIELD.exec(bare)
  // (a label in capitals is a dateline's place: "HAGUENAU : La piscine …")
  if (!m || wordsIn(m[1]) > 4 || !/\p{Ll}|[가-힣]/u.test(m[1]) || isCreditLine(bare)) return false
  // (a desk code and a place, "BPOLP Potsdam", "POL-HH Hamburg", "FW-MH Mülheim": the kicker of a police or fire service
  // release's headline, not a field; session 31, the lead)
  if (DESK_CODE_KICKER.test(m[1])) return false
  const label = labelKey(m[1])
  if (CHROME_LABELS.has(label) || m[1].split(/[·/]/u).some((part) => CHROME_LABELS.has(labelKey(part)))) return false
  const value = m[2].trim()
  // a link, or a ticker of headlines ("Wolgast: … +++ Berlin: …")
  if (/^(?:https?:\/\/|www\.)/u.test(value) || value.includes('+++')) return false
  const words = wordsIn(value)
  if (words > 40) return false
  // a finished clause or phrase ("Closure Details: Roadwork is expected to begin …."), or a short value with a figure
  // ("Inicio: 9:00 horas", "Customers Affected: 106"); a longer unfinished value is a headline under a kicker
  // ("Wolgast: Elch schwimmt durch den Hafen", "Elección judicial: Aspirantes …")
  // (a longer sentence after a colon is left to the other rules: "Keine Frage: Die Stadt hat …")
  if (/[.!。]$/u.test(value)) return words <= 12 && (words >= 2 || /\p{N}/u.test(value))
  return /\p{N}/u.test(value) && words <= 10
}

/** Where a paragraph's last sentence starts: after the last stop and space (searching from the end). */
const LAST_SENTENCE = /[.!?。](?=\s+[^.!?。]*$)/u

/** Most lines a list under its lead-in may hold. */
const MAX_LIST = 80

/**
 * Lines that are content by their place in a list or a form, whatever their shape (session 31): a field line with a
 * content value (isContentField), and the items of a list under a lead-in that ends in a colon ("Las colonias afectadas
 * son:", "В следующих районах будут произведены плановые отключения:", "As part of the project, crews will:"): each short
 * line after it ("• Los Lirios", "— Хохольском;", "Montags, 06.00 Uhr bis 10:00 Uhr", "- excavate the area,") until a
 * line that is no item. A heading in capitals inside the list ("DELEGACIÓN CUAUHTÉMOC") is not an item and does not end
 * it. A lead-in of page chrome ("Lesen Sie auch:", "Related stories:", a chrome label) opens no list.
 */
export function contentLines(text: string, lines: Line[]): Set<number> {
  const out = new Set<number>()
  // (the page's first line is the headline's slot: "Wolgast: Elch schwimmt …" there is a kicker and its headline)
  for (let i = 1; i < lines.length; i++) {
    const own = text.slice(lines[i].start, lines[i].end).trim()
    if (isContentField(own)) {
      out.add(i)
      continue
    }
    // (session 34) the lead-in may close a paragraph printed on one line: "… am Anger. Das Dorfgemeinschaftshaus beherbergt:"
    const lead = own.slice(own.search(LAST_SENTENCE) + 1).trim()
    if (!/[:：]$/u.test(lead) || lead.length > 300 || wordsIn(lead) < 3 || !listLead(lead)) continue
    // a list has two items or more: one line after a colon is a value ("… por la licencia:" / "Creative Commons …")
    const items: number[] = []
    let bulleted = false
    // the lead-in and the line above it: a one-word item they name is a group's heading inside the list (session 32)
    const above = ` ${text.slice(lines[i - 1].start, lines[i].end).toLowerCase()} `
    let j = i + 1
    for (; j < lines.length && j - i <= MAX_LIST; j++) {
      const raw = text.slice(lines[j].start, lines[j].end).trim()
      const item = raw.replace(ITEM_MARK, '')
      if (CAPS_HEADING.test(item) || groupHeading(item, above)) continue
      // (session 34) in a bulleted list, a short line with no bullet over the next bulleted one heads a group of items
      // ("Farmington" / "- Route 5 is closed …", "Deuxième phase :" / "• A partir de 17h …"): not an item, not the end
      // and a line with no bullet after the last item ends the list ("Dorfgemeinschaftshaus-01", an image's name)
      if (bulleted && !BULLET.test(raw)) {
        if (wordsIn(raw) <= 4 && j + 1 < lines.length && BULLET.test(text.slice(lines[j + 1].start, lines[j + 1].end).trim())) continue
        break
      }
      if (!(BULLET.test(raw) ? isBulletedItem(item) : isListItem(item))) break
      if (items.length === 0) bulleted = BULLET.test(raw)
      items.push(j)
    }
    if (items.length >= 2) {
      for (const k of items) out.add(k)
      i = j - 1
    }
  }
  for (const k of bareLists(text, lines)) out.add(k)
  return out
}

/** A bullet opening a line: "- ", "• ", "· ". */
const BULLET = /^([-–—•·▪●○◦*])\s*(?=\S)/u
/** Fewest items of a list printed with no colon lead-in: two bulleted lines could be anything. */
const MIN_BARE_LIST = 3
/** Most words an item of such a list holds: longer bulleted lines are teasers or paragraphs, not items. */
const MAX_BARE_ITEM = 8

/**
 * A list with no colon lead-in (session 33): three lines or more opening with the same bullet, each a short item, under
 * a heading that names what they list ("Localidades afectadas por el corte de luz" / "- Arriaga" / "- Tonalá" …: an
 * unfinished line of three words or more, no chrome), or most of whose items hold a figure ("Die Stadt betreut …
 * Spielflächen." / "• 96 Spielplätze" / "• 18 Bolzplätze" …). A site's menu printed as bullets after the last paragraph
 * ("- Actualités" / "- Sport" …) has neither.
 */
function bareLists(text: string, lines: Line[]): number[] {
  const out: number[] = []
  const own = (k: number) => text.slice(lines[k].start, lines[k].end).trim()
  for (let i = 0; i < lines.length; i++) {
    const mark = BULLET.exec(own(i))?.[1]
    if (!mark) continue
    const items: number[] = []
    let j = i
    for (; j < lines.length && j - i < MAX_LIST; j++) {
      const m = BULLET.exec(own(j))
      if (!m || m[1] !== mark) break
      const item = own(j).slice(m[0].length)
      if (!isListItem(item) || wordsIn(item) > MAX_BARE_ITEM || chromeField(item)) break
      items.push(j)
    }
    if (items.length >= MIN_BARE_LIST) {
      // (a count opens the item: "• 96 Spielplätze"; a date stamp closing a teaser, "… 2023.01.17", is no count)
      const counts = items.filter((k) => /^\p{N}/u.test(own(k).replace(BULLET, ''))).length * 2 > items.length
      if (counts || (i > 0 && listHeading(own(i - 1)))) out.push(...items)
    }
    i = Math.max(i, j - 1)
  }
  return out
}

/**
 * A heading that names the list under it: unfinished, three to twenty words, no bullet, no chrome (a label, a prompt), and
 * a phrase, not a row of names (a menu's regions or sections, each capitalised: "Bretagne Normandie Grand Est …").
 */
function listHeading(line: string): boolean {
  if (/[.!?:;,。…"”»)\]]$/u.test(line) || BULLET.test(line)) return false
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w))
  if (words.length < 3 || words.length > 20) return false
  if (words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length >= 0.8 * words.length) return false
  return !CHROME_LABELS.has(labelKey(line)) && notChrome(line)
}

/** "대표전화 : 044-…", "Tel.: …": an item printed as a field of page chrome (a footer's lines), not a listed fact. */
function chromeField(item: string): boolean {
  const m = FIELD.exec(item)
  return m !== null && CHROME_LABELS.has(labelKey(m[1]))
}

/** A line of contentLines that is a list item, not a field line: read without its bullet, no chrome. */
function listItemLine(line: string): boolean {
  return !isContentField(line) && itemNotChrome(line.replace(ITEM_MARK, ''))
}

/**
 * A one-word item the lead-in or the line above it names: the heading of a group inside the list ("… colonias de los
 * municipios de Cuernavaca y Temixco." / "Las zonas … son:" / "Temixco" / its colonias / "Cuernavaca" / …), not an item
 * of its own; like a heading in capitals it neither counts nor ends the list (session 32; spent set s30 dev, in-sample).
 */
function groupHeading(item: string, above: string): boolean {
  if (!/^\p{L}[\p{L}'’-]*$/u.test(item)) return false
  const at = above.indexOf(item.toLowerCase())
  return at > 0 && !/\p{L}/u.test(above[at - 1]) && !/\p{L}/u.test(above[at + item.length] ?? ' ')
}

/** A heading in capitals inside a list: "DELEGACIÓN CUAUHTÉMOC", "ZONA NORTE". */
const CAPS_HEADING = /^[\p{Lu}\d][\p{Lu}\d .,'’-]{2,60}$/u

/** The lead-in of a list: a line ending in a colon that is not page chrome (a "read also" label, a chrome label). */
function listLead(line: string): boolean {
  const label = line.replace(/\s*[:：]$/u, '')
  if (CHROME_LABELS.has(labelKey(label))) return false
  return notChrome(line)
}

/** An item of a list: short (twelve words at most), with a letter, not page chrome; a stop only after a short item. */
function isListItem(item: string): boolean {
  if (item.length === 0 || item.length > 160 || !/\p{L}/u.test(item)) return false
  const n = wordsIn(item)
  if (n > 12 || (n > 6 && /[.!?。]$/u.test(item))) return false
  return itemNotChrome(item)
}

/**
 * An item read as page chrome only for being short and all in lower case ("port du masque", "the county archive" are a
 * keyword line's shape to the line rules) is an item all the same: in a list its place says what it is (session 34).
 */
export function itemNotChrome(item: string): boolean {
  if (notChrome(item)) return true
  return !/\p{Lu}/u.test(item) && notChrome(item.replace(/\p{Ll}/u, (c) => c.toUpperCase()))
}

/** Longest item, in words and characters, a bulleted line under a colon lead-in may be: a clause or a sentence. */
const MAX_BULLETED_ITEM_WORDS = 30
const MAX_BULLETED_ITEM = 300

/**
 * An item of a list that opens its line with a bullet, under a lead-in ending in a colon (session 34): the bullet and the
 * colon mark it as an item, so a clause or a whole sentence may be one ("Ces opérations nécessitent en effet :" / "• Le
 * séchage de ces structures (1 mois)" / "• La vérification de l’état de ces structures, après séchage, par un bureau
 * d’étude …"). Unbulleted lines stay short (isListItem): a paragraph after a colon is the story going on.
 */
function isBulletedItem(item: string): boolean {
  if (item.length === 0 || item.length > MAX_BULLETED_ITEM || !/\p{L}/u.test(item) || wordsIn(item) > MAX_BULLETED_ITEM_WORDS) return false
  return itemNotChrome(item)
}

/** Not page chrome by the line rules (a share bar, a credit, a byline, a date line, a tag line); a heading's shape is no bar. */
export function notChrome(line: string): boolean {
  const kind = classifyLine(line, { first: false, alone: false, moreFollow: true })?.kind
  return kind === undefined || kind === 'subheading' || kind === 'title'
}

export interface ClassifiedLines {
  /** Indexes of lines that hold body text. */
  body: number[]
  /** Indexes of lines that are content by their place in a list or a form (contentLines): the furniture model leaves them too. */
  content: Set<number>
  /** (session 33) Indexes of an interview's question turns (interview-layout.ts): no claim, even without a question mark. */
  questions: Set<number>
}

function isLeadUnderDateline(line: string): boolean {
  const dateline = wireDateline(line)
  // a bracketed tag alone ("[알림] …", "[속보] …") heads a headline; a place or an agency heads a lead
  return dateline !== null && (dateline.outlet !== '' || !/^[[(]/.test(line)) && wordsIn(line.slice(dateline.length)) >= 4
}

/**
 * Sorts lines into furniture (pushed to `nonClaims`, filling `meta`) and body lines. Lines are
 * shortened in place when a dateline ("SEOUL, Nov. 7 (Yonhap) -- ") starts them.
 */
export function classifyLines(text: string, lines: Line[], meta: ExtractedMeta, nonClaims: NonClaim[], repeated?: ReadonlySet<string>): ClassifiedLines {
  const body: number[] = []
  const lastBlock = lines.length > 0 ? lines[lines.length - 1].block : 0
  const seen = new Set<string>()
  let titleOpen = true
  /** Chrome lines above the headline that had its shape (a breadcrumb, labels, a time): the headline may come after them. */
  let chromeAbove = 0
  let afterLabel = false
  let teaserRun = false
  let sinceTitle = -1
  // the headline's line (session 30: a credit under a caption below it)
  let titleLine = -1
  const push = (kind: NonClaim['kind'], line: Line) => nonClaims.push({ kind, text: text.slice(line.start, line.end), start: line.start, end: line.end })
  // readers' comments under the article are page furniture, whatever they say
  const commentsFrom = commentSectionStart(text, lines)
  /** Agencies and desks printed as the byline ("Par AFP"): the author when no person signs. */
  const agencies: string[] = []
  let creditedCopy = -1
  /** An author taken from a bare name under the headline: a signed byline below it wins. */
  let guessedAuthor: string | null = null
  // field lines with a content value and list items under a lead-in are body, whatever their shape (session 31)
  const content = contentLines(text, lines)
  // an interview's turns (session 33): the answer is body whatever its shape, and content (the learned model leaves it);
  // the question is body too (carry.ts reads the turns for the answer's speaker), and index.ts skips it as a question
  const turns = interviewTurns(text, lines)
  for (const k of turns.answers) content.add(k)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (commentsFrom >= 0 && i >= commentsFrom) {
      push('boilerplate', line)
      continue
    }
    if (turns.answers.has(i)) {
      titleOpen = false
      body.push(i)
      continue
    }
    if (turns.questions.has(i)) {
      titleOpen = false
      body.push(i)
      continue
    }
    if (i === creditedCopy) {
      push('caption', line)
      continue
    }
    // an item of a list under its lead-in (contentLines; not a field line, whose shape the line rules still read: a
    // kicker, a stamp) is body whatever its shape, when the line read without its bullet is no chrome (contentLines' own
    // test): the line rules read "Montag   15.00-19.00 Uhr" under "Öffnungszeiten:" as a heading and "• Lomas" under
    // "Las colonias … son:" as a menu bullet (session 32)
    if (content.has(i) && listItemLine(text.slice(line.start, line.end).trim())) {
      titleOpen = false
      body.push(i)
      continue
    }
    // "✍️ Redacción", "✏ Anna Berghoff": a symbol before a short line is decoration; every rule reads the line after it
    const raw = text.slice(line.start, line.end)
    const clean = withoutLeadSymbol(raw)
    if (clean.length < raw.length && clean.length <= 60 && !/[.!?]$/u.test(clean)) line.start += raw.length - clean.length
    const lineText = text.slice(line.start, line.end)
    // "von" / "gwa": the byline's word on its own line, the name (or initials) on the next
    if (BY_ALONE.test(lineText) && i + 1 < lines.length) {
      const name = text.slice(lines[i + 1].start, lines[i + 1].end).trim()
      if (name.length <= 40 && wordsIn(name) <= 4 && /^\p{L}/u.test(name) && !ENDS_SENTENCE.test(name)) {
        if (!meta.author) meta.author = name
        push('byline', line)
        push('byline', lines[i + 1])
        i++
        continue
      }
    }
    // a name broken over two lines at the top: "ARTURO" / "ESPINOZA" (capitals, opening with a common given name), or a
    // Korean name and "기자" under it
    if (lineText.length <= 40 && i <= 4 && !meta.author && i + 2 < lines.length) {
      const first = lineText.trim()
      const second = text.slice(lines[i + 1].start, lines[i + 1].end).trim()
      const caps = /^\p{Lu}{2,}$/u.test(first) && /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(second) && opensWithGivenName(first) && capsByline(text, `${first} ${second}`)
      if (caps || (/^[가-힣]{2,4}$/u.test(first) && /^(?:기자|특파원)$/u.test(second))) {
        meta.author = caps ? `${first} ${second}` : first
        push('byline', line)
        push('byline', lines[i + 1])
        i++
        continue
      }
    }
    const nextRaw = i + 1 < lines.length ? text.slice(lines[i + 1].start, Math.min(lines[i + 1].end, lines[i + 1].start + 80)) : null
    // a link line under a heading does not make the heading a sentence that carries on
    const next = nextRaw !== null && /^(?:https?:\/\/|www\.)/.test(nextRaw) ? null : nextRaw
    const endsBlock = i + 1 >= lines.length || lines[i + 1].block !== line.block
    const short = lineText.length <= MAX_FURNITURE_LINE
    if (sinceTitle >= 0) sinceTitle++
    // a caption printed twice in a row over a lone agency credit ("… interpellé." twice, then "Reuters"): both copies are the caption
    if (short && lineText.length >= MIN_REPEATED && i + 2 < lines.length && sameText(text, lines[i + 1], lineText) && isLoneCredit(text.slice(lines[i + 2].start, lines[i + 2].end))) {
      push('caption', line)
      seen.add(lineText)
      continue
    }
    // the same line twice is page chrome (a caption or a paragraph printed twice), as is a line other articles share
    if (lineText.length >= MIN_REPEATED && (seen.has(lineText) || repeated?.has(lineText))) {
      push('boilerplate', line)
      continue
    }
    if (lineText.length >= MIN_REPEATED) seen.add(lineText)
    // a caption printed twice, the second time with its credit: "Vehicles at a checkpoint. Image: Daily NK"
    if (short && next !== null && lineText.length >= MIN_REPEATED && i + 1 < lines.length && text.startsWith(lineText, lines[i + 1].start) && lines[i + 1].end - lines[i + 1].start > lineText.length) {
      push('caption', line)
      seen.delete(lineText)
      // the copy is the same caption with its credit after it ("… mardi. Photo d'illustration Getty")
      if (lines[i + 1].end - lines[i + 1].start - lineText.length <= MAX_CREDIT_TAIL || standfirstRepeated(text, lines, i + 1, lineText.length)) creditedCopy = i + 1
      continue
    }
    const alone = (i === 0 || lines[i - 1].block !== line.block) && (i === lines.length - 1 || lines[i + 1].block !== line.block)
    const moreFollow = line.block < lastBlock || i < lines.length - 1
    // a name alone above the headline ("Marta Quintanilla" over it) signs the page when it opens with a common given name
    // and is printed nowhere else; a label there ("Local", "Most Popular") does not
    if (titleOpen && !meta.title && !meta.author && i - chromeAbove < 2 && short && next !== null && wordsIn(next) >= 4) {
      const name = signedName(text, lineText)
      if (name) {
        meta.author = name
        push('byline', line)
        continue
      }
    }
    // a name alone under the opening standfirst of a page that prints no headline ("Six in ten residents asked for …" /
    // "Joanna Whitfield" / the first paragraph): the byline, when it opens with a common given name and is printed once
    if (!meta.author && !meta.title && i >= 1 && i <= 3 && short && lineText.length <= 40 && next !== null && BARE_NAME.test(lineText.trim()) && ENDS_SENTENCE.test(text.slice(Math.max(lines[i - 1].start, lines[i - 1].end - 3), lines[i - 1].end)) && wordsIn(text.slice(lines[i - 1].start, lines[i - 1].end)) >= 6) {
      const name = signedName(text, lineText)
      if (name) {
        meta.author = name
        push('byline', line)
        continue
      }
    }
    // a section label above the headline ("Local", "• Seguridad", "Environnement")
    if (titleOpen && i - chromeAbove < 3 && short && wordsIn(lineText) <= 2 && !ENDS_SENTENCE.test(lineText) && moreFollow && !meta.title && i + 1 < lines.length && /^\D*$/.test(lineText)) {
      const verdict = classifyLine(lineText, { first: false, alone, moreFollow })
      // a short byline ("홍길동 기자") above the headline still names the author
      if (verdict) applyVerdict(meta, verdict, lineText, agencies)
      push(verdict?.kind ?? 'tagline', line)
      afterLabel = true
      continue
    }
    if (short && i <= 3 && !meta.author && moreFollow && capsByline(text, lineText)) {
      meta.author = lineText
      push('byline', line)
      continue
    }
    // "Por Marta Quintanilla El ayuntamiento …": a byline run into the first paragraph; the paragraph keeps its claims
    const runIn = !meta.author && lineText.length > 80 && i <= 6 ? runInLead(text, lineText) : null
    if (runIn) {
      meta.author = runIn.author
      const span = trimSpan(text, line.start, line.start + runIn.at)
      nonClaims.push({ kind: 'byline', text: text.slice(span.start, span.end), start: span.start, end: span.end })
      line.start = trimSpan(text, line.start + runIn.at, line.end).start
      titleOpen = false
      body.push(i)
      continue
    }
    // a byline with the headline's shape ("REDACCIÓN Miércoles, 1 de marzo 2023, 08:07") is the byline
    // "23 de Noviembre del 2024", "Lundi 10 Mai 2021", "Archivierter Artikel vom 09.06.2017, 16:21 Uhr" above the
    // headline: a date line (often the site's today), chrome
    if (short && titleOpen && !meta.title && dateLineOnly(lineText)) {
      push('byline', line)
      chromeAbove++
      continue
    }
    // "SPRINGFIELD, Ohio (WKBN) – There is a new superintendent …": a finished sentence under a wire dateline is the lead,
    // not the headline, even as the page's first line
    const leadUnderDateline = short && titleOpen && ENDS_SENTENCE.test(lineText) && isLeadUnderDateline(lineText)
    const titleShaped = !leadUnderDateline && short && titleOpen && moreFollow && isTitleCase(lineText)
    const asByline = titleShaped ? classifyLine(lineText, { first: titleOpen, alone, moreFollow }) : null
    const read = short && !leadUnderDateline
      ? titleShaped
        ? asByline?.kind === 'byline' && asByline.author
          ? asByline
          : ({ kind: 'title' } as Verdict)
        : classifyLine(lineText, { first: titleOpen, alone, moreFollow })
      : null
    // "Von Montag an gelten …": a sentence opening with the byline's word and a weekday or month is body text
    // and so is one where the name is the subject: "Von Anna Berghoff stammt die Idee, …", "By Joanna Whitfield’s count, …"
    const verdict = read?.kind === 'byline' && read.author && ENDS_SENTENCE.test(lineText) && ((bareAuthor(read.author) === null && wordsIn(lineText) >= 5) || (wordsIn(lineText) >= 8 && nameIsSubject(lineText, read.author))) ? null : read
    // a name alone just under the headline ("Jane Doe", "Иван Петров") is the byline, not a subheading
    // (not a caption naming a place: "Biblioteca Vilalba", session 30)
    const bareName = sinceTitle >= 1 && sinceTitle <= 3 && lineText.length <= 40 && moreFollow && !meta.author && BARE_NAME.test(lineText) && !looksLikeOutlet(lineText) && !opensWithPlaceWord(lineText)
    if (bareName && (!verdict || verdict.kind === 'subheading')) {
      meta.author = guessedAuthor = lineText
      push('byline', line)
      continue
    }
    // chrome with the headline's shape: filed as chrome, and the headline may still come
    const chrome = verdict?.kind === 'title' && !meta.title ? notAHeadline(text, lines, i) : null
    if (chrome) {
      push(chrome, line)
      chromeAbove++
      continue
    }
    // the last paragraph with a credit-shaped signature run on ("… de cultura. Marta Quintanilla / EFE") is body text:
    // findAuthorLine reads the signature off its end
    if (verdict?.kind === 'caption' && i >= lines.length - 2 && paragraphWithSignature(lineText)) {
      titleOpen = false
      body.push(i)
      continue
    }
    // "Obra Pública" under the headline was taken for a bare name; "Por: Abelardo Navarrete" below it signs the page
    if (verdict?.kind === 'byline' && verdict.author && guessedAuthor !== null && meta.author === guessedAuthor && SIGNED_LINE.test(lineText)) meta.author = null
    // "Agentes mantienen un cordón policial en Valladolid." / "R. García / EFE": a name and an agency under a caption is
    // the photo's credit, not the byline (session 30); under the headline, or under the standfirst right below it, it
    // stays the byline
    if (verdict?.kind === 'byline' && verdict.author && verdict.outlet && creditUnderCaption(text, lines, i, titleLine, body)) {
      push('credit', line)
      continue
    }
    if (verdict) {
      if (verdict.kind === 'title') {
        // a list bullet before the headline is not part of it
        meta.title = lineText.replace(/^#+\s*/, '').replace(/^[•▪●■►▶]\s*/u, '')
        sinceTitle = 0
        titleLine = i
      }
      // chrome above the headline (a section label, a breadcrumb, a date) leaves the title to come
      if (verdict.kind === 'title' || i - chromeAbove >= 3) titleOpen = false
      applyVerdict(meta, verdict, lineText, agencies)
      push(verdict.kind, line)
      // "Más Información", "Lesen Sie auch": a short chrome label heads a block of teasers
      if (verdict.kind === 'boilerplate' && !endsBlock && wordsIn(lineText) <= 4 && !ENDS_SENTENCE.test(lineText)) afterLabel = true
      continue
    }
    titleOpen = false
    // under the title: the outlet's name, then the author's, each on its own line
    if (sinceTitle >= 0 && sinceTitle <= 3 && lineText.length <= 40) {
      if (looksLikeOutlet(lineText) && wordsIn(lineText) <= 3) {
        if (!meta.outlet) meta.outlet = lineText
        push('credit', line)
        continue
      }
      if (BARE_NAME.test(lineText) && !meta.author && moreFollow && !opensWithPlaceWord(lineText)) {
        meta.author = guessedAuthor = lineText
        push('byline', line)
        continue
      }
    }
    // a pull quote standing alone as a subheading: "On est anéantis, on est complétement catastrophés";
    // on pages with one paragraph per line it is not alone, but the lines around it end sentences
    const endsAt = (k: number) => ENDS_SENTENCE.test(text.slice(Math.max(lines[k].start, lines[k].end - 3), lines[k].end))
    if (short && i > 0 && PULL_QUOTE.test(lineText) && ((alone && moreFollow) || (endsAt(i - 1) && (i + 1 >= lines.length || endsAt(i + 1))))) {
      push('subheading', line)
      continue
    }
    // an unfinished line that ends its paragraph is a heading: "Schwabens Hochwassereinsätze: Polizei und ..."
    const heading = endsBlock && moreFollow && lineText.length <= 200 && wordsIn(lineText) <= 20 && !ENDS_SENTENCE.test(lineText) && !/[.!?。]$/.test(lineText) && !isBrokenBody(lineText)
    if (short && i > 0 && (isShortLabel(lineText, next) || heading) && !content.has(i)) {
      push('subheading', line)
      afterLabel = true
      continue
    }
    // "Local" then "Dos jóvenes resultan heridos en ...": a teaser headline under a section label
    // a run of them under "Más Información" / "Lesen Sie auch": each unfinished line is one more teaser
    if (afterLabel && short && wordsIn(lineText) <= (teaserRun ? 25 : 20) && !ENDS_SENTENCE.test(lineText) && !isBrokenBody(lineText)) {
      push('subheading', line)
      teaserRun = !endsBlock
      afterLabel = teaserRun
      continue
    }
    teaserRun = false
    afterLabel = false
    const dateline = wireDateline(lineText)
    if (dateline) {
      const span = trimSpan(text, line.start, line.start + dateline.length)
      nonClaims.push({ kind: 'byline', text: text.slice(span.start, span.end), start: span.start, end: span.end })
      if (!meta.outlet && dateline.outlet) meta.outlet = dateline.outlet
      if (!meta.author && dateline.author) meta.author = dateline.author
      line.start = trimSpan(text, line.start + dateline.length, line.end).start
      if (line.start >= line.end) continue
    }
    body.push(i)
  }
  // no byline line of the usual kinds: the author beside a date at the top, or signing the end
  findAuthorLine(text, lines, body, meta, nonClaims)
  // no person signs the page (not even in a credit inside the text, "… Reportage : Jane Doe"): an agency or a desk
  // printed in the author slot is its byline
  if (!meta.author && agencies.length > 0 && !personCredited(text, lines)) meta.author = agencies[0]
  // the bare name: no bullet, byline word, e-mail, or outlet and 기자 around a Korean name
  if (meta.author) meta.author = bareAuthor(meta.author)
  // "Name Town - date": the story's town printed after the name is not part of it
  if (meta.author) meta.author = withoutTown(text, meta.author)
  return { body, content, questions: turns.questions }
}
