// The learned extractor models (furniture-model.ts, carry-model.ts) are logistic regressions over
// named signals, shipped as JSON in data/model/: one weight per signal, a bias and a threshold
// chosen by cross-validation grouped by outlet. This is their shared check and score.

export interface LinearModel {
  /** Signal names in weight order: a file written for other signals is refused. */
  features: string[]
  weights: number[]
  bias: number
  /** Probability at or above which the model says yes (chosen by grouped cross-validation). */
  threshold: number
}

/** Refuses a model file written for other signals than `names` (or with a broken weight, bias or threshold). */
export function checkLinearModel<M extends LinearModel>(model: M, names: readonly string[], what: string): M {
  const count = names.length
  const same = model.features.length === count && model.features.every((f, k) => f === names[k])
  if (!same || model.weights.length !== count || !Number.isFinite(model.bias) || !(model.threshold > 0 && model.threshold <= 1)) {
    throw new Error(`${what}: the file does not match the signals of this build`)
  }
  return model
}

/** The logistic of the bias plus the weighted signals. */
export function linearProbability(model: LinearModel, x: ArrayLike<number>): number {
  let z = model.bias
  const n = model.weights.length
  for (let k = 0; k < n; k++) z += model.weights[k] * x[k]
  return 1 / (1 + Math.exp(-z))
}
