// The index line's counts, recounted from only the claims a save touched, equal a full count.
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../../bench/generate-workspace'
import { countClaims, recountClaims } from './article-summary'
import { replaceClaims } from './claim-lookup'
import { CORROBORATION_STATUSES } from './vocabulary'

describe('recountClaims', () => {
  it('after a series of edits, equals counting every claim again', () => {
    let claims = makeArticle(3, 60).claims
    countClaims(claims)
    for (let i = 0; i < 40; i++) {
      const target = claims[(i * 13) % claims.length]
      const changed = { ...target, corroboration: CORROBORATION_STATUSES[i % CORROBORATION_STATUSES.length], tags: i % 3 ? [`t${i % 4}`] : [], state: i % 7 === 0 ? ('dismissed' as const) : target.state }
      const next = replaceClaims(claims, [changed])
      expect(recountClaims(claims, next, [changed.id])).toEqual(countClaims(next.map((c) => ({ ...c }))))
      claims = next
    }
    const removed = claims.filter((_, i) => i !== 5)
    expect(recountClaims(claims, removed, [claims[5].id])).toEqual(countClaims(removed.map((c) => ({ ...c }))))
  })
})
