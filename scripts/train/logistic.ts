// Small dense logistic regression (Newton's method, light L2 on the slopes): the stacker that
// combines the linear heads' margins into one calibrated probability. With a single input
// it is Platt scaling.
import { solve } from './solve'

export interface Logistic {
  /** One slope per input. */
  slopes: number[]
  intercept: number
}

export function fitLogistic(inputs: ArrayLike<number>[], y: ArrayLike<number>, l2 = 1e-3): Logistic {
  const k = inputs.length
  const n = y.length
  const d = k + 1
  const beta = new Float64Array(d)
  const row = new Float64Array(d)
  for (let iter = 0; iter < 100; iter++) {
    const g = new Float64Array(d)
    const h = new Float64Array(d * d)
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < k; j++) row[j] = inputs[j][i]
      row[k] = 1
      let z = 0
      for (let j = 0; j < d; j++) z += beta[j] * row[j]
      const p = 1 / (1 + Math.exp(-z))
      const w = p * (1 - p)
      for (let a = 0; a < d; a++) {
        g[a] += (p - y[i]) * row[a]
        for (let b = 0; b < d; b++) h[a * d + b] += w * row[a] * row[b]
      }
    }
    for (let a = 0; a < k; a++) {
      g[a] += l2 * n * beta[a]
      h[a * d + a] += l2 * n
    }
    for (let a = 0; a < d; a++) h[a * d + a] += 1e-9
    const step = solve(h, g, d)
    let size = 0
    for (let a = 0; a < d; a++) {
      beta[a] -= step[a]
      size += Math.abs(step[a])
    }
    if (size < 1e-10) break
  }
  return { slopes: Array.from(beta.subarray(0, k)), intercept: beta[k] }
}

export function applyLogistic(model: Logistic, values: ArrayLike<number>): number {
  let z = model.intercept
  for (let j = 0; j < model.slopes.length; j++) z += model.slopes[j] * values[j]
  return 1 / (1 + Math.exp(-z))
}
