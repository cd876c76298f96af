// The learned carry model: a logistic regression over the signals of carry-model-features.ts,
// trained on the tuned corpus by scripts/train-carry.ts and shipped as data/model/carry.json.
// It is asked only about claims the rules (carry.ts) left unattributed: at or above the
// cross-validated threshold such a claim takes the sourcing of the nearest attributed claim before it
// (reported speech going on, "He added", a quotation continuing).
import modelFile from '../../../data/model/carry.json' with { type: 'json' }
import { CARRY_FEATURE_COUNT, CARRY_FEATURE_NAMES, carryFeatures, carryPage, type CarryClaim, type CarryPage } from './carry-model-features'
import { quoteSpeakerMayPass } from './carry'
import { checkLinearModel, linearProbability, type LinearModel } from './linear-model'

export type { CarryClaim, CarryPage } from './carry-model-features'
export { carryPage } from './carry-model-features'

/** Its threshold is the probability at or above which the claim carries the source. */
export type CarryModel = LinearModel

export function checkCarryModel(model: CarryModel): CarryModel {
  return checkLinearModel(model, CARRY_FEATURE_NAMES, 'carry model')
}

let shipped: CarryModel | null = null

export function shippedCarryModel(): CarryModel {
  shipped ??= checkCarryModel(modelFile as unknown as CarryModel)
  return shipped
}

const scratch = new Float64Array(CARRY_FEATURE_COUNT)

export function carryProbability(model: CarryModel, page: CarryPage, claims: readonly CarryClaim[], i: number, source: number, language: string): number {
  return linearProbability(model, carryFeatures(page, claims, i, source, language, scratch))
}

/**
 * For each unattributed claim, the attributed claim it may take its source from: the nearest one
 * before it, or, in the stretch before the first attributed claim, the first one after it (a lead
 * whose source is named a few sentences on). -1 when the article has none.
 */
export function carrySources(claims: readonly CarryClaim[]): number[] {
  const out: number[] = new Array(claims.length).fill(-1)
  let last = -1
  for (let i = 0; i < claims.length; i++) {
    if (claims[i].sourcing.type !== 'unattributed') {
      if (last < 0) for (let k = 0; k < i; k++) out[k] = i
      last = i
    } else out[i] = last
  }
  return out
}

/**
 * Gives each unattributed claim the model carries the sourcing of its source claim. Decisions are
 * taken on the rules' output only (a carried claim is never a source), so the order does not matter.
 */
export function applyCarryModel<C extends CarryClaim>(model: CarryModel, text: string, claims: C[], language: string): void {
  const sources = carrySources(claims)
  const page = carryPage(text)
  const carried: number[] = []
  for (let i = 0; i < claims.length; i++) {
    const source = sources[i]
    if (source < 0 || !quoteSpeakerMayPass(claims[i].text, claims[source].text, language)) continue
    if (carryProbability(model, page, claims, i, source, language) >= model.threshold) carried.push(i)
  }
  for (const i of carried) claims[i].sourcing = { ...claims[sources[i]].sourcing }
}
