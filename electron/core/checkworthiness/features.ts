// One sentence in, a sparse feature vector out: the same code in `npm run train` and in the
// app, so the shipped weights always mean what they meant in training.
//   - signals: a fixed list of named, language-independent features (numbers, names,
//     tense, modality, opinion, hedges, attribution, length ...), each with a reviewer label;
//   - wording (English only): hashed word unigrams, bigrams and character 3-5-grams
//     inside words, digits folded to 0 so "1988" and "2016" share their shape.
import { combinedCuesFor, CUE_IDS, CUE_LABELS, cuesFor, shapeFor, type CueId, type CueShape } from './cues'
import { findPhrases, TOKEN_AFTER_PUNCTUATION, TOKEN_CAPITALISED, TOKEN_NAME } from './phrases'
import { hashStep } from './hash'

export const SHAPE_LABELS = {
  number: 'states a number: {}',
  percent: 'states a percentage',
  money: 'states an amount of money: {}',
  year: 'gives a year: {}',
  entity: 'names someone or something: {}',
  entities: 'names several people, places or organisations',
  acronym: 'names an organisation: {}',
  question: 'question',
  exclamation: 'exclamation',
  veryShort: 'very short sentence',
  short: 'short sentence',
  long: 'long sentence',
  veryLong: 'very long sentence',
  opensBlock: 'opens a paragraph',
} as const

type ShapeId = keyof typeof SHAPE_LABELS
export type SignalId = ShapeId | CueId

export const SIGNAL_IDS: SignalId[] = [...(Object.keys(SHAPE_LABELS) as ShapeId[]), ...CUE_IDS]
export const SIGNAL_COUNT = SIGNAL_IDS.length
const SIGNAL_INDEX = new Map<SignalId, number>(SIGNAL_IDS.map((id, i) => [id, i]))

export function signalLabel(id: SignalId): string {
  return (SHAPE_LABELS as Record<string, string>)[id] ?? CUE_LABELS[id as CueId]
}

export interface SentenceContext {
  language: string
  /** First sentence of its paragraph (news) or of a speaker's turn (debates). */
  opensBlock: boolean
  /** Hashed wording features: only for the language the wording was learned from. */
  wording: boolean
  /** log2 of the hashed feature space. */
  bits: number
  /** Weights of the wording families (words, word pairs, character n-grams, previous sentence's words); tuning only. */
  families?: readonly number[]
  /** The sentence before it in the same paragraph or turn, if any. */
  previous?: string
}

/** Where a feature came from, to explain a score: a signal, a word, or a pair of words. */
export const ORIGIN_SIGNAL = 0
export const ORIGIN_WORD = 1
export const ORIGIN_PAIR = 2
export const ORIGIN_CHAR = 3
export const ORIGIN_CONTEXT = 4

export interface FeatureVector {
  index: number[]
  value: number[]
  /** origin kind * 2^20 + position (signal id or token index). */
  origin: number[]
  /** The words that matched, per signal id (for the reason text). */
  matched: Map<number, string>
  /** Per signal id that quoted words, the tokens quoted: [first token, count] (a reason folds in its words' weights). */
  quoted: Map<number, [number, number]>
  tokens: string[]
  /** The sentence as featurized and where each token is in it: reasons quote words as written. */
  sentence: string
  starts: number[]
  ends: number[]
}

const MAX_CHARS = 2000
const SEED_WORD = 0x9e3779b1
const SEED_PAIR = 0x85ebca77
const SEED_CHAR = 0xc2b2ae3d
const SEED_CONTEXT = 0x27d4eb2f
const CHAR_MIN = 3
const CHAR_MAX = 5
const ORIGIN_SHIFT = 1 << 20
/** Relative weight of words, word pairs and character n-grams (chosen by npm run train -- --explore). */
export const FAMILIES = [1, 1, 1, 0] as const

function shortMatch(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ')
  return `'${t.length > 40 ? `${t.slice(0, 39)}…` : t}'`
}

