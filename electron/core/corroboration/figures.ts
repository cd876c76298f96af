// Figures in a claim: a value (digits or number words), its bound and the counted thing.
// "At least 12 people were killed" -> { value: 12, bound: 'at-least', counted: 'dead' }.
// A number that counts nothing we know (a date, a time, an age, a sum) is not a figure:
// linking and conflicts compare counts of the same thing, so a guess would do harm.
import { BOUND_CUES, KO_COUNTERS, KO_NOT_A_COUNT, MONTH_WORDS, RANGE_JOINERS, UNIT_WORDS, type FigureBound } from './bounds'
import { COUNTED_THING_CUES, PEOPLE_WORDS, type CountedThing } from './counted-things'
import { isNumberWord, KO_MULTIPLIERS, readNumberWords, scaleOf, type NumberLanguage } from './number-words'

export type { FigureBound } from './bounds'
export type { CountedThing } from './counted-things'

export interface Figure {
  /** The value, or a range's lower end. */
  value: number
  /** A range's upper end; null for every other bound. */
  upper: number | null
  bound: FigureBound
  counted: CountedThing
  /** The number as written ("twelve", "1.419", "12~15"), at [start, end) of the claim text. */
  text: string
  start: number
  end: number
}

const SUPPORTED: NumberLanguage[] = ['en', 'es', 'de', 'fr', 'ru', 'ko']

/** The article's language first, then whatever the script says (Hangul, Cyrillic). */
export function figureLanguage(text: string, hint: string | null | undefined): NumberLanguage {
  const tag = (hint ?? '').toLowerCase().split(/[-_]/)[0] as NumberLanguage
  if (/[\uac00-\ud7af]/.test(text) && (tag === 'ko' || !/[A-Za-z]{3}/.test(text.replace(/[\uac00-\ud7af]/g, '')) || !SUPPORTED.includes(tag))) return 'ko'
  if (/[\u0400-\u04ff]{3}/.test(text) && (tag === 'ru' || !SUPPORTED.includes(tag) || tag === 'en')) return 'ru'
  return SUPPORTED.includes(tag) ? tag : 'en'
}

interface Token {
  text: string
  lower: string
  start: number
  end: number
  kind: 'number' | 'word' | 'mark'
}

const TOKEN = /\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*\.?|[^\s\p{L}\p{M}\d]/gu

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0]
    // A trailing dot belongs to the word only for abbreviations like "ca." or "a.m.".
    if (word.endsWith('.') && word.length > 1 && !/^(?:ca|approx|a\.m|p\.m|aprox)\.$/i.test(word)) word = word.slice(0, -1)
    const kind = /^\d/.test(word) ? 'number' : /^[\p{L}\p{M}]/u.test(word) ? 'word' : 'mark'
    tokens.push({ text: word, lower: word.toLowerCase(), start: m.index!, end: m.index! + word.length, kind })
    if (word.length < m[0].length) tokens.push({ text: '.', lower: '.', start: m.index! + word.length, end: m.index! + m[0].length, kind: 'mark' })
  }
  return tokens
}

/** "1,419" is 1419 in English and 1.419 in German; "1.419" the other way round. */
export function digitValue(raw: string, language: NumberLanguage): number {
  const compact = raw.replace(/[\u00a0\u202f ]/g, '')
  const decimalMark = language === 'en' || language === 'ko' ? '.' : ','
  const thousandsMark = decimalMark === '.' ? ',' : '.'
  let s = compact
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','))
  // One kind of mark, every group after it three digits: thousands, whatever the language ("1,500" in Spanish copy).
  const marks = new Set(s.replace(/\d/g, ''))
  if (marks.size === 1 && /^\d{1,3}(?:[.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''))
  if (lastSep >= 0 && s.length - lastSep - 1 !== 3) {
    // Not a group of three after the last mark: it is a decimal mark, whatever the language.
    s = s.slice(0, lastSep).replace(/[.,]/g, '') + '.' + s.slice(lastSep + 1)
  } else {
    s = s.split(thousandsMark).join('').replace(decimalMark, '.')
  }
  return Number(s)
}

interface NumberSpan {
  value: number
  start: number
  end: number
  /** Index of the first token after the number. */
  next: number
  /** Index of the number's first token. */
  first: number
}

