// The annotations export against the W3C Web Annotation test suite's own MUST-level
// JSON schemas (vendored in __fixtures__/w3c-annotation-model with their licence): every
// assertion of annotationMusts.test on each annotation, of collectionMusts.test on the
// collection and of pageMusts.test on its embedded page.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { buildAnnotations } from './annotations'

// The suite is JSON Schema draft-04; ajv 8 reads draft-07, so each schema is converted
// on load in the only two places the drafts differ for these files: `id` becomes `$id`,
// and draft-04's boolean `exclusiveMinimum` becomes draft-07's number. `$schema` is
// dropped (ajv would look up the draft-04 meta-schema). (Kept in this test file: core's
// layering forbids node: imports outside tests.)
const SUITE_DIR = fileURLToPath(new URL('./__fixtures__/w3c-annotation-model/', import.meta.url))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Schema = { [key: string]: Json }

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies'])
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'items'])
const SCHEMA_VALUES = new Set(['not', 'items', 'additionalProperties', 'additionalItems'])

function isObject(value: Json): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A draft-04 schema as draft-07, walking only schema positions (a property named "id" stays). */
function fromDraft04(schema: Json): Json {
  if (!isObject(schema)) return schema
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') continue
    if (key === 'id' && typeof value === 'string') out.$id = value
    else if (key === 'exclusiveMinimum' && typeof value === 'boolean') continue // folded below
    else if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromDraft04(v)]))
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(fromDraft04)
    else if (SCHEMA_VALUES.has(key) && isObject(value)) out[key] = fromDraft04(value)
    else out[key] = value
  }
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    out.exclusiveMinimum = schema.minimum
    delete out.minimum
  }
  return out
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json
}

interface Assertion {
  /** Path in the suite, e.g. "annotations/3.1-annotationContextValidated.json". */
  file: string
  title: string
  errorMessage: string
  expectedResult: 'valid' | 'invalid'
  validate: ValidateFunction
}

/** The suite's definitions loaded into one ajv instance, and a compiler for its assertions. */
function loadSuite(): { ajv: Ajv; assertions: (testFile: string) => Assertion[] } {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
  const definitions = join(SUITE_DIR, 'definitions')
  for (const name of readdirSync(definitions).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(fromDraft04(readJson(join(definitions, name))) as Schema, name)
  }
  const assertions = (testFile: string): Assertion[] => {
    const test = readJson(join(SUITE_DIR, testFile)) as { assertions: string[] }
    return test.assertions.map((file) => {
      const raw = readJson(join(SUITE_DIR, file)) as Schema
      if (raw.assertionType !== 'must') throw new Error(`${file} is not a MUST assertion`)
      return {
        file: relative(SUITE_DIR, join(SUITE_DIR, file)),
        title: String(raw.title),
        errorMessage: String(raw.errorMessage),
        expectedResult: raw.expectedResult === 'invalid' ? 'invalid' : 'valid',
        validate: ajv.compile(fromDraft04(raw) as Schema),
      }
    })
  }
  return { ajv, assertions }
}


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
