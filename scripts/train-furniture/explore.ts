// npm run train:furniture -- --explore [--ablate] [--problems]: the grid the shipped config was
// chosen from (sentences out of fold), signal ablations, and the extractor on the tuned part with
// each outlet's model trained without it, at every threshold of GRID.
import { extract } from '../../electron/core/extract'
import { FEATURE_NAMES } from '../../electron/core/extract/furniture-model-features'
import { scoreArticle } from '../../electron/core/extract/published-corpus'
import { outletFolds } from './dataset'
import { foldModels, GRID, pipelineAt, type PipelineFigures } from './pipeline'
import { chooseThreshold, evaluateAt, loadUnits, outOfFold, SHIPPED_CONFIG, type TrainConfig } from './train'

export function explore(dir: string): void {
  const { articles, units } = loadUnits(dir)
  const folds = outletFolds(articles, SHIPPED_CONFIG.folds)
  console.log(`${articles.length} tuned articles, ${folds.size} outlets, ${units.length} sentences`)
  // sentences: the threshold that drops at most 0.5% of claim sentences out of fold, and what it catches
  const run = (name: string, config: TrainConfig) => {
    const p = outOfFold(units, folds, config)
    const e = evaluateAt(units, p, chooseThreshold(units, p, 0.005))
    console.log(`${name.padEnd(24)} t ${e.threshold.toFixed(3)}  furniture caught ${e.furnitureCaught}/${e.furniture}  claims dropped ${e.claimsDropped}/${e.claims}  N dropped ${e.notClaimsDropped}/${e.notClaims}`)
  }
  if (!process.env.THRESHOLD) for (const l2 of [0.0001, 0.001, 0.01]) for (const claimWeight of [1, 3, 10]) run(`l2 ${l2} cw ${claimWeight}`, { ...SHIPPED_CONFIG, l2, claimWeight })
  if (process.argv.includes('--ablate')) for (const f of FEATURE_NAMES) run(`without ${f}`, { ...SHIPPED_CONFIG, without: [f] })
  const models = foldModels(units, folds, SHIPPED_CONFIG.folds, SHIPPED_CONFIG.l2, SHIPPED_CONFIG.claimWeight)
  const row = (name: string, f: PipelineFigures) =>
    `${name.padEnd(12)} claims found ${f.claimsFound}/${f.claims}  furniture as claims ${f.furnitureAsClaims}/${f.furniture}  precision ${(f.predictedCorrect / f.predicted).toFixed(3)}`
  console.log(row('rules', pipelineAt(articles, folds, models, null)))
  if (!process.env.THRESHOLD) for (const t of GRID) console.log(row(`+model ${t}`, pipelineAt(articles, folds, models, t)))
  const t = Number(process.env.THRESHOLD ?? 0.5)
  if (process.argv.includes('--problems')) {
    for (const a of articles) {
      const s = scoreArticle(a, extract(a.text, { furnitureModel: { ...models[folds.get(a.outlet)!], threshold: t } }))
      for (const pr of s.problems) if (/^(missed claim|furniture as claim)/.test(pr)) console.log(`  ${a.id}: ${pr}`)
    }
  }
}