function readNumberAt(tokens: Token[], i: number, text: string, language: NumberLanguage): NumberSpan | null {
  const t = tokens[i]
  if (t.kind === 'number') {
    let value = digitValue(t.text, language)
    let end = t.end
    let next = i + 1
    if (language === 'ko') {
      // 1만2천, 3천여, 1만 2000
      const m = /^(?:\s?[억만천백](?:\s?\d+(?:,\d{3})*)?)+/.exec(text.slice(t.end))
      if (m) {
        value = koreanValue(text.slice(t.start, t.end + m[0].length))
        end = t.end + m[0].length
        while (next < tokens.length && tokens[next].start < end) next++
        if (tokens[next - 1]?.end > end) next-- // "천명" starts inside the number: keep the counter visible
      }
    } else if (next < tokens.length && tokens[next].kind === 'word') {
      const scale = scaleOf(tokens[next].lower)
      if (scale) {
        value *= scale
        end = tokens[next].end
        next++
      }
    }
    return { value, start: t.start, end, next, first: i }
  }
  if (t.kind !== 'word' || !isNumberWord(t.lower, language)) return null
  const words: string[] = []
  for (let j = i; j < tokens.length && j < i + 8 && tokens[j].kind === 'word'; j++) words.push(tokens[j].lower)
  const read = readNumberWords(words, language)
  if (!read) return null
  const last = tokens[i + read.length - 1]
  return { value: read.value, start: t.start, end: last.end, next: i + read.length, first: i }
}

function koreanValue(raw: string): number {
  let total = 0
  for (const m of raw.replace(/[\s,]/g, '').matchAll(/(\d+(?:\.\d+)?)?([억만천백])?/g)) {
    if (!m[0]) continue
    const digits = m[1] ? Number(m[1]) : 1
    total += m[2] ? digits * KO_MULTIPLIERS[m[2]] : digits
  }
  return total
}

const RISING = /^(?:rose|risen|rises|soared|climbed|reached|reaches|stands|stood|increased|jumped|hit|elevad|eleva|elevó|asciende|ascendió|subió|sube|alcanza|alcanzó|llega|llegó|stieg|gestiegen|erhöht|liegt|beträgt|passé|passe|élève|grimpé|atteint|monte|monté|возросл|вырос|достиг|составил|увеличил)/

const CONJUNCTIONS = new Set(['and', 'or', 'but', 'while', 'y', 'e', 'o', 'pero', 'und', 'oder', 'aber', 'et', 'ou', 'mais', 'и', 'а', 'но', 'или', 'with', 'con', 'mit', 'avec', 'с'])
const STOP_MARKS = new Set([',', ';', ':', '(', ')', '"', '“', '”', '«', '»', '.', '!', '?'])

function cueAt(words: string[], language: NumberLanguage): CountedThing | null {
  const cues = COUNTED_THING_CUES[language]
  const joined = ` ${words.join(' ')} `
  for (const [thing, stems] of Object.entries(cues) as [CountedThing, string[]][]) {
    for (const stem of stems) {
      if (stem.includes(' ') ? joined.includes(` ${stem} `) || joined.includes(` ${stem}`) : words[words.length - 1].startsWith(stem)) return thing
    }
  }
  return null
}

