// Platt scaling: p = 1 / (1 + exp(-(a z + b))), fitted by Newton's method on held-out
// margins, so that a calibrated 0.5 means "more likely than not" on unseen debates.

export interface Platt {
  a: number
  b: number
}

export function fitPlatt(z: ArrayLike<number>, y: ArrayLike<number>): Platt {
  let a = 1
  let b = 0
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0
    let gb = 0
    let haa = 1e-9
    let hab = 0
    let hbb = 1e-9
    for (let i = 0; i < z.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * z[i] + b)))
      const d = p - y[i]
      const w = p * (1 - p)
      ga += d * z[i]
      gb += d
      haa += w * z[i] * z[i]
      hab += w * z[i]
      hbb += w
    }
    const det = haa * hbb - hab * hab
    const da = (hbb * ga - hab * gb) / det
    const db = (haa * gb - hab * ga) / det
    a -= da
    b -= db
    if (Math.abs(da) + Math.abs(db) < 1e-10) break
  }
  return { a, b }
}

export function applyPlatt(platt: Platt, z: number): number {
  return 1 / (1 + Math.exp(-(platt.a * z + platt.b)))
}