const CURRENCY = '$€£¥₩₽'
const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yuan', 'ruble', 'rubles', 'won'])
const CLOSERS = '"”’»)] \t\n'
// Small words that are capitalised for grammar, not because they are names.
const NOT_NAMES = new Set(["i'm", "i've", "i'd", "i'll", 'mr', 'mrs', 'ms', 'dr', 'ok'])
const SENTENCE_BREAK = '.!?¿¡"“”‘’\'«»(:;—–-'
/** Per UTF-16 unit, 1 for a character of SENTENCE_BREAK (all of them single units). */
const IS_BREAK = new Uint8Array(0x10000)
for (let i = 0; i < SENTENCE_BREAK.length; i++) IS_BREAK[SENTENCE_BREAK.charCodeAt(i)] = 1

const CAPITALISED = 1
const ALL_CAPS = 2
const AFTER_BREAK = 4
const DIGITS = 8

export interface Tokens {
  /** Lower-cased, digits folded to 0, curly apostrophes straightened. */
  words: string[]
  start: number[]
  end: number[]
  flags: number[]
}

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7
  if ((c >= 0x370 && c <= 0x52f) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) return true
  if (c >= 0x2000 && c <= 0x2bff) return false
  return /[\p{L}\p{M}]/u.test(ch)
}

/** Per UTF-16 unit, filled on first sight: its case (below) and, for CASE_UPPER, its one-unit lower case. */
const CASE = new Uint8Array(0x10000)
const LOWER = new Uint16Array(0x10000)
const CASE_NONE = 1
const CASE_LOWER = 2
const CASE_UPPER = 3
/** Lower case of more than one unit ("İ"): ask toLowerCase each time. */
const CASE_LONG = 4

function caseOf(c: number, ch: string): number {
  let k = CASE[c]
  if (k === 0) {
    const l = ch.toLowerCase()
    if (l !== ch) {
      k = l.length === 1 ? CASE_UPPER : CASE_LONG
      if (l.length === 1) LOWER[c] = l.charCodeAt(0)
    } else k = l !== ch.toUpperCase() ? CASE_LOWER : CASE_NONE
    CASE[c] = k
  }
  return k
}

/** One pass over the sentence: words with their offsets and their shape. */
export function tokenize(sentence: string): Tokens {
  const t: Tokens = { words: [], start: [], end: [], flags: [] }
  // the word so far is sentence.slice(from, i) until a unit changes (case, digit, apostrophe): then `word` holds it
  let word = ''
  let copied = false
  let from = -1
  let flags = 0
  let upper = 0
  let lower = 0
  // one step past the end closes the last word (no closure: this runs for every sentence)
  for (let i = 0; i <= sentence.length; i++) {
    const c = i < sentence.length ? sentence.charCodeAt(i) : 32
    const digit = c >= 48 && c <= 57
    const apostrophe = (c === 39 || c === 0x2019) && from >= 0
    const letter = !digit && !apostrophe && isLetter(c, c < 128 ? '' : sentence[i])
    if (digit || apostrophe || letter) {
      if (from < 0) {
        from = i
        upper = lower = 0
        let p = i - 1
        while (p >= 0 && sentence.charCodeAt(p) <= 32) p--
        flags = p < 0 || IS_BREAK[sentence.charCodeAt(p)] === 1 ? AFTER_BREAK : 0
      }
      // the unit as it goes into the word: -1 when it stays as written
      let unit = -1
      let long = ''
      if (digit) {
        if (c !== 48) unit = 48
        flags |= DIGITS
      } else if (apostrophe) {
        if (c !== 39) unit = 39
      } else if (c < 128) {
        if (c >= 65 && c <= 90) {
          unit = c + 32
          upper++
          if (from === i) flags |= CAPITALISED
        } else if (c >= 97) lower++
      } else {
        const k = caseOf(c, sentence[i])
        if (k === CASE_UPPER || k === CASE_LONG) {
          upper++
          if (from === i) flags |= CAPITALISED
          if (k === CASE_UPPER) unit = LOWER[c]
          else long = sentence[i].toLowerCase()
        } else if (k === CASE_LOWER) lower++
      }
      if (unit >= 0 || long !== '') {
        if (!copied) {
          word = sentence.slice(from, i)
          copied = true
        }
        word += long !== '' ? long : String.fromCharCode(unit)
      } else if (copied) word += sentence[i]
    } else if (from >= 0) {
      let w = copied ? word : sentence.slice(from, i)
      let e = i
      while (w.length > 0 && w.charCodeAt(w.length - 1) === 39) {
        w = w.slice(0, -1)
        e--
      }
      if (w) {
        if (upper >= 2 && lower === 0) flags |= ALL_CAPS
        // a capital then at least one lower-case letter: "Smith", not "I" or "NATO"
        if (lower === 0) flags &= ~CAPITALISED
        t.words.push(w)
        t.start.push(from)
        t.end.push(e)
        t.flags.push(flags)
      }
      word = ''
      copied = false
      from = -1
    }
  }
  return t
}