/** The counted thing: first in the words after the number, else in the words before it. */
function countedThing(tokens: Token[], span: NumberSpan, language: NumberLanguage, text: string): CountedThing | null | 'not-a-count' {
  if (language === 'ko') return koreanCounted(text, span)
  if (/[$€£¥₩]\s?$/.test(text.slice(Math.max(0, span.start - 2), span.start))) return 'not-a-count'
  // "magnitude 7.8 quake killed 12": the word right before wins for magnitude.
  const previous = tokens[span.first - 1]
  if (previous?.kind === 'word' && cueAt([previous.lower], language) === 'magnitude') return 'magnitude'
  const after: string[] = []
  let others = 0
  for (let j = span.next; j < tokens.length && j < span.next + 7; j++) {
    const t = tokens[j]
    if (t.kind === 'number' || STOP_MARKS.has(t.text) || CONJUNCTIONS.has(t.lower)) break
    if (t.kind === 'mark') {
      if (t.text === '%' || t.text === '$' || t.text === '€') return 'not-a-count'
      continue
    }
    // The word right after the number says what it counts: "3 days", "45-year-old", "12 March".
    if (after.length === 0 && (UNIT_WORDS.has(t.lower) || MONTH_WORDS.has(t.lower))) return 'not-a-count'
    after.push(t.lower)
    const thing = cueAt(after, language)
    if (thing) return thing
    if (!PEOPLE_WORDS.has(t.lower) && ++others > 3) break
  }
  const before: string[] = []
  // "The death toll in Derna has soared to 11,300": after a verb of rising, the clause's subject counts.
  const rising = tokens.slice(Math.max(0, span.first - 5), span.first).some((t) => RISING.test(t.lower))
  const head = tollHead(tokens, span, language, rising)
  if (head) return head
  for (let j = span.first - 1; j >= 0 && j >= span.first - (rising ? 20 : 6); j--) {
    const t = tokens[j]
    if (t.kind === 'number' || STOP_MARKS.has(t.text) || CONJUNCTIONS.has(t.lower)) break
    if (t.kind !== 'word') continue
    before.unshift(t.lower)
    const thing = cueAt([t.lower], language) ?? cueAt(before, language)
    if (thing) return thing
  }
  return null
}

/**
 * "The death toll from Saturday's stampede at Kanjuruhan Stadium, Malang, has increased to
 * 131", "die Zahl der Menschen, die ums Leben kamen, ist auf 115 angestiegen", "el número de
 * fallecidos por las inundaciones ... del 29 de octubre ha ascendido a 218": the number
 * closes a clause opened by a toll word ("toll", "Zahl", "número", "bilan") far back, over
 * commas, relative clauses and dates. Only when the number is introduced as the toll's value
 * (a verb of rising, or "to/at/is/auf/a/à/de/до/mit" right before it) and only in the same sentence.
 */
function tollHead(tokens: Token[], span: NumberSpan, language: NumberLanguage, rising: boolean): CountedThing | null {
  const introducer = tokens.slice(Math.max(0, span.first - 3), span.first).some((t) => VALUE_INTRODUCERS.has(t.lower))
  if (!rising && !introducer) return null
  for (let j = span.first - 1; j >= 0 && j >= span.first - 45; j--) {
    const t = tokens[j]
    // A sentence ends the search; the dots of "U.S." do not.
    if ((t.text === '.' && !(tokens[j - 1]?.kind === 'word' && tokens[j - 1].text.length === 1)) || t.text === '!' || t.text === '?' || t.text === ';') return null
    if (t.kind !== 'word' || !TOLL_HEADS.has(t.lower)) continue
    // What the head counts: the words after it ("number of people killed", "Zahl der Toten",
    // "cifra de muertos", "nombre de morts", "число погибших"), else the words before ("death toll").
    const after: string[] = []
    for (let k = j + 1; k < span.first && after.length < 9 && tokens[k].kind !== 'number'; k++) {
      if (tokens[k].kind !== 'word') continue
      after.push(tokens[k].lower)
      const thing = cueAt([tokens[k].lower], language) ?? cueAt(after, language)
      if (thing && thing !== 'magnitude') return thing
    }
    const previous = tokens[j - 1]
    const thing = previous?.kind === 'word' ? cueAt([previous.lower], language) : null
    if (thing && thing !== 'magnitude') return thing
    // A bare "toll" or "bilan" is a toll of the dead.
    if (BARE_TOLLS.has(t.lower)) return 'dead'
  }
  return null
}

const TOLL_HEADS = new Set([
  'toll', 'number', 'tally', 'count', 'figure', 'número', 'cifra', 'balance', 'saldo', 'zahl', 'anzahl', 'opferzahl', 'bilanz',
  'nombre', 'bilan', 'число', 'количество', 'числа', 'числе',
])
const BARE_TOLLS = new Set(['toll', 'bilan', 'opferzahl', 'saldo'])
const VALUE_INTRODUCERS = new Set([
  'to', 'at', 'is', 'was', 'stood', 'a', 'en', 'es', 'fue', 'auf', 'mit', 'bei', 'beträgt', 'liegt', 'de', 'à', 'est', 'était', 'до', 'составило', 'составляет',
])

