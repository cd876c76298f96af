import { describe, expect, it } from 'vitest'
import { orderClaims } from './claim-order'

const claim = (id: string, start: number, checkworthiness: number) => ({ id, checkworthiness, anchor: { position: { start } } })

describe('claim order', () => {
  const claims = [claim('a', 0, 0.2), claim('b', 10, 0.9), claim('c', 20, 0.5), claim('d', 30, 0.9)]
  it('keeps text order by default, without copying', () => {
    expect(orderClaims(claims, 'text')).toBe(claims)
  })
  it('puts the most check-worthy first, ties in text order, and leaves the input alone', () => {
    expect(orderClaims(claims, 'score').map((c) => c.id)).toEqual(['b', 'd', 'c', 'a'])
    expect(claims.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd'])
  })
})
