// The annotations export against the W3C Web Annotation test suite's own MUST-level
// JSON schemas (vendored in __fixtures__/w3c-annotation-model with their licence): every
// assertion of annotationMusts.test on each annotation, of collectionMusts.test on the
// collection and of pageMusts.test on its embedded page.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { loadSuite, type Assertion } from './__fixtures__/w3c-annotation-model'
import { buildAnnotations } from './annotations'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const collection = buildAnnotations(files, { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji' })

const suite = loadSuite()
const annotationMusts = suite.assertions('annotations/annotationMusts.test')
const collectionMusts = suite.assertions('collections/collectionMusts.test')
const pageMusts = suite.assertions('collections/pages/pageMusts.test')

type Doc = Record<string, unknown>

/** An annotation as it reads on its own: the collection's @context applies to the annotations it embeds. */
function standalone(annotation: object): Doc {
  return { '@context': collection['@context'], ...structuredClone(annotation) }
}

/** The assertions a document does not meet, each as "file: the suite's error message". */
function failures(assertions: Assertion[], doc: unknown): string[] {
  return assertions
    .filter((a) => (a.validate(doc) ? 'valid' : 'invalid') !== a.expectedResult)
    .map((a) => `${a.file}: ${a.errorMessage}`)
}

describe('W3C annotation-model test suite (MUST assertions)', () => {
  it('runs the whole MUST lists of the suite', () => {
    expect(annotationMusts).toHaveLength(54)
    expect(collectionMusts).toHaveLength(10)
    expect(pageMusts).toHaveLength(15)
  })

  it('every exported annotation meets every MUST assertion', () => {
    expect(collection.first.items.length).toBeGreaterThan(5)
    for (const annotation of collection.first.items) {
      expect({ id: annotation.id, failed: failures(annotationMusts, standalone(annotation)) }).toEqual({ id: annotation.id, failed: [] })
    }
  })

  it('the collection and its embedded page meet every MUST assertion', () => {
    expect(failures(collectionMusts, collection)).toEqual([])
    expect(failures(pageMusts, collection)).toEqual([])
    expect(failures(pageMusts, { '@context': collection['@context'], ...collection.first })).toEqual([])
  })

  // The schemas must be able to fail: each broken export below is what a regression
  // in annotations.ts would produce, and the suite names the assertion it breaks.
  const first = () => standalone(collection.first.items[0]) as Doc & { target: { selector: Doc[] } }
  const broken: [string, () => unknown, string][] = [
    ['no @context', () => ({ ...first(), '@context': undefined }), '3.1-annotationContextValidated'],
    ['another @context', () => ({ ...first(), '@context': 'https://schema.org' }), '3.1-annotationContextValidated'],
    ['no id', () => ({ ...first(), id: undefined }), '3.1-annotationIdValidated'],
    ['id that is not a URI', () => ({ ...first(), id: 'claim c1' }), '3.1-annotationIdValidated'],
    ['type not Annotation', () => ({ ...first(), type: 'Note' }), '3.1-annotationTypeValidated'],
    ['no target', () => ({ ...first(), target: undefined }), '3.1-targetKeyFound'],
    ['both body and bodyValue', () => ({ ...first(), bodyValue: 'Corroborated' }), '3.2.5-notBodyBodyValue'],
    ['created not a date-time', () => ({ ...first(), created: '24/11/2026' }), '3.3.1-annotationCreatedValidated'],
    ['modified as a number', () => ({ ...first(), modified: 1764000000 }), '3.3.1-annotationModifiedValidated'],
    ['text quote without exact', () => {
      const doc = first()
      doc.target.selector[0] = { type: 'TextQuoteSelector', prefix: 'a', suffix: 'b' }
      return doc
    }, '4.2.4-textQuoteSelectorValid'],
    ['negative text position', () => {
      const doc = first()
      doc.target.selector[1] = { type: 'TextPositionSelector', start: -1, end: 4 }
      return doc
    }, '4.2-TextDataPositionSelectorValid'],
    ['text position as strings', () => {
      const doc = first()
      doc.target.selector[1] = { type: 'TextPositionSelector', start: '3', end: '9' }
      return doc
    }, '4.2-TextDataPositionSelectorValid'],
  ]
  it.each(broken)('fails an annotation with %s', (_name, make, assertion) => {
    const doc = JSON.parse(JSON.stringify(make())) // drops the undefined keys, as JSON does
    expect(failures(annotationMusts, doc).join('\n')).toContain(assertion)
  })

  it('fails a collection without a type or with a negative total', () => {
    expect(failures(collectionMusts, { ...collection, type: 'Collection' }).join('\n')).toContain('5.1-collectionTypeValidated')
    expect(failures(collectionMusts, { ...collection, total: -1 }).join('\n')).toContain('5.1-collectionTotalValidated')
  })
})
