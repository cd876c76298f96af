// Number words and digits to values, per language pack: "twelve", "quince", "dreiundzwanzig",
// "quatre-vingt-dix", "двадцать пять", "열두", "삼십오", "3만", "2.5 million", "1.200,5".
// Used by extraction and by cross-article figure comparison (DOMAIN.md: figure).
import type { FigureBound, NumberWords } from './types'

export interface FoundNumber {
  /** Exactly text.slice(start, end). */
  text: string
  start: number
  end: number
  value: number
  bound: FigureBound
}

const DIGITS = /^\d[\d.,\u00a0\u202f ]*\d$|^\d$/

function digitValue(token: string, decimal: '.' | ','): number | null {
  if (!DIGITS.test(token)) return null
  let t = token.replace(/[\u00a0\u202f ]/g, '')
  if (decimal === '.') t = t.replace(/,(?=\d{3}(?:\D|$))/g, '')
  else t = t.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.')
  // a single "1,5" in a '.'-decimal language, or "1.5" in a ','-language, still reads as a decimal
  t = t.replace(',', '.')
  const v = Number(t)
  return Number.isFinite(v) ? v : null
}

interface Lexicon {
  words: Map<string, { kind: 'value' | 'small' | 'large' | 'joiner' | 'approx' | 'multiply'; value: number }>
  longest: number
}

const lexicons = new WeakMap<NumberWords, Lexicon>()

function lexiconOf(nw: NumberWords): Lexicon {
  let lex = lexicons.get(nw)
  if (lex) return lex
  const words: Lexicon['words'] = new Map()
  const put = (table: Record<string, number> | undefined, kind: 'value' | 'small' | 'large' | 'approx' | 'multiply') => {
    for (const [w, v] of Object.entries(table ?? {})) words.set(w.toLowerCase(), { kind, value: v })
  }
  put(nw.values, 'value')
  put(nw.smallScales, 'small')
  put(nw.largeScales, 'large')
  put(nw.approximate, 'approx')
  put(nw.multiplying, 'multiply')
  for (const j of nw.joiners ?? []) words.set(j.toLowerCase(), { kind: 'joiner', value: 0 })
  let longest = 0
  for (const w of words.keys()) longest = Math.max(longest, w.length)
  lex = { words, longest }
  lexicons.set(nw, lex)
  return lex
}

/** Splits a compound ("dreiundzwanzig", "삼십오") into known words, longest first; null when it does not split. */
function decompose(word: string, lex: Lexicon): string[] | null {
  const out: string[] = []
  let i = 0
  while (i < word.length) {
    let found = ''
    for (let len = Math.min(lex.longest, word.length - i); len > 0; len--) {
      const piece = word.slice(i, i + len)
      if (lex.words.has(piece)) {
        found = piece
        break
      }
    }
    if (!found) return null
    out.push(found)
    i += found.length
  }
  return out
}

function pieces(token: string, nw: NumberWords, lex: Lexicon): string[] | null {
  const lower = token.toLowerCase()
  if (lex.words.has(lower)) return [lower]
  if (digitValue(lower, nw.decimal) !== null) return [lower]
  if (!nw.compound) return null
  // "3만" / "1천": digits glued to a scale word
  const glued = /^(\d[\d.,]*)(\D+)$/.exec(lower)
  if (glued) {
    const rest = decompose(glued[2], lex)
    return rest ? [glued[1], ...rest] : null
  }
  return decompose(lower, lex)
}

/** The value of a sequence of number tokens; null when it holds no number at all. */
function evaluate(tokens: string[], nw: NumberWords, lex: Lexicon): number | null {
  let total = 0
  let section = 0
  let digit = 0
  let any = false
  for (const t of tokens) {
    const d = digitValue(t, nw.decimal)
    if (d !== null) {
      digit += d
      any = true
      continue
    }
    const w = lex.words.get(t)
    if (!w || w.kind === 'joiner') continue
    any = true
    if (w.kind === 'value' || w.kind === 'approx') digit += w.value
    else if (w.kind === 'multiply') digit = digit > 0 && digit < 10 ? digit * w.value : digit + w.value
    else if (w.kind === 'small') {
      section += (digit || 1) * w.value
      digit = 0
    } else {
      total += (section + digit || 1) * w.value
      section = 0
      digit = 0
    }
  }
  return any ? total + section + digit : null
}

