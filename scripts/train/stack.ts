// The heads a shipped target stacks, each a linear SVM on its own subset of the debates, and
// the nested out-of-fold machinery that calibrates and scores the stack without leakage.
import type { DebateSentence } from './dataset'
import { fitHead, type HeadConfig } from './experiment'
import { applyLogistic, fitLogistic } from './logistic'
import { margins, type SparseRows } from './rows'

export type HeadKind = 'cfs' | 'factual' | 'cfsOfFactual' | 'cfsOfStated'

/** Who a head is trained on and what it predicts: verdict -1 NFS, 0 UFS, 1 CFS. */
export const HEAD_KINDS: Record<HeadKind, { uses: (v: number) => boolean; positive: (v: number) => boolean }> = {
  cfs: { uses: () => true, positive: (v) => v === 1 },
  factual: { uses: () => true, positive: (v) => v >= 0 },
  cfsOfFactual: { uses: (v) => v >= 0, positive: (v) => v === 1 },
  cfsOfStated: { uses: (v) => v !== 0, positive: (v) => v === 1 },
}

/** Margins over `rows`, each from a head fitted on the other folds' debates. */
export function outOfFoldKind(x: SparseRows, sentences: DebateSentence[], rows: number[], folds: Map<string, number>, kind: HeadKind, config: HeadConfig): Float64Array {
  const spec = HEAD_KINDS[kind]
  const y = Float64Array.from(sentences, (s) => (spec.positive(s.verdict) ? 1 : 0))
  const k = Math.max(...folds.values()) + 1
  const out = new Float64Array(rows.length)
  for (let fold = 0; fold < k; fold++) {
    const train = rows.filter((r) => folds.get(sentences[r].debate) !== fold && spec.uses(sentences[r].verdict))
    const held = rows.map((r, p) => (folds.get(sentences[r].debate) === fold ? p : -1)).filter((p) => p >= 0)
    const model = fitHead(x, y, train, config)
    const z = margins(x, model, held.map((p) => rows[p]))
    held.forEach((p, i) => (out[p] = z[i]))
  }
  return out
}

/** Stacker probabilities over `rows`, each fitted on the other folds' out-of-fold margins. */
export function nestedStack(inputs: Float64Array[], y: Float64Array, foldOfRow: Int32Array): Float64Array {
  const k = Math.max(...foldOfRow) + 1
  const out = new Float64Array(y.length)
  for (let fold = 0; fold < k; fold++) {
    const train: number[] = []
    const held: number[] = []
    foldOfRow.forEach((f, p) => (f === fold ? held : train).push(p))
    const model = fitLogistic(
      inputs.map((m) => Float64Array.from(train, (p) => m[p])),
      Float64Array.from(train, (p) => y[p]),
    )
    for (const p of held) out[p] = applyLogistic(model, inputs.map((m) => m[p]))
  }
  return out
}
