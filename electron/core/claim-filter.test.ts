import { describe, expect, it } from 'vitest'
import { isFiltering, isWorthChecking, matchesFilter, NO_FILTER } from './claim-filter'
import { unreviewedClaim } from './claims'

function claim(checkworthiness: number) {
  return unreviewedClaim(
    {
      id: `c${checkworthiness}`,
      anchor: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
      origin: 'extracted',
      checkworthiness,
      signals: [],
      sourcing: { type: 'unattributed', suggested: 'unattributed', confirmed: false, attribution: null, cue: null },
      hedge: { hedged: false, cue: null },
    },
    '2026-03-01T00:00:00.000Z',
  )
}

describe('worth checking', () => {
  it('keeps claims at or above 0.5 when the filter is on, all of them when it is off', () => {
    const claims = [claim(0.49), claim(0.5), claim(0.9)]
    expect(claims.filter(isWorthChecking).map((c) => c.checkworthiness)).toEqual([0.5, 0.9])
    const filter = { ...NO_FILTER, worthChecking: true }
    expect(isFiltering(filter)).toBe(true)
    expect(claims.filter((c) => matchesFilter(c, filter)).map((c) => c.checkworthiness)).toEqual([0.5, 0.9])
    expect(claims.filter((c) => matchesFilter(c, NO_FILTER))).toHaveLength(3)
  })
})
