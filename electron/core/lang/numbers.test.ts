import { describe, expect, it } from 'vitest'
import { numbersIn, parseNumberWords } from './index'

describe('language packs: number words', () => {
  it.each([
    ['twelve', 'en', 12],
    ['twenty-three', 'en', 23],
    ['two hundred and five', 'en', 205],
    ['one thousand two hundred', 'en', 1200],
    ['2.5 million', 'en', 2.5e6],
    ['1,200', 'en', 1200],
    ['quince', 'es', 15],
    ['treinta y dos', 'es', 32],
    ['doscientos mil', 'es', 200000],
    ['drei', 'de', 3],
    ['dreiundzwanzig', 'de', 23],
    ['zweihundert', 'de', 200],
    ['1,5 Millionen', 'de', 1.5e6],
    ['1.200', 'de', 1200],
    ['quatre-vingt-dix', 'fr', 90],
    ['quatre-vingts', 'fr', 80],
    ['vingt-deux', 'fr', 22],
    ['soixante-dix', 'fr', 70],
    ['trois mille', 'fr', 3000],
    ['двадцать пять', 'ru', 25],
    ['трех', 'ru', 3],
    ['две тысячи', 'ru', 2000],
    ['열두', 'ko', 12],
    ['삼십오', 'ko', 35],
    ['이백삼십', 'ko', 230],
    ['3만', 'ko', 30000],
    ['1억 2천만', 'ko', 120000000],
  ] as const)('%s (%s) is %d', (phrase, lang, value) => {
    expect(parseNumberWords(phrase, lang)).toBe(value)
  })

  it('returns null for words that are not numbers', () => {
    expect(parseNumberWords('fire', 'en')).toBeNull()
    expect(parseNumberWords('Polizei', 'de')).toBeNull()
  })

  it('finds figures with their bounds in running text', () => {
    const es = numbersIn('Hubo al menos quince muertos y 38 heridos.', 'es')
    expect(es.map((n) => [n.text, n.value, n.bound])).toEqual([
      ['quince', 15, 'at-least'],
      ['38', 38, 'exact'],
    ])
    const en = numbersIn('At least twenty-three people died and more than 1,200 were evacuated.', 'en')
    expect(en.map((n) => [n.value, n.bound])).toEqual([
      [23, 'at-least'],
      [1200, 'more-than'],
    ])
    const ko = numbersIn('주민 열두 명이 다쳤고 최소 3만명이 대피했다.', 'ko')
    expect(ko.map((n) => [n.text, n.value, n.bound])).toEqual([
      ['열두', 12, 'exact'],
      ['3만', 30000, 'at-least'],
    ])
    const de = numbersIn('Mindestens drei Menschen wurden verletzt.', 'de')
    expect(de.map((n) => [n.value, n.bound])).toEqual([[3, 'at-least']])
  })
})