function koreanCounted(text: string, span: NumberSpan): CountedThing | null | 'not-a-count' {
  const after = text.slice(span.end).replace(/^\s*여\s*/, '').trimStart()
  if (KO_NOT_A_COUNT.test(after)) return 'not-a-count'
  const counter = KO_COUNTERS.find(([re]) => re.test(after))
  if (!counter) return /^(?:\s*(?:규모|리히터))/.test(text.slice(Math.max(0, span.start - 6), span.start)) || /규모\s*$/.test(text.slice(0, span.start)) ? 'magnitude' : null
  if (counter[1] === 'buildings' || counter[1] === 'tonnes') return counter[1]
  const cues = Object.entries(COUNTED_THING_CUES.ko) as [CountedThing, string[]][]
  const ahead = after.slice(0, 24).split(/\d/)[0]
  const behind = text.slice(Math.max(0, span.start - 16), span.start).split(/\d/).pop() ?? ''
  for (const window of [ahead, behind]) {
    let best: { thing: CountedThing; at: number } | null = null
    for (const [thing, stems] of cues) {
      for (const stem of stems) {
        const at = window.indexOf(stem)
        if (at >= 0 && (!best || at < best.at)) best = { thing, at }
      }
    }
    if (best) return best.thing
  }
  return null
}

function isDateOrTime(tokens: Token[], span: NumberSpan, text: string): boolean {
  const prev = tokens[span.first - 1]
  const next = tokens[span.next]
  if (prev && MONTH_WORDS.has(prev.lower)) return true
  if (next && MONTH_WORDS.has(next.lower)) return true
  // "12. März", "12.03.2024", "10:30", "14h30", "12th", "3e"
  if (next?.text === '.' && MONTH_WORDS.has(tokens[span.next + 1]?.lower ?? '')) return true
  // "in his late 20s": a decade of age.
  if (/^(?:[.:/]\d|h\d|s\b|th\b|st\b|nd\b|rd\b|e\b|er\b|º|ª|-?го\b|-?й\b)/u.test(text.slice(span.end, span.end + 3))) return true
  if (/[/:]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) return true
  const raw = text.slice(span.start, span.end)
  // A bare four-digit year; "2000 people" stays a count.
  if (/^(?:19|20)\d{2}$/.test(raw) && !(next && (PEOPLE_WORDS.has(next.lower) || /^[명]/.test(text.slice(span.end))))) return true
  return false
}

function endsWithCue(before: string, cue: string): boolean {
  if (!before.endsWith(cue)) return false
  const edge = before.charAt(before.length - cue.length - 1)
  return edge === '' || !/[\p{L}\p{N}]/u.test(edge) || !/[\p{L}]/u.test(cue.charAt(0))
}

function boundOf(text: string, span: { start: number; end: number }, language: NumberLanguage): FigureBound {
  const cues = BOUND_CUES[language]
  const before = text.slice(Math.max(0, span.start - 30), span.start).toLowerCase().replace(/\s+$/, '')
  let after = text.slice(span.end, span.end + 20).toLowerCase()
  if (language === 'ko') after = after.replace(/^\s*(?:명|채|톤|가구|사람)\s*/, '').replace(/^명/, '')
  for (const [bound, list] of Object.entries(cues.before) as [FigureBound, string[]][]) {
    if (list.some((cue) => endsWithCue(before, cue))) {
      // "возросло до 95" is "rose to 95": exact, not "up to".
      if (language === 'ru' && bound === 'at-most' && /(?:возросл|вырос|увеличил|достиг|поднял|составил)\S*\s+до$/.test(before)) return 'exact'
      return bound
    }
  }
  for (const [bound, list] of Object.entries(cues.after) as [FigureBound, string[]][]) {
    if (list.some((cue) => (language === 'ko' ? after.trimStart().startsWith(cue) || text.slice(span.end).startsWith(cue) : after.startsWith(cue) || after.startsWith(` ${cue.trim()}`)))) return bound
  }
  return 'exact'
}

