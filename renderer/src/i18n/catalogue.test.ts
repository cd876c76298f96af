// The message catalogue: complete, well-formed, typed, and a translation falls back key by key.
import { describe, expect, it } from 'vitest'
import { t, createTranslator } from '.'
import { CATALOGUE_PARTS, en } from './en'
import { koPartial } from './__fixtures__/ko-partial'
import { pseudoCatalogue, pseudoMessage } from './__fixtures__/pseudo-locale'
import { CORROBORATION_LABELS, CREDIBILITY_LABELS, RELIABILITY_LABELS, SOURCING_LABELS } from '../../../electron/core/vocabulary'

function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]]
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key))
}
const values = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
const PLURAL = /_(zero|one|two|few|many|other)$/

describe('English catalogue', () => {
  const entries = leaves(en)

  it('its parts share no top-level key (a later part would silently replace an earlier one)', () => {
    const keys = Object.values(CATALOGUE_PARTS).flatMap((part) => Object.keys(part))
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([])
  })

  it('every message has text, balanced {{values}} and emphasis tags', () => {
    // Empty is allowed nowhere: an empty message would show nothing.
    expect(entries.filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([])
    expect(entries.filter(([, text]) => (text.match(/\{\{/g) ?? []).length !== (text.match(/\}\}/g) ?? []).length).map(([key]) => key)).toEqual([])
    expect(entries.filter(([, text]) => (text.match(/<(em|strong)>/g) ?? []).length !== (text.match(/<\/(em|strong)>/g) ?? []).length).map(([key]) => key)).toEqual([])
  })

  it('every plural has the forms English needs (one and other), both with the same values', () => {
    const plurals = entries.filter(([key]) => PLURAL.test(key))
    const bases = [...new Set(plurals.map(([key]) => key.replace(PLURAL, '')))]
    for (const base of bases) {
      const one = entries.find(([key]) => key === `${base}_one`)?.[1]
      const other = entries.find(([key]) => key === `${base}_other`)?.[1]
      expect({ base, one: typeof one, other: typeof other }).toEqual({ base, one: 'string', other: 'string' })
      expect(values(other!)).toContain('count')
    }
  })

  it('names the domain values in the words reports and the CLI print (electron/core/vocabulary.ts)', () => {
    expect(en.vocabulary.sourcing).toEqual(SOURCING_LABELS)
    expect(en.vocabulary.corroboration).toEqual(CORROBORATION_LABELS)
    expect(en.vocabulary.reliability).toEqual(RELIABILITY_LABELS)
    expect({ ...en.vocabulary.credibility }).toEqual(Object.fromEntries(Object.entries(CREDIBILITY_LABELS)))
  })

  it('t() fills in values and picks the plural by count', () => {
    expect(t('header.progress', { reviewed: 3, total: 17 })).toBe('3 of 17 claims reviewed')
    expect(t('removal.detail', { count: 1 })).toMatch(/^Its 1 claim and/)
    expect(t('removal.detail', { count: 12 })).toMatch(/^Its 12 claims and/)
    // Not HTML-escaped: React escapes what it renders.
    expect(t('removal.confirm', { title: 'Q&A <live>' })).toBe('Remove “Q&A <live>” from the workspace?')
  })

  it('types every key and every value: a wrong key or a missing value fails typecheck', () => {
    // These lines are checked by `npm run typecheck` (tsconfig.web.json); each must stay an error.
    // @ts-expect-error: no such key
    expect(t('header.noSuchKey')).toBe('header.noSuchKey')
    // @ts-expect-error: the message needs {{query}}
    expect(t('search.noMatch')).toContain('No claims match')
  })
})

describe('other languages fall back to English key by key', () => {
  it('a partial Korean catalogue shows what it has and English for the rest', () => {
    const ko = createTranslator('ko-KR', { ko: { translation: koPartial } })
    expect(ko.resolvedLanguage).toBe('ko')
    expect(ko.t('header.undo')).toBe('실행 취소')
    expect(ko.t('header.progress', { reviewed: 3, total: 17 })).toBe('주장 17개 중 3개 검토함')
    expect(ko.t('settings.themes.dark')).toBe('어둡게')
    // Missing keys, also beside a translated sibling: English.
    expect(ko.t('header.redo')).toBe('Redo')
    expect(ko.t('settings.themes.light')).toBe('Light')
    expect(ko.t('search.noMatch', { query: '폭발' })).toBe('No claims match “폭발”.')
  })

  it('Korean plurals take the one Korean form, for 1 as for many', () => {
    const ko = createTranslator('ko', { ko: { translation: koPartial } })
    expect(ko.t('removal.detail', { count: 1 })).toBe('주장 1개와 그 검토가 함께 옮겨집니다.')
    expect(ko.t('removal.detail', { count: 5 })).toBe('주장 5개와 그 검토가 함께 옮겨집니다.')
    // A plural the Korean catalogue lacks: the English forms, chosen by English rules.
    expect(ko.t('omitted.title', { count: 1 })).toBe('1 review left out of the ClaimReview file')
    expect(ko.t('omitted.title', { count: 2 })).toBe('2 reviews left out of the ClaimReview file')
  })

  it('a language with no catalogue is English', () => {
    const fr = createTranslator('fr-FR')
    expect(fr.t('header.undo')).toBe('Undo')
    expect(fr.t('removal.detail', { count: 2 })).toMatch(/^Its 2 claims/)
  })

  it('a pseudo-locale built from the catalogue replaces every message and keeps every value', () => {
    const pseudo = createTranslator('x-pseudo', { 'x-pseudo': { translation: pseudoCatalogue(en) as Record<string, unknown> } })
    const fill = (message: string) => Object.fromEntries(values(message).map((v) => [v, `<${v}>`]))
    for (const [key, message] of leaves(en)) {
      const base = key.replace(PLURAL, '')
      const count = key.endsWith('_one') ? 1 : 2
      const options = { ...fill(message), ...(PLURAL.test(key) ? { count } : {}) }
      const shown = String(pseudo.t(base as never, options as never))
      // Bracketed: the pseudo message was found, not the English fallback; every value was filled in.
      expect({ key, shown: shown.startsWith('[') && shown.endsWith(']') }).toEqual({ key, shown: true })
      for (const v of values(message)) if (v !== 'count') expect({ key, has: shown.includes(`<${v}>`) }).toEqual({ key, has: true })
    }
    expect(pseudo.t('header.undo')).toBe(pseudoMessage('Undo'))
  })
})
