import { describe, expect, it } from 'vitest'
import { articleLanguage, paragraphLanguageTag } from './text-language'

const KOREAN = '함경북도 소식통은 3일 데일리NK와의 통화에서 “청진 등 대도시에서 최근 젊은 사람들에게 전기 자전거나 타치폰(스마트폰)이 대세다”고 말했다.'
const ENGLISH = 'An explosion at a chemical factory in Chongjin killed several workers, a source in North Hamgyong Province told Daily NK.'

describe('language declared on article text', () => {
  it('keeps the tag from the page metadata', () => {
    expect(articleLanguage('ko-KR', ENGLISH)).toBe('ko-KR')
  })
  it('takes the script of the text when the page declared none', () => {
    expect(articleLanguage(null, KOREAN)).toBe('ko')
    expect(articleLanguage(null, 'Привет, мир. Это статья на русском языке о выборах.')).toBe('ru')
    expect(articleLanguage(null, '12 34 — 56')).toBeUndefined()
  })
  it('marks a Korean paragraph on an English page, and nothing else', () => {
    expect(paragraphLanguageTag('en', KOREAN)).toBe('ko')
    expect(paragraphLanguageTag('en', ENGLISH)).toBeUndefined()
    expect(paragraphLanguageTag('ko', KOREAN)).toBeUndefined()
    expect(paragraphLanguageTag('ko-KR', KOREAN)).toBeUndefined()
    expect(paragraphLanguageTag('ko', ENGLISH)).toBe('en')
  })
  it('does not guess English for a short German line of a German article', () => {
    expect(paragraphLanguageTag('de', 'Foto: Reuters')).toBeUndefined()
  })
})