const TOKEN = /(?:\d[\d.,]*\d|\d)\p{L}*|\p{L}+/gu

/** Parses one number word or phrase ("twenty-three", "al menos quince" → 15, "3만"); null if it is not one. */
export function parseNumber(phrase: string, nw: NumberWords): number | null {
  const lex = lexiconOf(nw)
  const tokens: string[] = []
  for (const m of phrase.toLowerCase().matchAll(TOKEN)) {
    const word = !nw.compound && /^\d/.test(m[0]) ? /^[\d.,]*\d/.exec(m[0])![0] : m[0]
    const p = pieces(word, nw, lex)
    if (p) tokens.push(...p)
  }
  return evaluate(tokens, nw, lex)
}

function boundBefore(text: string, start: number, nw: NumberWords): FigureBound {
  const head = text.slice(Math.max(0, start - 30), start).toLowerCase().trimEnd()
  let best: FigureBound = 'exact'
  let bestLen = 0
  for (const [phrase, bound] of Object.entries(nw.bounds)) {
    if (phrase.length > bestLen && head.endsWith(phrase.toLowerCase())) {
      const before = head.charAt(head.length - phrase.length - 1)
      if (before === '' || !/\p{L}/u.test(before)) {
        best = bound
        bestLen = phrase.length
      }
    }
  }
  return best
}

/** Korean particles and counters glued after a number ("열두명이"): the number ends where they start. */
function counterSplit(word: string, nw: NumberWords, lex: Lexicon): number {
  if (!nw.compound || !nw.counters) return 0
  for (let cut = word.length - 1; cut > 0; cut--) {
    const rest = word.slice(cut)
    if (nw.counters.some((c) => rest.startsWith(c)) && pieces(word.slice(0, cut), nw, lex)) return cut
  }
  return 0
}

/** Every number (digits or words) in a text, with its value and the bound written before it. */
export function findNumbers(text: string, nw: NumberWords): FoundNumber[] {
  const lex = lexiconOf(nw)
  const found: FoundNumber[] = []
  let run: { start: number; end: number; tokens: string[]; words: number } | null = null
  const close = () => {
    if (run && run.tokens.some((t) => lex.words.get(t)?.kind !== 'joiner')) {
      // a lone joiner at the end belongs to the text, not the number
      const value = evaluate(run.tokens, nw, lex)
      if (value !== null) {
        found.push({ text: text.slice(run.start, run.end), start: run.start, end: run.end, value, bound: boundBefore(text, run.start, nw) })
      }
    }
    run = null
  }
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!
    let word = m[0]
    // "3km", "12명": outside compound languages only the digits are the number
    if (!nw.compound && /^\d/.test(word)) word = /^[\d.,]*\d/.exec(word)![0]
    let p = pieces(word, nw, lex)
    if (!p) {
      const cut = counterSplit(word, nw, lex)
      if (cut > 0) {
        word = word.slice(0, cut)
        p = pieces(word, nw, lex)
      }
    }
    // Korean one-syllable Sino words ("이", "사", "만") are mostly not numbers
    if (p && nw.compound && nw.counters && /^\p{Script=Hangul}$/u.test(word)) p = null
    const gap = run ? text.slice(run.end, start) : ''
    const joins = run !== null && /^[\s\u00a0-]*$/.test(gap) && gap.length <= 3
    const isJoiner = p?.length === 1 && lex.words.get(p[0])?.kind === 'joiner'
    if (p && (!isJoiner || joins)) {
      if (!joins) close()
      if (!run) run = { start, end: start + word.length, tokens: [], words: 0 }
      run.tokens.push(...p)
      if (!isJoiner) run.end = start + word.length
    } else {
      close()
    }
  }
  close()
  return found
}
