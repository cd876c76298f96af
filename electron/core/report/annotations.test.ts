import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, KOREAN_TEXT, sampleArticleFile } from './__fixtures__/sample'
import { buildAnnotations, renderAnnotations, type WebAnnotation } from './annotations'
import { codePointOffsets } from './offsets'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji' }

describe('W3C Web Annotations', () => {
  const collection = buildAnnotations(files, options)
  // Only assessing annotations here; `linking` ones come with related claims (core/corroboration/report-sections.ts).
  const items = collection.first.items.filter((a): a is WebAnnotation => a.motivation === 'assessing')

  it('matches the reviewed golden file', async () => {
    await expect(renderAnnotations(files, options)).toMatchFileSnapshot('./__golden__/annotations.jsonld')
  })

  it('is an AnnotationCollection of assessing annotations, one per listed claim', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.total).toBe(7)
    expect(items).toHaveLength(7)
    for (const a of items) {
      expect(a.type).toBe('Annotation')
      expect(a.motivation).toBe('assessing')
      expect(a.id).toMatch(/^urn:claimdesk:claim:/)
      expect(a.body.length).toBeGreaterThan(0)
      for (const body of a.body) {
        expect(body.type).toBe('TextualBody')
        expect(typeof body.value).toBe('string')
      }
      expect(a.body.some((b) => b.purpose === 'assessing' && b.value.startsWith('Corroboration: '))).toBe(true)
      expect(a.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector'])
    }
  })

  it('targets the article URL, or a URN when there is none, with selectors that find the text', () => {
    const c2 = items.find((a) => a.id.endsWith(':c2'))!
    expect(c2.target.source).toBe('https://www.dailynk.com/english/explosion-chongjin-chemical-textile-factory/')
    const [quote, position] = c2.target.selector
    expect(quote).toMatchObject({ exact: 'Two people received serious injuries, while five received minor injuries.' })
    if (position.type !== 'TextPositionSelector' || quote.type !== 'TextQuoteSelector') throw new Error('selector order')
    expect(text.slice(position.start, position.end)).toBe(quote.exact)
    expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix)
    expect(c2.body).toContainEqual({ type: 'TextualBody', purpose: 'classifying', value: 'sourcing:anonymous-source' })
    expect(c2.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: '부상자' })
    expect(c2.creator).toEqual({ type: 'Person', name: 'Lee "Editor" Park' })
    expect(items.find((a) => a.id.endsWith(':k1'))!.target.source).toBe('urn:claimdesk:article:ko-1')
  })

  it('counts TextPositionSelector offsets in code points, as the model requires', () => {
    const k1 = items.find((a) => a.id.endsWith(':k1'))!
    const position = k1.target.selector[1]
    if (position.type !== 'TextPositionSelector') throw new Error('selector order')
    const codePoints = [...KOREAN_TEXT]
    expect(codePoints.slice(position.start, position.end).join('')).toBe('부상자는 "7명"이라고 한다')
    expect(position.start).toBe(files[1].claims[0].anchor.position.start - 1) // one emoji = two UTF-16 units
    const map = codePointOffsets('a😀b')
    expect([0, 1, 2, 3, 4].map(map)).toEqual([0, 1, 1, 2, 3])
    expect(codePointOffsets('plain')(3)).toBe(3)
  })
})
