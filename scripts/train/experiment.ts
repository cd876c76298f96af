// The experiment shared by `npm run train` and its --explore grid: featurise the debates,
// fit heads on some debates, score others. Deterministic: no random numbers anywhere.
import { featurize } from '../../electron/core/checkworthiness/features'
import { SIGNAL_COUNT } from '../../electron/core/checkworthiness/features'
import { f1At, rocAuc } from '../../electron/core/checkworthiness/metrics'
import type { DebateSentence } from './dataset'
import { buildRows, margins, type LinearModel, type SparseRows } from './rows'
import { fitSvm } from './svm'
import { applyPlatt, fitPlatt, type Platt } from './platt'

export type Target = 'checkworthy' | 'factual'
export type Variant = 'wording' | 'signals'

export interface HeadConfig {
  /** SVM cost: larger means less regularisation. */
  c: number
  /** The named signals' values are multiplied by this in training (a lighter penalty on them). */
  signalScale: number
  /** Cost multiplier for the positive class. */
  positiveWeight: number
  /** Naive Bayes log-count-ratio scaling of the columns (Wang and Manning 2012), with this smoothing; 0: off. */
  nb?: number
  /** Scale each hashed column by its inverse document frequency on the training rows (TF-IDF). */
  idf?: boolean
}

export interface Matrices {
  wording: SparseRows
  signals: SparseRows
}

export function featurizeAll(sentences: DebateSentence[], bits: number, families?: number[]): Matrices {
  const full = sentences.map((s, i) => {
    const previous = i > 0 && !s.opensBlock ? sentences[i - 1].text : undefined
    return featurize(s.text, { language: 'en', opensBlock: s.opensBlock, wording: true, bits, families, previous })
  })
  const columns = SIGNAL_COUNT + (1 << bits)
  const wording = buildRows(full, columns)
  const signals = buildRows(
    full.map((v) => {
      const keep = v.index.map((i, k) => (i < SIGNAL_COUNT ? k : -1)).filter((k) => k >= 0)
      return { index: keep.map((k) => v.index[k]), value: keep.map((k) => v.value[k]) }
    }),
    SIGNAL_COUNT,
  )
  return { wording, signals }
}

export function labelsFor(sentences: DebateSentence[], target: Target): Float64Array {
  return Float64Array.from(sentences, (s) => (target === 'checkworthy' ? (s.verdict === 1 ? 1 : 0) : s.verdict >= 0 ? 1 : 0))
}

/** Per-column log-count ratio of presence in positive against negative training rows. */
function logCountRatio(x: SparseRows, y: Float64Array, rows: number[], alpha: number): Float64Array {
  const p = new Float64Array(x.columns).fill(alpha)
  const q = new Float64Array(x.columns).fill(alpha)
  for (const r of rows) {
    const counts = y[r] > 0 ? p : q
    for (let j = x.offsets[r]; j < x.offsets[r + 1]; j++) counts[x.index[j]] += 1
  }
  let sp = 0
  let sq = 0
  for (let i = 0; i < x.columns; i++) {
    sp += p[i]
    sq += q[i]
  }
  return Float64Array.from(p, (pi, i) => Math.log(pi / sp) - Math.log(q[i] / sq))
}

/** log((1 + n) / (1 + df)) + 1 per column, as scikit-learn's smoothed idf. */
function inverseDocumentFrequency(x: SparseRows, rows: number[]): Float64Array {
  const df = new Float64Array(x.columns)
  for (const r of rows) for (let j = x.offsets[r]; j < x.offsets[r + 1]; j++) df[x.index[j]] += 1
  return Float64Array.from(df, (d) => Math.log((1 + rows.length) / (1 + d)) + 1)
}

/** Fits on `rows`; the column scalings are folded into the weights, which apply to unscaled features. */
export function fitHead(x: SparseRows, y: Float64Array, rows: number[], config: HeadConfig): LinearModel {
  const scale = config.nb ? logCountRatio(x, y, rows, config.nb) : new Float64Array(x.columns).fill(1)
  if (config.idf) {
    const idf = inverseDocumentFrequency(x, rows)
    for (let i = SIGNAL_COUNT; i < x.columns; i++) scale[i] *= idf[i]
  }
  for (let i = 0; i < SIGNAL_COUNT; i++) scale[i] *= config.signalScale
  const value = Float64Array.from(x.value, (v, j) => v * scale[x.index[j]])
  const model = fitSvm({ ...x, value }, y, Int32Array.from(rows), { c: config.c, positiveWeight: config.positiveWeight })
  for (let i = 0; i < x.columns; i++) model.weights[i] *= scale[i]
  return model
}

export interface Evaluation {
  sentences: number
  positives: number
  auc: number
  precision: number
  recall: number
  f1: number
}

export function evaluate(probabilities: ArrayLike<number>, labels: ArrayLike<number>): Evaluation {
  const at = f1At(probabilities, labels, 0.5)
  let positives = 0
  for (let i = 0; i < labels.length; i++) positives += labels[i]
  return { sentences: labels.length, positives, auc: rocAuc(probabilities, labels), ...at }
}

/** Out-of-fold margins over `rows` with whole debates held out per fold. */
export function outOfFold(x: SparseRows, y: Float64Array, sentences: DebateSentence[], rows: number[], folds: Map<string, number>, config: HeadConfig): Float64Array {
  const k = Math.max(...folds.values()) + 1
  const out = new Float64Array(rows.length)
  for (let fold = 0; fold < k; fold++) {
    const train = rows.filter((r) => folds.get(sentences[r].debate) !== fold)
    const heldPositions = rows.map((r, p) => (folds.get(sentences[r].debate) === fold ? p : -1)).filter((p) => p >= 0)
    const model = fitHead(x, y, train, config)
    const z = margins(x, model, heldPositions.map((p) => rows[p]))
    heldPositions.forEach((p, i) => (out[p] = z[i]))
  }
  return out
}

export function calibrated(platt: Platt, z: ArrayLike<number>): Float64Array {
  return Float64Array.from(z as ArrayLike<number>, (v) => applyPlatt(platt, v))
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

export { fitPlatt }
