// The learned carry model (data/model/carry.json): it loads for this build's signals, carries a
// quotation that goes on after its speaker, leaves the reporter's narration alone, and turns off.
import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { applyCarryModel, carryPage, carryProbability, carrySources, checkCarryModel, shippedCarryModel, type CarryModel } from './carry-model'
import { CARRY_FEATURE_NAMES } from './carry-model-features'

const CONTINUED = [
  '“The water came at dawn,” a source in North Pyongan Province told Daily NK on Tuesday.',
  'He went on, “In Majeon-dong, the water was so loud that people left their homes.',
  'Some of them could not leave, so there were probably victims.”',
].join('\n\n')

const NARRATION = ['Police said two people died in the fire on Main Street.', 'The building was built in 1920 and had no sprinklers. The street was closed for several hours.'].join('\n\n')

const types = (text: string, carryModel?: CarryModel | null) => extract(text, { carryModel }).claims.map((c) => c.sourcing.type)

describe('carry model', () => {
  it('loads with the signals of this build, and refuses a file written for others', () => {
    const model = shippedCarryModel()
    expect(model.features).toEqual([...CARRY_FEATURE_NAMES])
    expect(model.weights).toHaveLength(CARRY_FEATURE_NAMES.length)
    expect(model.threshold).toBeGreaterThan(0)
    expect(() => checkCarryModel({ ...model, features: [...model.features.slice(1), 'other'] })).toThrow(/signals/)
    expect(() => checkCarryModel({ ...model, weights: model.weights.slice(1) })).toThrow(/signals/)
  })

  it('carries an anonymous source into the quotation that goes on after it', () => {
    expect(types(CONTINUED, null)).toEqual(['anonymous-source', 'unattributed', 'unattributed'])
    const claims = extract(CONTINUED).claims
    expect(claims.map((c) => c.sourcing.type)).toEqual(['anonymous-source', 'anonymous-source', 'anonymous-source'])
    expect(claims[2].sourcing.attribution).toBe(claims[0].sourcing.attribution)
  })

  it("leaves the reporter's narration after a source unattributed", () => {
    expect(types(NARRATION)).toEqual(['official', 'unattributed', 'unattributed'])
    const claims = extract(NARRATION, { carryModel: null }).claims
    expect(carryProbability(shippedCarryModel(), carryPage(NARRATION), claims, 1, 0, 'en')).toBeLessThan(shippedCarryModel().threshold)
  })

  it('is off with carryModel: null, and a model that never carries changes nothing', () => {
    const never: CarryModel = { ...shippedCarryModel(), bias: -50 }
    expect(types(CONTINUED, never)).toEqual(types(CONTINUED, null))
    const always: CarryModel = { ...shippedCarryModel(), bias: 50 }
    expect(types(NARRATION, always)).toEqual(['official', 'official', 'official'])
  })

  it('takes the nearest attributed claim before, or the first after in the stretch before any', () => {
    const claim = (type: 'official' | 'unattributed') => ({ text: 'x', start: 0, end: 1, sourcing: { type, attribution: null, cue: null } })
    expect(carrySources([claim('unattributed'), claim('official'), claim('unattributed'), claim('unattributed'), claim('official')])).toEqual([1, -1, 1, 1, -1])
    expect(carrySources([claim('unattributed')])).toEqual([-1])
    // decisions are taken on the rules' output: a carried claim is never itself a source
    const claims = [claim('unattributed'), claim('unattributed')]
    applyCarryModel({ ...shippedCarryModel(), bias: 50 }, 'x x', claims, 'en')
    expect(claims.map((c) => c.sourcing.type)).toEqual(['unattributed', 'unattributed'])
  })
})
