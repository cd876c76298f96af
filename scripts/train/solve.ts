// Gaussian elimination with partial pivoting on the small dense systems of a Newton step,
// shared by the check-worthiness stacker and the furniture model.
export function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const m = Float64Array.from(a)
  const x = Float64Array.from(b)
  for (let c = 0; c < d; c++) {
    let pivot = c
    for (let r = c + 1; r < d; r++) if (Math.abs(m[r * d + c]) > Math.abs(m[pivot * d + c])) pivot = r
    if (pivot !== c) {
      for (let j = 0; j < d; j++) [m[c * d + j], m[pivot * d + j]] = [m[pivot * d + j], m[c * d + j]]
      ;[x[c], x[pivot]] = [x[pivot], x[c]]
    }
    for (let r = c + 1; r < d; r++) {
      const f = m[r * d + c] / m[c * d + c]
      if (f === 0) continue // nothing to eliminate (sparse shape signals leave many zeros)
      for (let j = c; j < d; j++) m[r * d + j] -= f * m[c * d + j]
      x[r] -= f * x[c]
    }
  }
  for (let c = d - 1; c >= 0; c--) {
    for (let j = c + 1; j < d; j++) x[c] -= m[c * d + j] * x[j]
    x[c] /= m[c * d + c]
  }
  return x
}
