import { describe, expect, it } from 'vitest'
import { CORPUS } from '../../../data/corpus/written'
import { evaluateCorpus } from './evaluate'
import { extract } from './index'

describe('extract: labelled corpus', () => {
  const metrics = evaluateCorpus(CORPUS)

  it('covers at least six kinds of text', () => {
    expect(metrics.texts).toBeGreaterThanOrEqual(6)
  })

  it('finds the claims with precision and recall of at least 0.9', () => {
    expect(metrics.precision, JSON.stringify(metrics.perText.map((t) => t.problems))).toBeGreaterThanOrEqual(0.9)
    expect(metrics.recall, JSON.stringify(metrics.perText.map((t) => t.problems))).toBeGreaterThanOrEqual(0.9)
  })

  it('suggests the right sourcing for at least 85% and the right hedge for at least 90% of them', () => {
    expect(metrics.sourcingAccuracy).toBeGreaterThanOrEqual(0.85)
    expect(metrics.hedgeAccuracy).toBeGreaterThanOrEqual(0.9)
  })

  it.each(CORPUS.map((t) => [t.id, t] as const))('%s: metadata, non-claims and exact offsets', (_id, labelled) => {
    const result = extract(labelled.text)
    expect(result.meta.language).toBe(labelled.language)
    if (labelled.title) expect(result.meta.title).toBe(labelled.title)
    if (labelled.author) expect(result.meta.author).toBe(labelled.author)
    if (labelled.outlet) expect(result.meta.outlet).toBe(labelled.outlet)
    for (const fragment of labelled.notClaims) expect(result.claims.some((c) => c.text.includes(fragment)), fragment).toBe(false)
    for (const c of result.claims) expect(labelled.text.slice(c.start, c.end)).toBe(c.text)
  })
})