/** "12 to 15", "12-15", "12~15명", "between 12 and 15", "от 12 до 15". */
function rangeEnd(tokens: Token[], span: NumberSpan, text: string, language: NumberLanguage): NumberSpan | null {
  const joiner = tokens[span.next]
  const other = tokens[span.next + 1]
  if (!joiner || !other) return null
  const open = tokens[span.first - 1]
  const joiners = RANGE_JOINERS[language]
  const dash = joiner.kind === 'mark' && /^[-–—~]$/.test(joiner.text) && joiner.start === span.end
  const word = joiner.kind === 'word' && joiners.middle.includes(joiner.lower)
  if (!dash && !word) return null
  // "and"/"y"/"und" only make a range after "between"/"entre"/"zwischen"; "to" needs no opener.
  if (word && !['to', 'a', 'bis', 'à', 'до'].includes(joiner.lower) && !(open && joiners.open.includes(open.lower))) return null
  const end = readNumberAt(tokens, span.next + 1, text, language)
  return end && end.value > span.value ? end : null
}

/** Every figure in a claim's text, in order. */
export function parseFigures(text: string, languageHint?: string | null): Figure[] {
  const language = figureLanguage(text, languageHint)
  const tokens = tokenize(text)
  const figures: Figure[] = []
  for (let i = 0; i < tokens.length; i++) {
    const span = readNumberAt(tokens, i, text, language)
    if (!span) continue
    if (tokens[i].kind === 'word' && !wordNumberStands(tokens, span, text, language)) continue
    const upperSpan = rangeEnd(tokens, span, text, language)
    const whole = upperSpan ? { ...span, end: upperSpan.end, next: upperSpan.next } : span
    i = whole.next - 1
    if (!upperSpan && isDateOrTime(tokens, span, text)) continue
    if (isSubset(tokens, whole)) continue
    const counted = countedThing(tokens, whole, language, text)
    if (!counted || counted === 'not-a-count') continue
    // People and houses come in whole numbers; "7.8" next to "killed" is a magnitude, not a toll.
    if (counted === 'magnitude' ? span.value >= 10 : !Number.isInteger(span.value) && counted !== 'tonnes') continue
    const bound = upperSpan ? 'range' : boundOf(text, span, language)
    figures.push({
      value: span.value,
      upper: upperSpan ? upperSpan.value : null,
      bound,
      counted,
      text: text.slice(whole.start, whole.end),
      start: whole.start,
      end: whole.end,
    })
  }
  return figures
}

const SUBSET_AFTER = /^(?:of (?:the|them|those|whom)|de (?:los|las|ellos|ellas)|der|den|des|из)\b/
const SUBSET_BEFORE = /(?:including|among them|among the|of whom|of which|de las cuales|de los cuales|dont|darunter|davon|unter ihnen|incluidos|incluidas|entre ellos|entre ellas|включая|в том числе)\s*$/

/** "37 of the injured", "dont 1 404 …", "darunter 12 Kinder": a part of a figure, not a figure of the event. */
function isSubset(tokens: Token[], span: NumberSpan): boolean {
  const after = tokens.slice(span.next, span.next + 2).map((t) => t.lower).join(' ')
  const before = tokens.slice(Math.max(0, span.first - 3), span.first).map((t) => t.lower).join(' ')
  return SUBSET_AFTER.test(after) || SUBSET_BEFORE.test(before)
}

const ARTICLE_LIKE = new Set(['un', 'una', 'une', 'ein', 'eine', 'einer', 'one', 'одна', 'один', 'одно'])

/** "un" or "ein" count only right before what they count ("un muerto"); Korean words need a counter. */
function wordNumberStands(tokens: Token[], span: NumberSpan, text: string, language: NumberLanguage): boolean {
  if (language === 'ko') return /^\s?(?:명|사람|채|가구|톤)/.test(text.slice(span.end))
  if (span.next - span.first > 1 || !ARTICLE_LIKE.has(tokens[span.first].lower)) return true
  const next = tokens[span.next]
  const thing = next !== undefined ? cueAt([next.lower], language) : null
  // "un muerto", "ein Toter" count; "un bilan", "una magnitud" are articles.
  return thing !== null && PERSON_COUNTS.has(thing) && !TOLL_WORDS.has(next.lower)
}

const PERSON_COUNTS = new Set(['dead', 'injured', 'missing', 'arrested', 'evacuated', 'rescued', 'hospitalised', 'displaced'])
const TOLL_WORDS = new Set(['toll', 'bilan', 'cifra', 'balance', 'zahl', 'opferzahl', 'число', 'death', 'muerte', 'mort', 'tod'])
