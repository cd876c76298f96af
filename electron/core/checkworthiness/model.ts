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
      sum = byOrigin.get(origin) ?? 0
    }
    sum += contribution
  }
  if (current >= 0) byOrigin.set(current, sum)
  return [...byOrigin]
    .filter(([origin, w]) => Math.abs(w) >= MIN_REASON_WEIGHT && explains(origin, v))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0])
    .slice(0, limit)
    .map(([origin, weight]) => ({ text: describe(origin, v), weight: Math.round(weight * 100) / 100 }))
}

function explains(origin: number, v: FeatureVector): boolean {
  const kind = originKind(origin)
  if (kind === ORIGIN_SIGNAL) return true
  const position = originPosition(origin)
  const words = kind === ORIGIN_PAIR ? [v.tokens[position - 1], v.tokens[position]] : [v.tokens[position]]
  return words.some((w) => w !== undefined && !FUNCTION_WORDS.has(w))
}

function describe(origin: number, v: FeatureVector): string {
  const kind = originKind(origin)
  const position = originPosition(origin)
  if (kind === ORIGIN_SIGNAL) return signalLabel(SIGNAL_IDS[position]).replace('{}', v.matched.get(position) ?? '')
  const words = kind === ORIGIN_PAIR ? [position > 0 ? v.tokens[position - 1] : null, v.tokens[position]].filter(Boolean) : [v.tokens[position]]
  return `words: '${words.join(' ')}'`
}

export { featurize }
