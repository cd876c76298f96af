// npm run train -- --explore: the hyperparameter grid, scored only by group k-fold on the
// training debates (the fixed validation debates are never looked at here).
import { debatesOf, findDataset, foldOf, loadDebates, validationDebates } from './dataset'
import { calibrated, evaluate, featurizeAll, fitPlatt, labelsFor, outOfFold, round, type Target, type Variant } from './experiment'

export function explore(csv?: string): void {
  const sentences = loadDebates(findDataset(csv))
  const debates = debatesOf(sentences)
  const held = new Set(validationDebates(debates))
  const trainDebates = debates.filter((d) => !held.has(d))
    const rows = sentences.map((s, i) => (held.has(s.debate) ? -1 : i)).filter((i) => i >= 0)
  const bitsGrid = (process.env.BITS ?? '18').split(',').map(Number)
  const costs = (process.env.COSTS ?? '0.1,0.3,1').split(',').map(Number)
  const scales = (process.env.SCALES ?? '1').split(',').map(Number)
  const weights = (process.env.POSITIVE ?? '1').split(',').map(Number)
  const k = Number(process.env.FOLDS ?? 7)
  const nbs = (process.env.NB ?? '0').split(',').map(Number)
  const variants = (process.env.VARIANTS ?? 'wording').split(',') as Variant[]
  const targets = (process.env.TARGETS ?? 'checkworthy').split(',') as Target[]
  const familyGrid = (process.env.FAMILIES ?? '1:1:1:0').split(',').map((f) => f.split(':').map(Number))
  for (const bits of bitsGrid) for (const families of familyGrid) {
    const t0 = Date.now()
    const x = featurizeAll(sentences, bits, families)
    console.log(`bits ${bits} families ${families.join(':')}: featurised in ${Date.now() - t0} ms`)
    for (const target of targets) {
      const yAll = labelsFor(sentences, target)
      const y = Float64Array.from(rows, (r) => yAll[r])
      for (const variant of variants) for (const c of costs) for (const signalScale of scales) for (const positiveWeight of weights) for (const nb of nbs) {
        const t1 = Date.now()
        const z = outOfFold(x[variant], yAll, sentences, rows, foldOf(trainDebates, k), { c, signalScale, positiveWeight, nb })
        const platt = fitPlatt(z, y)
        const e = evaluate(calibrated(platt, z), y)
        console.log(
          `${target} ${variant} bits=${bits} c=${c} signalScale=${signalScale} positive=${positiveWeight} nb=${nb}: AUC ${round(e.auc)} F1@0.5 ${round(e.f1)} (P ${round(e.precision)} R ${round(e.recall)}) ${Date.now() - t1} ms`,
        )
      }
    }
  }
}
