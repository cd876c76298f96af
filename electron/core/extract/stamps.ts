// A page's publication or update stamp run into the first words of a paragraph, as copied pages
// often have it ("Mis à jour le 12/03/2024 à 10h15 Le conseil municipal a voté …"). Read whole,
// the line is a stamp and the sentence after it is lost; split, the stamp is page furniture and
// the sentence is body text.
import { DATE_NAMES, KO_WEEKDAYS } from './date-words'
import type { Line } from './segment'
import { isNonFactual, isPureOpinion, scoreSentence, wordCountOf } from './checkworthiness'
import { detectLanguage } from './language'

/** The words that open a stamp, in the packs' languages; an optional "le/el/am/on" and a colon follow. */
const STAMP_WORD =
  /^(?:(?:last\s)?(?:updated|published|posted|modified)|mis à jour|publié|modifié|actualizado|publicado|modificado|(?:zuletzt\s)?aktualisiert|veröffentlicht|geändert|stand|обновлено|опубликовано|изменено|(?:기사\s?)?(?:입력|수정|승인|등록))(?:\s(?:le|el|am|on|at|à))?\s?:?\s+/iu

// month and weekday names, whole or abbreviated, of the en, fr, de, es and ru packs (their `dates` sections)
const NAMES = DATE_NAMES.join('|')

/** One word of a date or a time: numbers, month and weekday names or their stems, a.m./p.m., zones, joining words. */
const DATE_WORD = new RegExp(
  '^(?:' +
    [
      String.raw`\d[\d./:hH-]*,?`, // 12, 12.03.2024, 2024-03-12, 10:15, 10h15
      String.raw`\d{1,2}(?:st|nd|rd|th|er|\.)?,?`,
      // month and weekday names, whole or abbreviated, in the packs' languages (an exact list: a stem would eat "Mario", "Die")
      String.raw`(?:${NAMES})\.?,?`,
      String.raw`(?:mo|di|mi|do|fr|sa|so)[.,]`, // German two-letter weekdays, only with their dot or comma ("Mo.", "Di,")
      String.raw`[ap]\.?m\.?,?`,
      String.raw`(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|MEZ|MESZ|GMT|UTC|BST|KST|МСК|Uhr|h),?`,
      String.raw`[|·•,/–—-]`,
      String.raw`\(?(?:${KO_WEEKDAYS.join('|')})\)?|\d+[년월일]|오전|오후`,
    ].join('|') +
    ')$',
  'iu',
)

/** Words that join date words ("12 de marzo", "à 10h15", "um 10:15"): taken only before another date word. */
const JOINER = /^(?:à|a|las|um|at|в|de|del|du|le|el|on|den)$/iu

/** The body after a stamp: a sentence of several words that starts like one and ends like one. */
const BODY_START = /^[\p{Lu}\p{Lo}"“„«‘'(]/u
const BODY_END = /[.!?…"”»)]$/u

/**
 * Length of a stamp opening the line when a sentence follows it on the same line, else 0.
 * "Updated March 12, 2024 10:15 a.m. The council …" → the length of "Updated March 12, 2024 10:15 a.m. ".
 */
export function leadingStamp(line: string): number {
  const word = STAMP_WORD.exec(line)
  if (!word) return 0
  let at = word[0].length
  let sawDigit = false
  // take date words while they last (at most 10: a stamp is short)
  for (let k = 0; k < 12; k++) {
    const m = /^(\S+)(\s+|$)/u.exec(line.slice(at))
    if (!m) break
    if (JOINER.test(m[1])) {
      // "a las 10:15": joiners count only when a date word comes after them
      const next = line.slice(at + m[0].length).split(/\s+/u, 3).find((w) => !JOINER.test(w))
      if (!next || !DATE_WORD.test(next)) break
    } else if (!DATE_WORD.test(m[1])) break
    if (/\d/.test(m[1])) sawDigit = true
    at += m[0].length
  }
  if (!sawDigit) return 0
  const body = line.slice(at)
  if (!BODY_START.test(body) || !BODY_END.test(body.trimEnd())) return 0
  if (body.split(/\s+/u).length < 4 && !/\p{Script=Hangul}/u.test(body)) return 0
  if (STAMP_WORD.test(body)) return 0 // two stamps in a row: a meta line, not a paragraph
  return at
}

/**
 * The words a live page or an update puts before the time of an entry: "UPDATE, 4:15 p.m.:", "Mise à jour, 16 h 15 :",
 * "Update 14.30 Uhr:", "Actualización 16:15 h:", "Обновлено в 16:15:", "ORIGINAL REPORT, NOON:". Optional: most entries
 * print the time alone ("10:20 a.m.: Power restored.", "02.41 Uhr: …", "7h30 : …").
 */
const UPDATE_WORD =
  /^(?:\+{3}\s*)?(?:(?:(?:last\s|latest\s)?update[ds]?|original\s(?:report|story|post)|earlier|mise\sà\sjour|maj|actualizaci[oó]n|actualizado|última\shora|aktualisierung|nachtrag|обновлено|обновление|дополнено)(?:\s?[,:@]\s?|\s)(?:(?:at|à|a\slas|um|в)\s)?)?/iu

/**
 * A time of day as an entry header prints it: 4:15 p.m., 10 a.m., 14.30 Uhr, 16:15 h, 16 h 15, 7h30, noon (after an
 * update word only), 오후 4시 15분 (업데이트).
 */
const HEADER_TIME =
  /^(?:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h|hrs?|horas|ч)\.?)?|\d{1,2}\s?uhr|\d{1,2}\s?h(?:\s?\d{2})?|(?:오전|오후)\s?\d{1,2}시(?:\s?\d{1,2}분)?(?:\s?업데이트)?)(?![\p{L}\p{N}])/iu
const HEADER_NOON = /^(?:noon|midnight|midi|minuit|mediod[ií]a|mittag|полдень)(?![\p{L}\p{N}])/iu

/** The mark that closes an entry header before its text: a colon, a spaced dash, or the ticker's "+++". */
const HEADER_CLOSE = /^\s?(?::|\s[–—-]|\s\+{3})\s+/u

/** The entry's text after the header: it starts like a sentence (a lower-case start too: "7h30 : les cumuls …"). */
const ENTRY_START = /^[\p{L}"“„«‘'(]/u

/**
 * Length of a time-of-day header opening a live page's or an update's entry, when the entry's sentence follows on the same
 * line ("10:20 a.m.: Power restored.", "UPDATE, 4:15 p.m.: Crews have reopened Main Street.", "Update 14.30 Uhr: Die Straße
 * ist wieder frei.", "오후 4시 15분 업데이트: 도로가 다시 열렸다."), else 0. The line must open with the header (a time inside
 * the sentence, "At 4:15 p.m. crews reopened Main Street.", is no header), a colon, a spaced dash or "+++" must close it,
 * and the text after it must be a sentence that ends like one (a ticker's unstopped entry headline stays whole).
 */
export function leadingTimeHeader(line: string): number {
  const header = headerTime(line)
  if (!header) return 0
  let at = header.end
  const close = HEADER_CLOSE.exec(line.slice(at))
  if (!close) return 0
  at += close[0].length
  const body = line.slice(at)
  if (!ENTRY_START.test(body) || !BODY_END.test(body.trimEnd())) return 0
  if (body.trim().split(/\s+/u).length < 2 && !/\p{Script=Hangul}/u.test(body)) return 0
  if (HEADER_TIME.test(body) || STAMP_WORD.test(body)) return 0
  return at
}

/**
 * A line that is only an entry's time-of-day header, with nothing after it: "Update @ 2:45 p.m.", "10:20 a.m.:",
 * "UPDATE, 4:15 p.m.", "Mise à jour, 16 h 15 :", "Обновлено в 16:15". A bare time needs its closing colon ("10:20 a.m.:");
 * with an update word the colon is optional. A line with words after the time ("At 4:15 p.m.", "4:15 p.m. kick-off") is not.
 */
export function timeHeaderOnly(line: string): boolean {
  const text = line.trim()
  if (text.length > 60 || !/\d|noon|midnight|midi|minuit|mediod|mittag|полдень/iu.test(text)) return false
  const header = headerTime(text)
  if (!header) return false
  const tail = text.slice(header.end).trim()
  // Korean prints the update word after the time ("오후 4시 15분 업데이트")
  return tail === '' ? header.hadWord || header.time.endsWith('업데이트') : /^(?::|[–—-]|\+{3})$/u.test(tail)
}

/**
 * The time of an entry's header at the start of `text`: an optional update word, up to three date words ("THURSDAY, 9:30 AM
 * –", "27.07., 06:55 Uhr:"), then the time ("noon" only after an update word). `end` is where the time ends.
 */
function headerTime(text: string): { end: number; time: string; hadWord: boolean } | null {
  const open = UPDATE_WORD.exec(text)
  let at = open ? open[0].length : 0
  const hadWord = at > 0 && /\p{L}/u.test(text.slice(0, at))
  for (let k = 0; k < 3; k++) {
    const rest = text.slice(at)
    if (HEADER_TIME.test(rest) || HEADER_NOON.test(rest)) break
    const m = /^(\S+)\s+/u.exec(rest)
    if (!m || !DATE_WORD.test(m[1]) || /^[|·•/–—-]$/u.test(m[1])) return null
    at += m[0].length
  }
  const rest = text.slice(at)
  const time = HEADER_TIME.exec(rest) ?? (hadWord ? HEADER_NOON.exec(rest) : null)
  return time ? { end: at + time[0].length, time: time[0], hadWord } : null
}

/**
 * Whether an entry's text still reads as a claim once its time header is cut off. The time is often all that anchors a
 * short status line ("5:15 a.m.: A crew is responding …", "10:20 a.m.: Power restored."): such a line keeps its header,
 * since losing the claim costs the reviewer more than a time left in front of it.
 */
function entryStandsAlone(body: string): boolean {
  const detected = detectLanguage(body)
  const language = detected === 'und' ? 'en' : detected
  if (language === 'ko' ? body.trim().length < 6 : wordCountOf(body, 3) < 3) return false
  const scoring = scoreSentence({ sentence: body, language, attributed: false, hedged: false, quoted: false, opensBlock: true })
  return !isPureOpinion(scoring.signals) && !isNonFactual(scoring)
}

/** The lines with each stamp that opens a paragraph line split off as a line of its own (same paragraph). */
export function splitStampedLines(text: string, lines: Line[]): Line[] {
  let out: Line[] | null = null
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]
    const lineText = text.slice(line.start, line.end)
    let cut = line.end - line.start > 40 ? leadingStamp(lineText) : 0
    if (cut === 0) {
      const header = leadingTimeHeader(lineText)
      if (header > 0 && entryStandsAlone(lineText.slice(header))) cut = header
    }
    if (cut > 0) {
      out ??= lines.slice(0, k)
      let stampEnd = line.start + cut
      while (stampEnd > line.start && /\s/u.test(text[stampEnd - 1])) stampEnd--
      out.push({ start: line.start, end: stampEnd, block: line.block }, { start: line.start + cut, end: line.end, block: line.block })
    } else if (out) out.push(line)
  }
  return out ?? lines
}

