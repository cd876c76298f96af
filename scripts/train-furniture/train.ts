// Trains the furniture model on the tuned corpus and chooses its threshold by grouped
// cross-validation (whole outlets held out), so the figures it reports are out-of-fold.
import { createHash } from 'node:crypto'
import type { PublishedArticle } from '../../electron/core/extract/published-corpus'
import { FEATURE_NAMES } from '../../electron/core/extract/furniture-model-features'
import type { FurnitureModel } from '../../electron/core/extract/furniture-model'
import { loadTunedArticles, outletFolds, rulesFingerprint, unitsOf, type Population, type Unit } from './dataset'
import { fitWeighted } from './fit'
import { foldModels, GRID, pipelineAt, type PipelineFigures } from './pipeline'
import { masked, round } from '../train/mask'
import { outOfFold as crossValidate } from '../train/folds'

export interface TrainConfig {
  folds: number
  l2: number
  /** Weight of a claim unit against 1 for the others: a claim dropped costs more than furniture kept. */
  claimWeight: number
  /** Signals left out (an ablation; the shipped model uses all). */
  without?: string[]
  /** The sentences it is fitted on (dataset.ts); the extractor asks it only about its would-be claims. */
  population?: Population
}

/** A claim lost costs as much as this many furniture lines kept as claims. */
export const CLAIM_COST = 5

export const SHIPPED_CONFIG: TrainConfig = { folds: 10, l2: 0.0003, claimWeight: 3 }

export interface CrossValidation {
  units: number
  furniture: number
  claims: number
  notClaims: number
  threshold: number
  /** Out of fold, at the chosen threshold. */
  furnitureCaught: number
  claimsDropped: number
  notClaimsDropped: number
}

export interface FurnitureModelFile extends FurnitureModel {
  training: {
    articles: number
    outlets: number
    /** SHA-256 of the training articles' ids, texts and labels: retraining on the same data gives the same file. */
    corpus: string
    /** SHA-256 of the body sentences the rules kept on those pages (dataset.ts rulesFingerprint): the signals are read from them. */
    rules: string
    config: TrainConfig
    /** Sentences out of fold, at the chosen threshold. */
    crossValidation: CrossValidation
    /** The extractor on the tuned articles without the model, and with each outlet's out-of-fold model. */
    extractor: { rules: PipelineFigures; withModel: PipelineFigures }
  }
}

function fitOn(units: Unit[], xs: Float64Array[], config: TrainConfig) {
  return fitWeighted(
    xs,
    units.map((u) => u.y),
    units.map((u) => (u.claim ? config.claimWeight : 1)),
    config.l2,
  )
}

/** Out-of-fold probabilities: each outlet's units scored by a model trained without that outlet. */
export function outOfFold(units: Unit[], folds: Map<string, number>, config: TrainConfig): number[] {
  return crossValidate(units, masked(units, FEATURE_NAMES, config.without), folds, config.folds, (u, x) => fitOn(u, x, config))
}

/** The lowest threshold (at least .5) at which out-of-fold claim losses stay within the budget. */
export function chooseThreshold(units: Unit[], p: number[], maxClaimLoss: number): number {
  const claimP = units.map((u, i) => (u.claim ? p[i] : -1)).filter((x) => x >= 0).sort((a, b) => b - a)
  const allowed = Math.floor(claimP.length * maxClaimLoss)
  const above = claimP[allowed] ?? 0
  return Math.max(0.5, Math.min(0.999, Math.ceil((above + 1e-6) * 1000) / 1000))
}

export function evaluateAt(units: Unit[], p: number[], threshold: number): CrossValidation {
  const count = (f: (u: Unit, i: number) => boolean) => units.filter(f).length
  return {
    units: units.length,
    furniture: count((u) => u.y === 1),
    claims: count((u) => u.claim),
    notClaims: count((u) => u.y === 0 && !u.claim),
    threshold,
    furnitureCaught: count((u, i) => u.y === 1 && p[i] >= threshold),
    claimsDropped: count((u, i) => u.claim && p[i] >= threshold),
    notClaimsDropped: count((u, i) => u.y === 0 && !u.claim && p[i] >= threshold),
  }
}

export function corpusFingerprint(articles: PublishedArticle[]): string {
  const hash = createHash('sha256')
  for (const a of articles) hash.update(`${a.id}\0${a.outlet}\0${a.text}\0${JSON.stringify(a.labels)}\0`)
  return hash.digest('hex')
}

export function loadUnits(dir: string, population?: Population) {
  const articles = loadTunedArticles(dir)
  return { articles, units: articles.flatMap((a) => unitsOf(a, population)) }
}

/** The model fitted on every tuned article, with its sentences' out-of-fold figures at `threshold`. */
export function fitFurniture(dir: string, config: TrainConfig, threshold: number): Omit<FurnitureModelFile, 'training'> & { training: Omit<FurnitureModelFile['training'], 'extractor'> } {
  const { articles, units } = loadUnits(dir, config.population)
  const folds = outletFolds(articles, config.folds)
  const p = outOfFold(units, folds, config)
  const model = fitOn(units, masked(units, FEATURE_NAMES, config.without), config)
  return {
    features: [...FEATURE_NAMES],
    weights: model.weights.map((w) => round(w)),
    bias: round(model.bias),
    threshold,
    training: { articles: articles.length, outlets: folds.size, corpus: corpusFingerprint(articles), rules: rulesFingerprint(articles), config, crossValidation: evaluateAt(units, p, threshold) },
  }
}

/**
 * Fits the model and picks the threshold by the extractor's out-of-fold run: the one of GRID with the
 * most furniture kept out of the claims, each claim lost counting CLAIM_COST lines (the lowest on a tie).
 * The extractor's figures depend on its rules too, so they are a record of the day of training.
 */
export function trainFurniture(dir: string, config: TrainConfig = SHIPPED_CONFIG): FurnitureModelFile {
  const { articles, units } = loadUnits(dir, config.population)
  const folds = outletFolds(articles, config.folds)
  const models = foldModels(units, folds, config.folds, config.l2, config.claimWeight)
  const rules = pipelineAt(articles, folds, models, null)
  // furniture lines kept out of the claims, less CLAIM_COST for each claim lost: a lost claim is worse
  const gain = (f: PipelineFigures) => rules.furnitureAsClaims - f.furnitureAsClaims - CLAIM_COST * (rules.claimsFound - f.claimsFound)
  let chosen = 1
  let withModel = rules
  for (const t of GRID) {
    const figures = pipelineAt(articles, folds, models, t)
    if (gain(figures) > gain(withModel)) {
      chosen = t
      withModel = figures
    }
  }
  const fitted = fitFurniture(dir, config, chosen)
  return { ...fitted, training: { ...fitted.training, extractor: { rules, withModel } } }
}
