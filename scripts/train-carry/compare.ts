// Out-of-fold comparison (session 32): the carry model trained on the tuned corpus alone, and on the tuned corpus plus the spent
// carry sets (1 to 7), folds grouped by host for both. Every unit is scored out of fold by both; the figures are reported apart for
// the tuned units and the spent units. `npx tsx scripts/train-carry/compare.ts`
import { resolve } from 'node:path'
import { CARRY_FEATURE_NAMES } from '../../electron/core/extract/carry-model-features'
import { fitWeighted } from '../train-furniture/fit'
import { outOfFold } from '../train/folds'
import { masked } from '../train/mask'
import { outletFolds } from './dataset'
import { loadCarryUnitsByHost } from './spent'
import { GRID, SHIPPED_CONFIG, chooseThreshold, figuresAt } from './train'

const { articles, units } = loadCarryUnitsByHost(resolve('data/corpus'), true)
type Unit = (typeof units)[number]
const folds = outletFolds(articles, SHIPPED_CONFIG.folds)
const xs = masked(units, CARRY_FEATURE_NAMES)
const sum = (us: Unit[], f: (u: Unit) => number) => us.reduce((n, u) => n + f(u), 0)
const fit = (keep: (u: Unit) => boolean) => (us: Unit[], x: Float64Array[]) => {
  const rx: Float64Array[] = []
  const y: number[] = []
  const w: number[] = []
  us.forEach((u, i) => {
    if (!keep(u)) return
    if (u.carry) rx.push(x[i]), y.push(1), w.push(u.carry)
    if (u.stay) rx.push(x[i]), y.push(0), w.push(u.stay)
  })
  return fitWeighted(rx, y, w, SHIPPED_CONFIG.l2)
}
const tunedU = units.filter((u) => !u.spent)
const spentU = units.filter((u) => u.spent)
console.log(`units: tuned ${tunedU.length} (carry ${sum(tunedU, (u) => u.carry)}, stay ${sum(tunedU, (u) => u.stay)}), spent ${spentU.length} (carry ${sum(spentU, (u) => u.carry)}, stay ${sum(spentU, (u) => u.stay)}); fold groups (hosts) ${folds.size}`)
for (const [name, keep] of [['tuned only', (u: Unit) => !u.spent], ['tuned + spent', () => true]] as const) {
  const p = outOfFold(units, xs, folds, SHIPPED_CONFIG.folds, fit(keep))
  const chosen = chooseThreshold(GRID.map((t) => figuresAt(units, p, t)))
  const at = (keepU: (u: Unit) => boolean) => figuresAt(units, p, chosen.threshold, (u) => keepU(u as Unit))
  const t = at((u) => !u.spent)
  const s = at((u) => u.spent)
  console.log(`${name}: threshold ${chosen.threshold} (chosen on all units' out-of-fold gain): tuned units +${t.madeRight} -${t.madeWrong} (carried ${t.carried}); spent units +${s.madeRight} -${s.madeWrong} (carried ${s.carried})`)
  console.log(`   grid, all units: ${GRID.map((g) => figuresAt(units, p, g)).map((f) => `${f.threshold}:+${f.madeRight}-${f.madeWrong}`).join(' ')}`)
}