function trailing(sentence: string): string {
  let i = sentence.length - 1
  while (i >= 0 && CLOSERS.includes(sentence[i])) i--
  return i >= 0 ? sentence[i] : ''
}

function moneyIn(sentence: string, t: Tokens): string | null {
  for (let i = 0; i < sentence.length; i++) {
    if (!CURRENCY.includes(sentence[i])) continue
    for (let k = 0; k < t.words.length; k++) if (t.flags[k] & DIGITS && Math.abs(t.start[k] - i) <= 2) return sentence.slice(Math.min(i, t.start[k]), Math.max(i + 1, t.end[k]))
  }
  for (let k = 1; k < t.words.length; k++) if (CURRENCY_WORDS.has(t.words[k]) && t.flags[k - 1] & DIGITS) return sentence.slice(t.start[k - 1], t.end[k])
  return null
}

function addSignal(v: FeatureVector, id: SignalId, match?: string, tokens?: [number, number]): void {
  const i = SIGNAL_INDEX.get(id)!
  v.index.push(i)
  v.value.push(1)
  v.origin.push(ORIGIN_SIGNAL * ORIGIN_SHIFT + i)
  if (match !== undefined) v.matched.set(i, shortMatch(match))
  if (tokens) v.quoted.set(i, tokens)
}

function spanOf(sentence: string, t: Tokens, k: number, n = 1): string {
  return sentence.slice(t.start[k], t.end[k + n - 1])
}

/** Tokens of one figure from its first: "75,000", "1.5", "10 000" (digit groups joined by one mark or space). */
function figureLength(sentence: string, t: Tokens, k: number): number {
  let n = 1
  while (k + n < t.words.length && t.flags[k + n] & DIGITS && t.start[k + n] - t.end[k + n - 1] === 1 && ',. \u00a0\u202f'.includes(sentence[t.end[k + n - 1]])) n++
  return n
}

// Punctuation between two words ends a phrase there; a hyphen or an apostrophe joins ("porte-parole", "пресс-секретарь").
const JOINERS = /^[\s\-\u2010\u2011]*$/

/** Per token, what phrases.ts must know beyond its lower-cased form: a name, a capital, punctuation before it. */
function tokenBits(sentence: string, t: Tokens): Uint8Array {
  const bits = new Uint8Array(t.words.length)
  for (let k = 0; k < t.words.length; k++) {
    const f = t.flags[k]
    if (f & CAPITALISED) bits[k] |= TOKEN_CAPITALISED
    if (f & CAPITALISED && !(f & AFTER_BREAK) && k > 0 && !NOT_NAMES.has(t.words[k])) bits[k] |= TOKEN_NAME
    if (k > 0 && !JOINERS.test(sentence.slice(t.end[k - 1], t.start[k]))) bits[k] |= TOKEN_AFTER_PUNCTUATION
  }
  return bits
}

/** Where every noun is capitalised: one after an article, a determiner or a figure is a common noun ("bei der Tat", "zwei Tatverdächtige"). */
function commonNoun(t: Tokens, k: number, shape: CueShape): boolean {
  const d = shape.determiners
  if (!d) return false
  const before = (j: number) => j >= 0 && (d.has(t.words[j]) || (t.flags[j] & DIGITS) !== 0)
  return before(k - 1) || before(k - 2)
}

/**
 * Where every noun is capitalised, a capital alone names nothing: a name is a run of two capitalised words, neither a
 * common noun by the word before ("Thomas Krauß", "Polizeisprecher Thomas Krauß"; not "Wertgegenstände, Schmuck").
 */
