// Ablation for the learned extractor models (furniture, carry): the rows with the named
// signals set to 0, so `--ablate` measures what each signal adds.
export function masked(rows: readonly { x: Float64Array }[], names: readonly string[], without: readonly string[] = []): Float64Array[] {
  const off = without.map((n) => names.indexOf(n)).filter((k) => k >= 0)
  return rows.map((row) => {
    if (!off.length) return row.x
    const x = Float64Array.from(row.x)
    for (const k of off) x[k] = 0
    return x
  })
}

/** Figures written to a model file: six decimals, so retraining on the same data gives the same file. */
export const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits
