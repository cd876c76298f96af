// The shipped model: a file of weights (data/model/checkworthiness.json, written by
// `npm run train`) and the arithmetic to score a sentence with it and say why.
import { featurize, originKind, originPosition, ORIGIN_CHAR, ORIGIN_PAIR, ORIGIN_SIGNAL, ORIGIN_WORD, SIGNAL_COUNT, SIGNAL_IDS, signalLabel, type FeatureVector } from './features'

/** One logistic regression: named-signal weights, optional hashed wording weights, Platt scaling. */
export interface HeadFile {
  bias: number
  signals: number[]
  /** Hashed wording weights as little-endian int16, base64; weight = int * wordingScale. */
  wording?: string
  wordingScale?: number
  platt: { a: number; b: number }
}

export interface ModelFile {
  format: 'claimdesk-checkworthiness'
  version: number
  bits: number
  /** Names of the signals, in weight order: a mismatch with the code means the file is stale. */
  signalIds: string[]
  /** The language the wording weights were learned from. */
  wordingLanguage: string
  heads: {
    /** P(check-worthy factual): English wording + signals, and signals alone for other languages. */
    checkworthy: { wording: HeadFile; signals: HeadFile }
    /** P(factual at all): to tell a factual sentence from an opinion, a promise or a greeting. */
    factual: { wording: HeadFile; signals: HeadFile }
  }
  training: Record<string, unknown>
}

export interface Reason {
  /** In a reviewer's words: "states a number: '50'", "opinion: 'I think'", "words: 'tax cuts'". */
  text: string
  /** Contribution to the log-odds; positive raises the score. */
  weight: number
}

export interface Head {
  bias: number
  weights: Float32Array
  platt: { a: number; b: number }
}

function decodeInt16(base64: string, scale: number, into: Float32Array, offset: number): void {
  const binary = atob(base64)
  for (let i = 0; i + 1 < binary.length; i += 2) {
    const raw = binary.charCodeAt(i) | (binary.charCodeAt(i + 1) << 8)
    into[offset + i / 2] = (raw >= 0x8000 ? raw - 0x10000 : raw) * scale
  }
}

export function loadHead(file: HeadFile, bits: number): Head {
  const wordingSize = file.wording ? 1 << bits : 0
  const weights = new Float32Array(SIGNAL_COUNT + wordingSize)
  weights.set(file.signals)
  if (file.wording) decodeInt16(file.wording, file.wordingScale ?? 1, weights, SIGNAL_COUNT)
  return { bias: file.bias, weights, platt: file.platt }
}

export function checkModelFile(file: ModelFile): void {
  if (file.format !== 'claimdesk-checkworthiness') throw new Error('not a check-worthiness model file')
  if (file.signalIds.join() !== SIGNAL_IDS.join()) throw new Error('check-worthiness model is stale: its signals differ from the code (run npm run train)')
}

export function margin(head: Head, v: FeatureVector): number {
  let z = head.bias
  for (let i = 0; i < v.index.length; i++) z += head.weights[v.index[i]] * v.value[i]
  return z
}

export function probability(head: Head, z: number): number {
  return 1 / (1 + Math.exp(-(head.platt.a * z + head.platt.b)))
}

const MIN_REASON_WEIGHT = 0.2
// Words that weigh in the score but explain nothing to a reviewer.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'is', 'are', 'be', 'been', 'it', 'that', 'this', 'for', 'on', 'with', 'as', 'at', 'by', 'from', 'but', 'so', 'well', 'uh', 'um', 'there', 'which', 'who', '<s>'])

/** The contributions that moved this sentence's score most, grouped by signal or word. */
export function reasonsFor(head: Head, v: FeatureVector, limit = 3): Reason[] {
  const byOrigin = new Map<number, number>()
  // a run of features from one origin (a word's n-grams) is summed before the map is touched:
  // the same additions in the same order, one map update per run instead of one per feature
  let current = -1
  let sum = 0
  for (let i = 0; i < v.index.length; i++) {
    const contribution = head.weights[v.index[i]] * v.value[i] * head.platt.a
    // a word's character n-grams explain the word
    const origin = originKind(v.origin[i]) === ORIGIN_CHAR ? v.origin[i] - (ORIGIN_CHAR - ORIGIN_WORD) * (1 << 20) : v.origin[i]
    if (origin !== current) {
      if (current >= 0) byOrigin.set(current, sum)
      current = origin
      sum = byOrigin.get(current) ?? 0
    }
    sum += contribution
  }
  if (current >= 0) byOrigin.set(current, sum)
  foldWords(byOrigin, v)
  const figure = foldFigures(byOrigin, v)
  const ranked = [...byOrigin].filter(([origin, w]) => w !== 0 && explains(origin, v)).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0])
  // the strong ones; when none is, the strongest there is: an empty list reads as "never scored"
  const shown = ranked.filter(([, w]) => Math.abs(w) >= MIN_REASON_WEIGHT)
  const reasons = (shown.length > 0 ? shown : ranked.slice(0, 1)).slice(0, limit).map(([origin, weight]) => ({ text: describe(origin, v, figure), weight: Math.round(weight * 100) / 100 }))
  if (reasons.length === 0) reasons.push({ text: NOTHING_FOUND, weight: Math.round(head.bias * head.platt.a * 100) / 100 })
  return reasons
}