function nameInCapitals(t: Tokens, bits: Uint8Array, k: number, shape: CueShape): boolean {
  const next = k + 1 < t.words.length && (t.flags[k + 1] & CAPITALISED) !== 0 && !(bits[k + 1] & TOKEN_AFTER_PUNCTUATION) && !commonNoun(t, k + 1, shape)
  const previous = k > 0 && (bits[k - 1] & TOKEN_NAME) !== 0 && !(bits[k] & TOKEN_AFTER_PUNCTUATION) && !commonNoun(t, k - 1, shape)
  return next || previous
}

function signals(sentence: string, t: Tokens, context: SentenceContext, v: FeatureVector): void {
  let number = -1
  let year = -1
  let acronym = -1
  let names = 0
  let firstName = -1
  let lastName = -2
  let percent = sentence.includes('%') || sentence.includes('％')
  const shape = shapeFor(context.language)
  const bits = tokenBits(sentence, t)
  // a capitalised word inside a sentence names someone or something, and a run of them is one name ("Thomas Krauß"),
  // ended by punctuation ("Michael Jackson, Luis Velez" are two)
  const inName = (k: number) => (bits[k] & TOKEN_NAME) !== 0 && !commonNoun(t, k, shape)
  for (let k = 0; k < t.words.length; k++) {
    const f = t.flags[k]
    const w = t.words[k]
    if (f & DIGITS) {
      if (number < 0) number = k
      if (year < 0 && w === '0000' && /^(?:1[6-9]|20)/.test(spanOf(sentence, t, k))) year = k
    }
    // "9AM", "4WD": a time or a measure, not an organisation's initials ("G7", "MH17" start with a letter)
    if (f & ALL_CAPS && acronym < 0 && !NOT_NAMES.has(w) && !(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) acronym = k
    if (inName(k) && (!shape.nounsCapitalised || nameInCapitals(t, bits, k, shape))) {
      if (k !== lastName + 1) names++
      if (firstName < 0) firstName = k
      lastName = k
    }
    if (w === 'percent') percent = true
  }
  if (number >= 0) {
    const n = figureLength(sentence, t, number)
    addSignal(v, 'number', spanOf(sentence, t, number, n), [number, n])
  }
  if (percent) addSignal(v, 'percent')
  const money = number >= 0 ? moneyIn(sentence, t) : null
  if (money) addSignal(v, 'money', money)
  if (year >= 0) addSignal(v, 'year', spanOf(sentence, t, year), [year, 1])
  if (names > 0) {
    let n = 1
    // a hyphen joins a name's parts ("Sachsen-Anhalt", "Wahner-Willems"); other punctuation ends it
    while (firstName + n < t.words.length && t.flags[firstName + n] & CAPITALISED && !(bits[firstName + n] & TOKEN_AFTER_PUNCTUATION) && (!(t.flags[firstName + n] & AFTER_BREAK) || sentence[t.start[firstName + n] - 1] === '-')) n++
    addSignal(v, 'entity', spanOf(sentence, t, firstName, n), [firstName, n])
  }
  if (names > 1) addSignal(v, 'entities')
  if (acronym >= 0) addSignal(v, 'acronym', spanOf(sentence, t, acronym), [acronym, 1])
  const last = trailing(sentence)
  if (last === '?' || last === '？') addSignal(v, 'question')
  if (last === '!') addSignal(v, 'exclamation')
  const spaced = context.language !== 'zh' && context.language !== 'ja' && context.language !== 'th'
  if (spaced) {
    // a Korean word carries its particles and endings: about two English words' worth
    const words = t.words.length * (context.language === 'ko' ? 2 : 1)
    if (words <= 4) addSignal(v, 'veryShort')
    else if (words <= 8) addSignal(v, 'short')
    else if (words > 40) addSignal(v, 'veryLong')
    else if (words > 20) addSignal(v, 'long')
  }
  if (context.opensBlock) addSignal(v, 'opensBlock')
  const cues = cuesFor(context.language)
  const phrases = combinedCuesFor(context.language)
  // every phrase cue in one pass over the tokens; the signals are still added in cue order
  const found = phrases.sets.count > 0 ? findPhrases(phrases.sets, t.words, bits) : null
  const possible = phrases.regexGate ? phrases.regexGate.possible(sentence) : -1
  for (let j = 0, bit = 0; j < cues.length; j++) {
    const [id, cue] = cues[j]
    if (cue instanceof RegExp) {
      const m = (possible & (1 << bit++)) !== 0 ? cue.exec(sentence) : null
      if (m) addSignal(v, id, m[0])
    } else {
      const m = found![phrases.slot[j]]
      if (m) addSignal(v, id, spanOf(sentence, t, m[0], m[1]), m)
    }
  }
}

function wording(tokens: string[], bits: number, base: number, families: readonly number[], v: FeatureVector): void {
  const mask = (1 << bits) - 1
  const start = v.index.length
  let words = 0
  let pairs = 0
  let chars = 0
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]
    let h = SEED_WORD
    for (let i = 0; i < token.length; i++) h = hashStep(h, token.charCodeAt(i))
    v.index.push(base + ((h >>> 0) & mask))
    v.value.push(ORIGIN_WORD)
    v.origin.push(ORIGIN_WORD * ORIGIN_SHIFT + t)
    words++
    // the pair with the previous token (or the sentence start): "thank you", "<s> well"
    let p = SEED_PAIR
    const previous = t > 0 ? tokens[t - 1] : '<s>'
    for (let i = 0; i < previous.length; i++) p = hashStep(p, previous.charCodeAt(i))
    p = hashStep(p, 32)
    for (let i = 0; i < token.length; i++) p = hashStep(p, token.charCodeAt(i))
    v.index.push(base + ((p >>> 0) & mask))
    v.value.push(ORIGIN_PAIR)
    v.origin.push(ORIGIN_PAIR * ORIGIN_SHIFT + t)
    pairs++
    // character n-grams of " token ", attributed to the token
    // " token " without building the string (one allocation fewer per word)
    const padded = token.length + 2
    for (let i = 0; i + CHAR_MIN <= padded; i++) {
      let c = SEED_CHAR
      for (let n = 0; n < CHAR_MAX && i + n < padded; n++) {
        const q = i + n
        c = hashStep(c, q === 0 || q === padded - 1 ? 32 : token.charCodeAt(q - 1))
        if (n + 1 >= CHAR_MIN) {
          v.index.push(base + ((hashStep(c, n) >>> 0) & mask))
          v.value.push(3)
          v.origin.push(ORIGIN_CHAR * ORIGIN_SHIFT + t)
          chars++
        }
      }
    }
  }
  // each family gets unit length, so long sentences do not dominate by sheer word count
  const norms = [0, families[0] / Math.sqrt(Math.max(1, words)), families[1] / Math.sqrt(Math.max(1, pairs)), families[2] / Math.sqrt(Math.max(1, chars))]
  for (let i = start; i < v.value.length; i++) v.value[i] = norms[v.value[i]]
}

