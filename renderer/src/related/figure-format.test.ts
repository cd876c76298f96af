import { describe, expect, it } from 'vitest'
import { figuresAgree, formatFigure, inDateOrder, publicationDay } from './figure-format'

describe('figures as the reviewer reads them', () => {
  it('writes the bound in words', () => {
    expect(formatFigure({ value: 12, upper: null, bound: 'exact' })).toBe('12')
    expect(formatFigure({ value: 12, upper: null, bound: 'at-least' })).toBe('at least 12')
    expect(formatFigure({ value: 850, upper: null, bound: 'about' })).toBe('about 850')
    expect(formatFigure({ value: 1000, upper: 1100, bound: 'range' })).toBe('1,000–1,100')
    expect(formatFigure({ value: 6.8, upper: null, bound: 'exact' })).toBe('6.8')
  })

  it('agrees within bounds: "at least 12" and 15 fit, 12 and 4 do not', () => {
    expect(figuresAgree({ value: 12, upper: null, bound: 'at-least' }, { value: 15, upper: null, bound: 'exact' })).toBe(true)
    expect(figuresAgree({ value: 12, upper: null, bound: 'exact' }, { value: 4, upper: null, bound: 'exact' })).toBe(false)
  })

  it('orders reports by date and says when the dates tell which is later', () => {
    const later = inDateOrder([
      { item: 115, day: publicationDay('2023-08-22T10:00:00Z') },
      { item: 114, day: publicationDay('2023-08-20') },
    ])
    expect(later.ordered.map((v) => v.item)).toEqual([114, 115])
    expect(later.datesSayLater).toBe(true)
    const sameDay = inDateOrder([
      { item: 'a', day: '2023-08-22' },
      { item: 'b', day: '2023-08-22' },
    ])
    expect(sameDay.datesSayLater).toBe(false)
    const undated = inDateOrder([
      { item: 'a', day: null },
      { item: 'b', day: '2023-08-22' },
    ])
    expect(undated.ordered.map((v) => v.item)).toEqual(['b', 'a'])
    expect(undated.datesSayLater).toBe(false)
  })
})
