// Every word the core, services and main make for the window is a code of one catalogue:
// a code they can emit without an entry would reach a Korean window as a raw key.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { coreMessages, formatMessage, knownCode, message } from '.'
import { ClaimdeskError } from '../errors'
import { CLAIM_FIELD_NAMES } from '../claim-fields'
import { COUNTED_THINGS } from '../corroboration/counted-things'
import { describeNotice, noticeMessage } from '../notices'
import { suggestCorroboration } from '../review'

const ELECTRON = join(__dirname, '..', '..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === '__fixtures__' || name === 'node_modules' ? [] : sources(path)
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

/** The codes written out in the sources: message('a.b', …), mt('a.b'), and 'a.b' where a code is typed. */
function codesInSources(): { file: string; code: string }[] {
  const groups = Object.keys(coreMessages).join('|')
  const literal = new RegExp(`['\`]((?:${groups})\\.[A-Za-z_]+)['\`]`, 'g')
  return sources(ELECTRON).flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(literal)].map((m) => ({ file: relative(ELECTRON, path), code: m[1] })),
  )
}

describe('core message catalogue', () => {
  it('has an entry for every code the sources emit', () => {
    const found = codesInSources()
    expect(found.length).toBeGreaterThan(100)
    expect(found.filter((f) => !knownCode(f.code))).toEqual([])
    // Codes made from a name at run time: every claim field and every counted thing.
    expect(CLAIM_FIELD_NAMES.map((f) => `field.${f.replace('.', '_')}`).filter((c) => !knownCode(c))).toEqual([])
    expect(COUNTED_THINGS.map((t) => `counted.${t}`).filter((c) => !knownCode(c))).toEqual([])
  })

  it('finds a code that is not in the catalogue (the check above can fail)', () => {
    expect(knownCode('notice.noSuchNotice')).toBe(false)
    expect(knownCode('nosuchgroup.key')).toBe(false)
    expect(knownCode('notice.logApplied')).toBe(true) // a plural is one code
  })

  it('gives the English the CLI prints, with values, plurals and messages inside messages', () => {
    expect(formatMessage(message('notice.logApplied', { title: 'Blast', count: 1 }))).toBe('“Blast” changed on disk after edits were saved to its change log; 1 logged edit was applied on top')
    expect(formatMessage(message('notice.logApplied', { title: 'Blast', count: 3 }))).toMatch(/3 logged edits were applied/)
    expect(formatMessage(message('undo.setField', { field: message('field.corroboration') }))).toBe('Set corroboration')
    const notice = { file: '/w/articles/a.json', movedTo: '/w/articles/a.json', reason: 'x', why: message('notice.keptChanging') }
    expect(describeNotice(notice)).toBe(`Could not open /w/articles/a.json: ${formatMessage(notice.why)}. It was left untouched.`)
    expect(noticeMessage(notice).values?.reason).toEqual(notice.why)
    // Not HTML-escaped: the window's React escapes, the CLI prints as it is.
    expect(formatMessage(message('error.noClaim', { id: '<a&b>' }))).toBe('No claim with id <a&b> in this article.')
  })

  it('a refusal made from a code keeps it for the window and its English as the message', () => {
    const error = new ClaimdeskError('not-found', message('error.noArticle', { id: 'x1' }))
    expect(error.message).toBe('No article with id x1 in this workspace.')
    expect(error.detail).toEqual({ code: 'error.noArticle', values: { id: 'x1' } })
    expect(new ClaimdeskError('internal', 'plain').detail).toBeUndefined()
  })

  it('the corroboration suggestion says why as a code', () => {
    const item = (stance: 'supports' | 'contradicts', url: string) => ({ id: url, citation: url, url, note: '', stance, independent: true, addedAt: '2026-01-01T00:00:00.000Z' })
    const two = suggestCorroboration([item('supports', 'https://a.example/1'), item('supports', 'https://b.example/2')] as never)
    expect(two).toEqual({ value: 'corroborated', reason: { code: 'suggestion.corroborated', values: { count: 2 } } })
    expect(formatMessage(two.reason)).toBe('2 independent supporting sources from different origins')
    expect(formatMessage(suggestCorroboration([item('contradicts', 'https://a.example/1')] as never).reason)).toBe('1 independent contradicting item')
  })
})
