// Cross-validation by outlet for the learned extractor models (furniture, carry): each
// outlet's rows are scored by a model fitted without that outlet, so a page's own phrasing
// never scores itself.
import { probabilityOf, type Fitted } from '../train-furniture/fit'

export function outOfFold<U extends { outlet: string }>(
  units: readonly U[],
  xs: readonly Float64Array[],
  folds: Map<string, number>,
  foldCount: number,
  fit: (units: U[], xs: Float64Array[]) => Fitted,
): number[] {
  const p = new Array<number>(units.length).fill(0)
  for (let f = 0; f < foldCount; f++) {
    const train = units.map((u, i) => (folds.get(u.outlet) === f ? -1 : i)).filter((i) => i >= 0)
    const model = fit(
      train.map((i) => units[i]),
      train.map((i) => xs[i]),
    )
    units.forEach((u, i) => {
      if (folds.get(u.outlet) === f) p[i] = probabilityOf(model, xs[i])
    })
  }
  return p
}
