// Publication dates in bylines and date lines, as ISO "YYYY-MM-DD".
import { ALL_MONTH_NUMBERS, DATE_NAMES, MONTH_NUMBERS } from './date-words'
import { PACKS } from '../lang'


function month(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '')
  return MONTH_NUMBERS.get(lower) ?? MONTH_NUMBERS.get(lower.slice(0, 3)) ?? null
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function parseDate(text: string): string | null {
  const s = text.slice(0, 200)
  // every form below has a four-digit year: most lines have none, and the month-name patterns scan every position
  if (!/(?:19|20)\d\d/.test(s)) return null
  let m = /\b((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})\b/.exec(s)
  if (m) return iso(+m[1], +m[2], +m[3])
  m = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/.exec(s)
  if (m) return iso(+m[3], +m[2], +m[1])
  m = /\b((?:19|20)\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?/.exec(s)
  if (m) return iso(+m[1], +m[2], +m[3])
  m = /((?:19|20)\d{2})년\s*(\d{1,2})월\s*(\d{1,2})일/.exec(s)
  if (m) return iso(+m[1], +m[2], +m[3])
  // "November 3, 2020", "Nov. 3, 2020"
  m = /\b(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/u.exec(s)
  if (m && month(m[1])) return iso(+m[3], month(m[1])!, +m[2])
  // "3 November 2020", "3. November 2020", "3 novembre 2020"
  m = /\b(\d{1,2})\.?\s+(\p{L}{3,9})\.?,?\s+((?:19|20)\d{2})\b/u.exec(s)
  if (m && month(m[2])) return iso(+m[3], month(m[2])!, +m[1])
  return null
}

/**
 * (session 34) A date in any pack's form, for the page's own date line: "15 марта 2023, 15:05", "Miércoles 30 de Octubre
 * de 2024", "a 27 de agosto del 2025", "marzo 6, 2026", "publié le 12/11/2018 à 17:23", "2023. 7. 21. 18:07",
 * "송고시간2020-03-28 20:17". A numeric date with slashes is read day first, as every pack's language but English writes
 * it; English reads it month first ("1/8/2015" is January 8) unless the first number cannot be a month. Wider than
 * parseDate, which the line rules and the furniture model read (their features stay as they were).
 */
export function parseDateIn(text: string, language: string): string | null {
  const known = parseDate(text)
  if (known) return known
  const s = text.slice(0, 200)
  if (!/(?:19|20)\d\d/.test(s)) return null
  let m = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})(?!\d)/u.exec(s)
  if (m) {
    const [a, b] = [+m[1], +m[2]]
    // the pack says whether figures put the month first (a language without a pack: the day, unless the month cannot be the second)
    const monthFirst = PACKS[language]?.dates.monthFirst ? a <= 12 : b > 12
    return monthFirst ? iso(+m[3], a, b) : iso(+m[3], b, a)
  }
  // "15 марта 2023", "30 de Octubre de  2024", "27 de agosto del 2025", "15 Августа 2013 г.", "1er juin 2020"
  m = /(?<![\p{L}\d])(\d{1,2})(?:\.|er)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d{2})(?!\d)/u.exec(s)
  if (m) {
    const n = ALL_MONTH_NUMBERS.get(m[2].toLowerCase())
    if (n) return iso(+m[3], n, +m[1])
  }
  // "marzo 6, 2026"
  m = /(?<![\p{L}])(\p{L}{3,10})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})(?!\d)/u.exec(s)
  if (m) {
    const n = ALL_MONTH_NUMBERS.get(m[1].toLowerCase())
    if (n) return iso(+m[3], n, +m[2])
  }
  return null
}

/** At most this long: a date line, a byline with its date, a stamp ("Posted 25 ноября 2016, 04:01"); not a paragraph. */
const MAX_DATE_LINE = 120
/** Words besides the date a date line may hold (a label, a name, an e-mail): a headline that names a date holds more. */
const MAX_OTHER_WORDS = 4

/** Words of three letters or more that are no month or weekday name: what a line says besides its date. */
function otherWords(line: string): number {
  let n = 0
  for (const w of line.split(/\s+/u)) {
    const letters = w.replace(/[^\p{L}]/gu, '')
    if (letters.length >= 3 && !ALL_MONTH_NUMBERS.has(letters.toLowerCase()) && !DATE_NAME_SET.has(letters.toLowerCase())) n++
  }
  return n
}

const DATE_NAME_SET = new Set(DATE_NAMES)

/**
 * (session 34) The page's own date: the date printed on a furniture line at the head of the page (above the first body
 * line, or among the three lines under it: a date line, a byline with its date, "publié le …"). The line rules take the
 * first date a byline verdict gives, wherever it stands: a related teaser's "19 nov. 2024" under a 2020 article (s33
 * read-by-hand, fr4), and a date line above the headline (filed as chrome) gave none. Above the body, the first date of
 * the run of date lines nearest the body ("Posted …" / "Modified …": the first is the page's; a site's today stands
 * apart, above the headline); else the first under it. A caption's or a credit's date is the picture's, a link's the
 * address's; a headline's only when the date is nearly all it says ("Publié : 30 juin 2014" taken for one). Null when the head prints none, and the line rules' date (`current`) stands when the head prints it too.
 */
export function headDate(text: string, lines: readonly { start: number; end: number }[], body: readonly number[], language: string, current: string | null, skip: ReadonlySet<number> = new Set(), titles: ReadonlySet<number> = new Set()): string | null {
  const isBody = new Set(body)
  const first = body.length > 0 ? body[0] : lines.length
  let above: string | null = null
  let below: string | null = null
  let last = -2
  for (let i = 0; i < lines.length && i <= first + 3; i++) {
    if (isBody.has(i) || skip.has(lines[i].start)) continue
    const line = text.slice(lines[i].start, lines[i].end)
    if (line.length > MAX_DATE_LINE || /https?:\/\/|www\./u.test(line) || otherWords(line) > (titles.has(lines[i].start) ? 1 : MAX_OTHER_WORDS)) continue
    const date = parseDateIn(line, language)
    if (!date) continue
    if (date === current) return current
    if (i < first) {
      if (i !== last + 1) above = date
      last = i
    } else below ??= date
  }
  return above ?? below ?? (first < lines.length ? datelineDate(text.slice(lines[first].start, lines[first].end), language) : null) ?? current
}

/**
 * The date of a wire dateline opening the first paragraph, closed by the dateline's dash or bracket: "Morelia, Michoacán, a
 * 27 de agosto del 2025.- La Fiscalía …", "Melun, France | AFP | vendredi 17/04/2020 - La piste …", "WACO (March 12, 2014)
 * The Waco Police …". A date inside the sentence is the event's ("Am 06.07.2019 gegen 02:15 Uhr wurde …").
 */
function datelineDate(line: string, language: string): string | null {
  const m = /^[^.!?]{0,80}?(?:19|20)\d\d\)?\.?\s?[-–—]\s|^[^.!?]{0,80}?(?:19|20)\d\d\)\s/u.exec(line)
  return m ? parseDateIn(m[0], language) : null
}