/**
 * A line that is only a date, maybe with a weekday and a time, in the packs' languages: "23 de Noviembre del 2024",
 * "Lundi 10 Mai 2021", "23 ноября 2024, 10:15", "23-10-2019". A site prints today's date over the page; it is no headline.
 */
export function onlyDate(line: string): boolean {
  const words = line.trim().split(/\s+/u)
  if (words.length > 8 || !/\d/.test(line)) return false
  if (words.length === 1) return /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/.test(words[0])
  return words.every((w) => JOINER.test(w) || DATE_WORD.test(w)) && words.some((w) => /\p{L}{3}/u.test(w) || /\d[-./:]\d/.test(w))
}

/** "Archivierter Artikel vom", "Article publié le", "Noticia publicada el", "Статья от": a page's words for its own date. */
const OWN_DATE_LABEL =
  /^(?:archiviert(?:e[rsn]?)?\s)?(?:artikel|beitrag|meldung|article|noticia|nota|статья|материал|story)(?:\s(?:publié|publicad[ao]|veröffentlicht|опубликован[ао]?|published|archived))?\s(?:vom|von|am|du|le|del|el|de|от|on|of|from)\s+/iu

/** A date line, bare ("23 de Noviembre del 2024") or with the page's words for its own date ("Archivierter Artikel vom 09.06.2017, 16:21 Uhr"). */
export function dateLineOnly(line: string): boolean {
  if (onlyDate(line)) return true
  const label = OWN_DATE_LABEL.exec(line.trim())
  return label !== null && onlyDate(line.trim().slice(label[0].length))
}
