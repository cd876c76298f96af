// A large article serialised a chunk at a time is byte for byte what stableStringify writes.
import { describe, expect, it } from 'vitest'
import { makeArticle } from '../../bench/generate-workspace'
import { serialiseArticle } from './article-json'
import { stableStringify } from './durable-file'

describe('serialiseArticle', () => {
  it('gives stableStringify’s text for an article of more claims than one chunk', async () => {
    const file = makeArticle(7, 2100)
    file.claims[10] = { ...file.claims[10], note: 'line one\nline two, "quoted", tab\there, 한국어 \u2028 and \\ back' }
    file.article = { ...file.article, title: 'Ünïcode “title”\n' }
    expect(await serialiseArticle(file)).toBe(stableStringify(file))
  })

  it('gives stableStringify’s text for a small article and for one with no claims', async () => {
    const file = makeArticle(8, 3)
    expect(await serialiseArticle(file)).toBe(stableStringify(file))
    expect(await serialiseArticle({ ...file, claims: [] })).toBe(stableStringify({ ...file, claims: [] }))
  })
})