/** The previous sentence's words: a claim is often the middle of an argument. */
function before(words: string[], bits: number, base: number, weight: number, v: FeatureVector): void {
  const mask = (1 << bits) - 1
  const value = weight / Math.sqrt(Math.max(1, words.length))
  for (let t = 0; t < words.length; t++) {
    let h = SEED_CONTEXT
    for (let i = 0; i < words[t].length; i++) h = hashStep(h, words[t].charCodeAt(i))
    v.index.push(base + ((h >>> 0) & mask))
    v.value.push(value)
    v.origin.push(ORIGIN_CONTEXT * ORIGIN_SHIFT + t)
  }
}

export function featurize(sentence: string, context: SentenceContext): FeatureVector {
  const s = sentence.length > MAX_CHARS ? sentence.slice(0, MAX_CHARS) : sentence
  const t = tokenize(s)
  const v: FeatureVector = { index: [], value: [], origin: [], matched: new Map(), quoted: new Map(), tokens: t.words, sentence: s, starts: t.start, ends: t.end }
  signals(s, t, context, v)
  const families = context.families ?? FAMILIES
  if (context.wording) wording(t.words, context.bits, SIGNAL_COUNT, families, v)
  if (context.wording && context.previous && families[3] > 0) before(tokenize(context.previous).words, context.bits, SIGNAL_COUNT, families[3], v)
  return v
}

export function originKind(origin: number): number {
  return Math.floor(origin / ORIGIN_SHIFT)
}

export function originPosition(origin: number): number {
  return origin % ORIGIN_SHIFT
}

