// The learned furniture classifier: a logistic regression over the shape signals of
// furniture-model-features.ts, trained on the tuned corpus by scripts/train-furniture.ts and
// shipped as data in data/model/furniture.json. The extractor asks it only about a sentence it
// would otherwise keep as a claim; above the cross-validated threshold the sentence is furniture.
import modelFile from '../../../data/model/furniture.json' with { type: 'json' }
import { blockBounds, FEATURE_COUNT, FEATURE_NAMES, furnitureFeatures, lineShape, repeatedLines, repeatedSentences, type FurniturePage } from './furniture-model-features'
import type { Line } from './segment'

export type { FurniturePage } from './furniture-model-features'

export interface FurnitureModel {
  /** Signal names in weight order: a file written for other signals is refused. */
  features: string[]
  weights: number[]
  bias: number
  /** Probability at or above which a would-be claim is furniture (chosen by grouped cross-validation). */
  threshold: number
}

export function checkFurnitureModel(model: FurnitureModel): FurnitureModel {
  const same = model.features.length === FEATURE_COUNT && model.features.every((f, k) => f === FEATURE_NAMES[k])
  if (!same || model.weights.length !== FEATURE_COUNT || !Number.isFinite(model.bias) || !(model.threshold > 0 && model.threshold <= 1)) {
    throw new Error('furniture model: the file does not match the signals of this build')
  }
  return model
}

let shipped: FurnitureModel | null = null

export function shippedFurnitureModel(): FurnitureModel {
  shipped ??= checkFurnitureModel(modelFile as unknown as FurnitureModel)
  return shipped
}

/** The page as the model sees it: its lines, and the sentences it segmented (to find those printed twice). */
export function furniturePage(text: string, lines: Line[], sentences: readonly { start: number; end: number }[]): FurniturePage {
  return { text, lines, repeated: repeatedLines(text, lines), ...repeatedSentences(text, sentences), ...lineShape(text, lines), ...blockBounds(lines) }
}

const scratch = new Float64Array(FEATURE_COUNT)

/** Probability that text[start, end) is page furniture rather than body text. */
export function furnitureProbability(model: FurnitureModel, page: FurniturePage, start: number, end: number): number {
  const x = furnitureFeatures(page, start, end, scratch)
  let z = model.bias
  for (let k = 0; k < FEATURE_COUNT; k++) z += model.weights[k] * x[k]
  return 1 / (1 + Math.exp(-z))
}

export function isLearnedFurniture(model: FurnitureModel, page: FurniturePage, start: number, end: number): boolean {
  return furnitureProbability(model, page, start, end) >= model.threshold
}
