// Weighted, L2-regularised logistic regression fitted by Newton's method: deterministic, and
// small (one weight per shape signal), so it cannot memorise the pages it was trained on.
import { solve } from '../train/solve'
export interface Fitted {
  weights: number[]
  bias: number
}

export function fitWeighted(x: Float64Array[], y: number[], w: number[], l2: number): Fitted {
  const n = x.length
  const k = n ? x[0].length : 0
  const d = k + 1
  const beta = new Float64Array(d)
  const row = new Float64Array(d)
  let total = 0
  for (const wi of w) total += wi
  for (let iter = 0; iter < 50; iter++) {
    const g = new Float64Array(d)
    const h = new Float64Array(d * d)
    for (let i = 0; i < n; i++) {
      row.set(x[i])
      row[k] = 1
      let z = 0
      for (let j = 0; j < d; j++) z += beta[j] * row[j]
      const p = 1 / (1 + Math.exp(-z))
      const r = w[i] * (p - y[i])
      const q = w[i] * p * (1 - p)
      for (let a = 0; a < d; a++) {
        if (row[a] === 0) continue
        g[a] += r * row[a]
        const qa = q * row[a]
        for (let b = 0; b < d; b++) h[a * d + b] += qa * row[b]
      }
    }
    for (let a = 0; a < k; a++) {
      g[a] += l2 * total * beta[a]
      h[a * d + a] += l2 * total
    }
    h[k * d + k] += 1e-9
    const step = solve(h, g, d)
    let size = 0
    for (let a = 0; a < d; a++) {
      beta[a] -= step[a]
      size += Math.abs(step[a])
    }
    if (size < 1e-9) break
  }
  return { weights: Array.from(beta.subarray(0, k)), bias: beta[k] }
}

export function probabilityOf(model: Fitted, x: Float64Array): number {
  let z = model.bias
  for (let j = 0; j < x.length; j++) z += model.weights[j] * x[j]
  return 1 / (1 + Math.exp(-z))
}
