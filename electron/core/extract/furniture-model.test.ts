// The learned furniture model: the shipped file loads, scores deterministically, tells real
// furniture shapes from claims, is consulted only for would-be claims, and is what retraining gives.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import shippedFile from '../../../data/model/furniture.json' with { type: 'json' }
import { corpusFingerprint, fitFurniture, SHIPPED_CONFIG, type FurnitureModelFile } from '../../../scripts/train-furniture/train'
import { loadTunedArticles, rulesFingerprint } from '../../../scripts/train-furniture/dataset'
import { extract } from './index'
import { FEATURE_NAMES } from './furniture-model-features'
import { checkFurnitureModel, furniturePage, furnitureProbability, shippedFurnitureModel } from './furniture-model'
import { createSegmenter, segmentLines, splitLines } from './segment'

const shipped = shippedFile as unknown as FurnitureModelFile

function probabilities(text: string, language = 'en'): Map<string, number> {
  const lines = splitLines(text)
  const sentences = segmentLines(text, lines, lines.map((_, i) => i), createSegmenter(language))
  const page = furniturePage(text, lines, sentences)
  return new Map(sentences.map((s) => [text.slice(s.start, s.end), furnitureProbability(shippedFurnitureModel(), page, s.start, s.end)]))
}

// invented, in the shape of a Daily NK category page: a story, then other stories' headlines, one per line
const KO_PAGE = `북한 소식

양강도 혜산시에서 지난달 대규모 단속이 벌어진 것으로 전해졌다. 소식통은 데일리NK에 "주민 수십 명이 체포됐다"고 말했다.

당국은 국경 지역의 밀수를 막기 위해 경비를 강화했다고 소식통은 전했다.

함경북도 농장들, 비료 부족에 모내기 앞두고 발 동동
평양 간부들 사이에 퍼진 소문, 당국이 입단속 나섰다
국경 경비대 교대 앞두고 뇌물 값 껑충… 주민들 한숨
`

describe('furniture model', () => {
  it('loads: one weight per signal of this build and a threshold chosen by cross-validation', () => {
    const model = shippedFurnitureModel()
    expect(model.features).toEqual([...FEATURE_NAMES])
    expect(model.weights.every(Number.isFinite)).toBe(true)
    expect(model.threshold).toBeGreaterThanOrEqual(0.5)
    expect(model.threshold).toBe(shipped.training.crossValidation.threshold)
    expect(() => checkFurnitureModel({ ...model, features: model.features.slice(1) })).toThrow(/signals/)
  })

  it('scores deterministically', () => {
    const a = [...probabilities(KO_PAGE, 'ko').values()]
    const b = [...probabilities(KO_PAGE, 'ko').values()]
    expect(a).toEqual(b)
    expect(extract(KO_PAGE)).toEqual(extract(KO_PAGE))
  })

  it('tells teaser headlines, labels and names from body sentences', () => {
    const ko = probabilities(KO_PAGE, 'ko')
    const t = shippedFurnitureModel().threshold
    expect(ko.get('평양 간부들 사이에 퍼진 소문, 당국이 입단속 나섰다')).toBeGreaterThanOrEqual(t)
    expect(ko.get('국경 경비대 교대 앞두고 뇌물 값 껑충… 주민들 한숨')).toBeGreaterThanOrEqual(t)
    expect(ko.get('북한 소식')).toBeGreaterThan(0.5)
    expect(ko.get('양강도 혜산시에서 지난달 대규모 단속이 벌어진 것으로 전해졌다.')).toBeLessThan(0.3)
    const en = probabilities(
      'Officers arrested a 34-year-old man on Tuesday after a burglary at a pharmacy, police said.\nPolice at the scene on Tuesday. Jane Doe\nAlso in the news\nThe pharmacy will reopen on Thursday, its owner said.\n',
    )
    expect(en.get('Jane Doe')).toBeGreaterThan(0.5)
    expect(en.get('Also in the news')).toBeGreaterThan(0.5)
    expect(en.get('Officers arrested a 34-year-old man on Tuesday after a burglary at a pharmacy, police said.')).toBeLessThan(0.3)
    expect(en.get('The pharmacy will reopen on Thursday, its owner said.')).toBeLessThan(t)
  })

  it('turns only would-be claims into furniture, above the threshold', () => {
    const rules = extract(KO_PAGE, { furnitureModel: null })
    const learned = extract(KO_PAGE)
    const ko = probabilities(KO_PAGE, 'ko')
    const t = shippedFurnitureModel().threshold
    const headlines = ['함경북도 농장들, 비료 부족에 모내기 앞두고 발 동동', '평양 간부들 사이에 퍼진 소문, 당국이 입단속 나섰다', '국경 경비대 교대 앞두고 뇌물 값 껑충… 주민들 한숨']
    for (const h of headlines) expect(rules.claims.map((c) => c.text)).toContain(h)
    const above = headlines.filter((h) => ko.get(h)! >= t)
    expect(above.length).toBeGreaterThanOrEqual(2)
    expect(learned.claims.map((c) => c.text)).toEqual(rules.claims.map((c) => c.text).filter((c) => !above.includes(c)))
    expect(learned.nonClaims.filter((n) => above.includes(n.text)).map((n) => n.kind)).toEqual(above.map(() => 'boilerplate'))
    // what the rules made furniture stays as it was
    for (const n of rules.nonClaims) expect(learned.nonClaims).toContainEqual(n)
    // a threshold above every probability changes nothing
    expect(extract(KO_PAGE, { furnitureModel: { ...shippedFurnitureModel(), threshold: 1 } }).claims).toEqual(rules.claims)
  })

  it('is what retraining on the tuned corpus gives', () => {
    const corpus = resolve('data/corpus')
    const articles = loadTunedArticles(corpus)
    // a model trained on another corpus, or before the furniture rules last changed which sentences the pages keep as
    // body (the signals are read from them), is stale: `npm run train:furniture` (about 8 s) brings it up to date
    expect(corpusFingerprint(articles), 'furniture.json was trained on another tuned corpus: run npm run train:furniture').toBe(shipped.training.corpus)
    expect(rulesFingerprint(articles), 'furniture.json was trained before the furniture rules last changed: run npm run train:furniture').toBe(shipped.training.rules)
    // the fit and its out-of-fold figures at the recorded threshold (its search runs the extractor, whose rules
    // move on: the extractor figures are a record of the day of training)
    const { extractor, ...training } = shipped.training
    expect(fitFurniture(corpus, SHIPPED_CONFIG, shipped.threshold)).toEqual({ ...shipped, training })
    const { rules, withModel } = extractor
    // out of fold, the extractor keeps at least 99% of the claims it finds without the model, and fewer furniture lines
    expect(withModel.claimsFound / rules.claimsFound).toBeGreaterThanOrEqual(0.99)
    expect(withModel.furnitureAsClaims).toBeLessThan(rules.furnitureAsClaims)
    }, 60_000)
})
