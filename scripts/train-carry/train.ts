// Fits the carry model on the tuned units and chooses its threshold by cross-validation grouped by
// outlet: each outlet's units are scored by a model trained without it. A unit's effect on sourcing
// accuracy is exact (the model only changes that claim's type), so the out-of-fold gain is the
// extractor's own figure on the tuned part.
import { createHash } from 'node:crypto'
import { CARRY_FEATURE_NAMES } from '../../electron/core/extract/carry-model-features'
import type { CarryModel } from '../../electron/core/extract/carry-model'
import type { PublishedArticle } from '../../electron/core/extract/published-corpus'
import { fitWeighted, type Fitted } from '../train-furniture/fit'
import { loadCarryUnits, outletFolds, type CarryUnit } from './dataset'
import { masked, round } from '../train/mask'
import { outOfFold as crossValidate } from '../train/folds'

export interface CarryConfig {
  folds: number
  l2: number
  /** Signals left out (an ablation; the shipped model uses all). */
  without?: string[]
}

export const SHIPPED_CONFIG: CarryConfig = { folds: 10, l2: 0.0001 }
export const GRID = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]
/** Precision first: the highest threshold whose out-of-fold gain is within this share of the best. */
export const NEAR_BEST = 0.9

export interface CarryFigures {
  threshold: number
  /** Units (unattributed claims after an attributed one) and their labels. */
  units: number
  carryLabels: number
  stayLabels: number
  /** Out of fold, at the threshold: labels made right, labels made wrong, units carried. */
  madeRight: number
  madeWrong: number
  carried: number
}

export interface CarryModelFile extends CarryModel {
  training: { articles: number; outlets: number; corpus: string; config: CarryConfig; crossValidation: CarryFigures; grid: CarryFigures[] }
}

/** Each unit is two weighted rows: carried (weight: labels carrying makes right) and not (labels it makes wrong). */
function fitOn(units: CarryUnit[], xs: Float64Array[], l2: number): Fitted {
  const x: Float64Array[] = []
  const y: number[] = []
  const w: number[] = []
  units.forEach((u, i) => {
    if (u.carry) x.push(xs[i]), y.push(1), w.push(u.carry)
    if (u.stay) x.push(xs[i]), y.push(0), w.push(u.stay)
  })
  return fitWeighted(x, y, w, l2)
}

export function outOfFold(units: CarryUnit[], folds: Map<string, number>, config: CarryConfig): number[] {
  return crossValidate(units, masked(units, CARRY_FEATURE_NAMES, config.without), folds, config.folds, (u, x) => fitOn(u, x, config.l2))
}

export function figuresAt(units: CarryUnit[], p: number[], threshold: number, keep: (u: CarryUnit) => boolean = () => true): CarryFigures {
  const f: CarryFigures = { threshold, units: 0, carryLabels: 0, stayLabels: 0, madeRight: 0, madeWrong: 0, carried: 0 }
  units.forEach((u, i) => {
    if (!keep(u)) return
    f.units++
    f.carryLabels += u.carry
    f.stayLabels += u.stay
    if (p[i] < threshold) return
    f.carried++
    f.madeRight += u.carry
    f.madeWrong += u.stay
  })
  return f
}

export function chooseThreshold(grid: CarryFigures[]): CarryFigures {
  const gain = (f: CarryFigures) => f.madeRight - f.madeWrong
  const best = Math.max(0, ...grid.map(gain))
  const near = grid.filter((f) => gain(f) > 0 && gain(f) >= NEAR_BEST * best)
  return near.length ? near[near.length - 1] : { ...grid[grid.length - 1], threshold: 1 }
}

export function corpusFingerprint(articles: PublishedArticle[]): string {
  const hash = createHash('sha256')
  for (const a of articles) hash.update(`${a.id}\0${a.outlet}\0${a.text}\0${JSON.stringify(a.labels)}\0`)
  return hash.digest('hex')
}

export function trainCarry(dir: string, config: CarryConfig = SHIPPED_CONFIG, loaded = loadCarryUnits(dir)): CarryModelFile {
  const { articles, units } = loaded
  const folds = outletFolds(articles, config.folds)
  const p = outOfFold(units, folds, config)
  const grid = GRID.map((t) => figuresAt(units, p, t))
  const chosen = chooseThreshold(grid)
  const model = fitOn(units, masked(units, CARRY_FEATURE_NAMES, config.without), config.l2)
  return {
    features: [...CARRY_FEATURE_NAMES],
    weights: model.weights.map((w) => round(w)),
    bias: round(model.bias),
    threshold: chosen.threshold,
    training: { articles: articles.length, outlets: folds.size, corpus: corpusFingerprint(articles), config, crossValidation: chosen, grid },
  }
}
