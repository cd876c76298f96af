// The learned furniture classifier: a logistic regression over the shape signals of
// furniture-model-features.ts, trained on the tuned corpus by scripts/train-furniture.ts and
// shipped as data in data/model/furniture.json. The extractor asks it only about a sentence it
// would otherwise keep as a claim; above the cross-validated threshold the sentence is furniture.
import modelFile from '../../../data/model/furniture.json' with { type: 'json' }
import { blockBounds, FEATURE_COUNT, FEATURE_NAMES, furnitureFeatures, lineAt, lineShape, pageLayout, repeatedLines, repeatedSentences, type FurniturePage } from './furniture-model-features'
import type { Line } from './segment'
import { checkLinearModel, linearProbability, type LinearModel } from './linear-model'
import { wireDateline } from './boilerplate'

export type { FurniturePage } from './furniture-model-features'

/** Its threshold is the probability at or above which a would-be claim is furniture. */
export type FurnitureModel = LinearModel

export function checkFurnitureModel(model: FurnitureModel): FurnitureModel {
  return checkLinearModel(model, FEATURE_NAMES, 'furniture model')
}

let shipped: FurnitureModel | null = null

export function shippedFurnitureModel(): FurnitureModel {
  shipped ??= checkFurnitureModel(modelFile as unknown as FurnitureModel)
  return shipped
}

/** The page as the model sees it: its lines, and the sentences the rules kept as body (to find those printed twice, and the lines the rules made furniture). */
export function furniturePage(text: string, lines: Line[], sentences: readonly { start: number; end: number }[]): FurniturePage {
  return {
    text,
    lines,
    repeated: repeatedLines(text, lines),
    ...repeatedSentences(text, sentences),
    ...lineShape(text, lines),
    ...blockBounds(lines),
    layout: pageLayout(text, lines, sentences, (line) => wireDateline(line) !== null),
  }
}

const scratch = new Float64Array(FEATURE_COUNT)

/** Probability that text[start, end) is page furniture rather than body text. */
export function furnitureProbability(model: FurnitureModel, page: FurniturePage, start: number, end: number): number {
  return linearProbability(model, furnitureFeatures(page, start, end, scratch))
}

/**
 * A would-be claim is furniture when it sits above the paragraph a wire dateline opens (in the first
 * body paragraphs: the story starts at its dateline, so what comes before is a standfirst or teasers),
 * when its line is a ticker or menu of title-shaped items ("A +++ B +++ C") or holds a photo agency's
 * credit ("Keystone/JEAN DUPONT": a caption line), or when the model's
 * probability reaches its threshold.
 */
export function isLearnedFurniture(model: FurnitureModel, page: FurniturePage, start: number, end: number): boolean {
  const line = lineAt(page.lines, start)
  if (page.layout && (page.layout.aboveDateline[line] || page.layout.itemLine[line] || page.layout.creditLine[line] || page.layout.bulletLead?.[line])) return true
  return furnitureProbability(model, page, start, end) >= model.threshold
}
