// npm run train:carry -- --explore [--ablate] [--problems]: the out-of-fold grid per language, the
// L2 choices, signal ablations, and (tuned articles only) the units carried wrongly or left.
import { CARRY_FEATURE_NAMES } from '../../electron/core/extract/carry-model-features'
import { loadCarryUnits, outletFolds } from './dataset'
import { chooseThreshold, figuresAt, GRID, outOfFold, SHIPPED_CONFIG, type CarryConfig, type CarryFigures } from './train'

const show = (f: CarryFigures) =>
  `t ${f.threshold.toFixed(2)}  carried ${String(f.carried).padStart(4)}  right +${String(f.madeRight).padStart(3)}  wrong -${String(f.madeWrong).padStart(3)}  gain ${String(f.madeRight - f.madeWrong).padStart(4)}  (units ${f.units}, carry labels ${f.carryLabels}, stay labels ${f.stayLabels})`

export function explore(dir: string): void {
  const { articles, units } = loadCarryUnits(dir)
  const folds = outletFolds(articles, SHIPPED_CONFIG.folds)
  console.log(`${articles.length} tuned articles, ${folds.size} outlets, ${units.length} units`)
  const run = (name: string, config: CarryConfig) => {
    const p = outOfFold(units, folds, config)
    const chosen = chooseThreshold(GRID.map((t) => figuresAt(units, p, t)))
    console.log(`${name.padEnd(28)} ${show(chosen)}`)
    return p
  }
  for (const l2 of [0.00003, 0.0001, 0.0003, 0.001, 0.003]) run(`l2 ${l2}`, { ...SHIPPED_CONFIG, l2 })
  if (process.env.ONLY) {
    const only = process.env.ONLY.split(',')
    const without = CARRY_FEATURE_NAMES.filter((f) => !only.includes(f))
    for (const l2 of [0.0001, 0.0003, 0.001, 0.003]) run(`only, l2 ${l2}`, { ...SHIPPED_CONFIG, l2, without })
  }
  const p = run('shipped', SHIPPED_CONFIG)
  for (const t of GRID) console.log(`  ${show(figuresAt(units, p, t))}`)
  const t = Number(process.env.THRESHOLD ?? chooseThreshold(GRID.map((x) => figuresAt(units, p, x))).threshold)
  for (const lang of [...new Set(units.map((u) => u.language))].sort()) console.log(`  ${lang} ${show(figuresAt(units, p, t, (u) => u.language === lang))}`)
  for (const from of [...new Set(units.map((u) => u.from))].sort()) console.log(`  from ${from.padEnd(16)} ${show(figuresAt(units, p, t, (u) => u.from === from))}`)
  if (process.argv.includes('--ablate')) for (const f of CARRY_FEATURE_NAMES) run(`without ${f}`, { ...SHIPPED_CONFIG, without: [f] })
  if (process.argv.includes('--problems')) {
    units.forEach((u, i) => {
      const wrong = p[i] >= t && u.stay > 0
      const left = p[i] < t && u.carry > 0
      if (wrong || left) console.log(`${wrong ? 'WRONG' : 'LEFT '} ${p[i].toFixed(2)} ${u.article} [${u.from}] ${u.text.slice(0, 110).replace(/\s+/g, ' ')}`)
    })
  }
}
