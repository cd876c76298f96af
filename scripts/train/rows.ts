// Sparse rows (CSR) and a linear model's margins over them.

export interface SparseRows {
  /** Row r holds entries offsets[r] .. offsets[r+1]-1 of index/value. */
  offsets: Int32Array
  index: Int32Array
  value: Float64Array
  rows: number
  columns: number
}

export interface LinearModel {
  weights: Float64Array
  bias: number
}

export function buildRows(rows: { index: number[]; value: number[] }[], columns: number): SparseRows {
  const offsets = new Int32Array(rows.length + 1)
  for (let r = 0; r < rows.length; r++) offsets[r + 1] = offsets[r] + rows[r].index.length
  const index = new Int32Array(offsets[rows.length])
  const value = new Float64Array(offsets[rows.length])
  rows.forEach((row, r) => {
    index.set(row.index, offsets[r])
    value.set(row.value, offsets[r])
  })
  return { offsets, index, value, rows: rows.length, columns }
}

export function margins(x: SparseRows, model: LinearModel, only?: ArrayLike<number>): Float64Array {
  const rows = only ?? Array.from({ length: x.rows }, (_, i) => i)
  const out = new Float64Array(rows.length)
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]
    let z = model.bias
    for (let j = x.offsets[r]; j < x.offsets[r + 1]; j++) z += model.weights[x.index[j]] * x.value[j]
    out[k] = z
  }
  return out
}