/** The reason when no signal and no word moved the score: it stays at the base rate. */
export const NOTHING_FOUND = 'nothing found that the score weighs (a number, a date, a name, a source, a past tense …)'


/** The tokens a word or word-pair feature stands for. */
function tokensOf(origin: number): number[] {
  const position = originPosition(origin)
  return originKind(origin) === ORIGIN_PAIR && position > 0 ? [position - 1, position] : [position]
}

const NUMBER = SIGNAL_IDS.indexOf('number')

/**
 * A word the model weighs twice, as a signal ("reports a past event: 'did'") and as wording ("words: 'did'"), is one
 * reason: the wording's weight goes to the signal that quotes the word. A figure's wording ("000" for "75,000") goes to
 * "states a number": digits are folded to 0 for the model, and a reviewer would read "words: '000'" as nonsense.
 */
function foldWords(byOrigin: Map<number, number>, v: FeatureVector): void {
  // (this runs for every scored sentence: no copy of the map, no array per word, and nothing to do when no signal quotes words)
  if (v.quoted.size === 0 && !byOrigin.has(NUMBER)) return
  const quoted = [...v.quoted]
  // deleting the entry being visited, and adding signal entries (skipped below), is safe while iterating a Map
  for (const [origin, weight] of byOrigin) {
    const kind = originKind(origin)
    if (kind !== ORIGIN_WORD && kind !== ORIGIN_PAIR) continue
    const last = originPosition(origin)
    const first = kind === ORIGIN_PAIR && last > 0 ? last - 1 : last
    let into = -1
    for (const [signal, [start, n]] of quoted) if (first >= start && last < start + n) into = into < 0 ? signal : Math.min(into, signal)
    if (into < 0 && digitsOnly(v.tokens, first, last) && byOrigin.has(NUMBER)) into = NUMBER
    if (into < 0) continue
    byOrigin.set(ORIGIN_SIGNAL * (1 << 20) + into, (byOrigin.get(ORIGIN_SIGNAL * (1 << 20) + into) ?? 0) + weight)
    byOrigin.delete(origin)
  }
}

/** Tokens first..last all digits (folded to 0 for the model): the words of a figure. */
function digitsOnly(tokens: readonly string[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]
    if (t === undefined || t.length === 0) return false
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      if (c < 48 || c > 57) return false
    }
  }
  return true
}

const FIGURES = (['money', 'year', 'number', 'numberWord'] as const).map((id) => SIGNAL_IDS.indexOf(id))

/**
 * One figure read by two signals ("10 Millionen": a digit and a number word; "800 euros": a number and money) is one reason,
 * under the first of money, year, number; returns what it quotes, by signal.
 */
function foldFigures(byOrigin: Map<number, number>, v: FeatureVector): Map<number, string> {
  const quoted = new Map<number, string>()
  const spans = new Map<number, [number, number]>()
  for (const id of FIGURES) {
    const q = v.quoted.get(id)
    if (q && byOrigin.has(id)) spans.set(id, [v.starts[q[0]], v.ends[q[0] + q[1] - 1]])
  }
  // money is found by its currency, not by tokens: its span is where its words are in the sentence
  const money = FIGURES[0]
  const moneyText = v.matched.get(money)
  if (byOrigin.has(money) && moneyText) {
    const at = v.sentence.indexOf(moneyText.slice(1, -1))
    if (at >= 0) spans.set(money, [at, at + moneyText.length - 2])
  }
  for (let a = 0; a < FIGURES.length; a++) {
    for (let b = a + 1; b < FIGURES.length; b++) {
      const [ia, ib] = [FIGURES[a], FIGURES[b]]
      const sa = spans.get(ia)
      const sb = spans.get(ib)
      if (!sa || !sb) continue
      const gap = sa[1] <= sb[0] ? v.sentence.slice(sa[1], sb[0]) : sb[1] <= sa[0] ? v.sentence.slice(sb[1], sa[0]) : ''
      if (!/^\s*$/.test(gap)) continue
      const joined: [number, number] = [Math.min(sa[0], sb[0]), Math.max(sa[1], sb[1])]
      byOrigin.set(ia, (byOrigin.get(ia) ?? 0) + (byOrigin.get(ib) ?? 0))
      byOrigin.delete(ib)
      spans.set(ia, joined)
      spans.delete(ib)
      quoted.set(ia, `'${v.sentence.slice(joined[0], joined[1]).replace(/\s+/g, ' ')}'`)
    }
  }
  return quoted
}

function explains(origin: number, v: FeatureVector): boolean {
  const kind = originKind(origin)
  if (kind === ORIGIN_SIGNAL) return true
  return tokensOf(origin).some((k) => v.tokens[k] !== undefined && !FUNCTION_WORDS.has(v.tokens[k]))
}

function describe(origin: number, v: FeatureVector, figure: Map<number, string>): string {
  const kind = originKind(origin)
  const position = originPosition(origin)
  if (kind === ORIGIN_SIGNAL) return signalLabel(SIGNAL_IDS[position]).replace('{}', figure.get(position) ?? v.matched.get(position) ?? '')
  // the words as the sentence writes them, not as the model folds them (lower case, digits as 0)
  const tokens = tokensOf(origin)
  return `words: '${v.sentence.slice(v.starts[tokens[0]], v.ends[tokens[tokens.length - 1]])}'`
}

export { featurize }
