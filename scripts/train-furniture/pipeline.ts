// The threshold is chosen on what matters: the extractor on the tuned articles, each outlet's
// articles scored with a model trained without that outlet, against the extractor without the model.
import { extract } from '../../electron/core/extract'
import type { FurnitureModel } from '../../electron/core/extract/furniture-model'
import { FEATURE_NAMES } from '../../electron/core/extract/furniture-model-features'
import { scoreArticle, type PublishedArticle } from '../../electron/core/extract/published-corpus'
import type { Unit } from './dataset'
import { fitWeighted } from './fit'

/** Thresholds tried, lowest first. */
export const GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]

export interface PipelineFigures {
  claims: number
  claimsFound: number
  furniture: number
  furnitureAsClaims: number
  predicted: number
  predictedCorrect: number
}

export function foldModels(units: Unit[], folds: Map<string, number>, k: number, l2: number, claimWeight: number): FurnitureModel[] {
  const models: FurnitureModel[] = []
  for (let f = 0; f < k; f++) {
    const train = units.filter((u) => folds.get(u.outlet) !== f)
    const fitted = fitWeighted(
      train.map((u) => u.x),
      train.map((u) => u.y),
      train.map((u) => (u.claim ? claimWeight : 1)),
      l2,
    )
    models.push({ features: [...FEATURE_NAMES], weights: fitted.weights, bias: fitted.bias, threshold: 1 })
  }
  return models
}

/** The tuned part through the extractor; `threshold` null is the extractor without the model. */
export function pipelineAt(articles: PublishedArticle[], folds: Map<string, number>, models: FurnitureModel[], threshold: number | null): PipelineFigures {
  const out = emptyFigures()
  for (const a of articles) addArticle(out, a, threshold === null ? null : { ...models[folds.get(a.outlet)!], threshold })
  return out
}

export function emptyFigures(): PipelineFigures {
  return { claims: 0, claimsFound: 0, furniture: 0, furnitureAsClaims: 0, predicted: 0, predictedCorrect: 0 }
}

/** Adds one article's figures, extracted with `furnitureModel` (null: the rules alone). */
export function addArticle(into: PipelineFigures, a: PublishedArticle, furnitureModel: FurnitureModel | null): void {
  const s = scoreArticle(a, extract(a.text, { furnitureModel }))
  into.claims += s.claims
  into.claimsFound += s.claimsFound
  into.furniture += s.furniture
  into.furnitureAsClaims += s.furnitureAsClaims
  into.predicted += s.predicted
  into.predictedCorrect += s.predictedCorrect
}
