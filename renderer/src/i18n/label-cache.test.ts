// Labels made once per language and key read the same as made every time.
import { describe, expect, it, vi } from 'vitest'
import { cachedLabel } from './label-cache'
import { claimTags } from '../components/ClaimList'
import { claim } from '../../../electron/core/__fixtures__/search-claims'

describe('cached labels', () => {
  it('are made once per key and reused', () => {
    const make = vi.fn(() => 'made')
    expect(cachedLabel('test\u0000a', make)).toBe('made')
    expect(cachedLabel('test\u0000a', make)).toBe('made')
    expect(make).toHaveBeenCalledTimes(1)
    expect(cachedLabel('test\u0000b', () => 'other')).toBe('other')
  })

  it("a claim row's tags follow every value they show", () => {
    const plain = claim('c1', 'Rain fell.')
    expect(claimTags(plain)).toBe('Unreviewed · Unattributed')
    expect(claimTags(claim('c2', 'Other text.'))).toBe('Unreviewed · Unattributed')
    const hedged = claim('c3', 'It may rain.', { hedge: { hedged: true, cue: 'may' } })
    expect(claimTags(hedged)).toBe('Unreviewed · Unattributed · hedged (“may”)')
    expect(claimTags(claim('c4', 'It might rain.', { hedge: { hedged: true, cue: 'might' } }))).toBe('Unreviewed · Unattributed · hedged (“might”)')
    const evidence = { id: 'e1', citation: 'x', url: null, note: '', stance: 'supports', independent: true, addedAt: plain.createdAt } as never
    expect(claimTags({ ...plain, evidence: [evidence] })).toBe('Unreviewed · Unattributed · 1 evidence')
    expect(claimTags({ ...plain, evidence: [evidence, evidence] })).toBe('Unreviewed · Unattributed · 2 evidence')
    expect(claimTags({ ...plain, corroboration: 'contradicted', state: 'dismissed' })).toBe('Contradicted · Unattributed · not a claim')
    expect(claimTags({ ...plain, sourcing: { ...plain.sourcing, type: 'anonymous-source' }, state: 'orphaned' })).toBe('Unreviewed · Anonymous source · orphaned')
  })
})
