// Loads the vendored W3C annotation-model test suite (./w3c-annotation-model, see its
// README for source and licence) into ajv. The suite is JSON Schema draft-04; ajv 8 reads
// draft-07, so each schema is converted on load in the only two places the drafts differ
// for these files: `id` becomes `$id`, and draft-04's boolean `exclusiveMinimum` becomes
// draft-07's number. `$schema` is dropped (ajv would look up the draft-04 meta-schema).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv, { type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

export const SUITE_DIR = fileURLToPath(new URL('./w3c-annotation-model/', import.meta.url))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Schema = { [key: string]: Json }

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies'])
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'items'])
const SCHEMA_VALUES = new Set(['not', 'items', 'additionalProperties', 'additionalItems'])

function isObject(value: Json): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A draft-04 schema as draft-07, walking only schema positions (a property named "id" stays). */
export function fromDraft04(schema: Json): Json {
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

export interface Assertion {
  /** Path in the suite, e.g. "annotations/3.1-annotationContextValidated.json". */
  file: string
  title: string
  errorMessage: string
  expectedResult: 'valid' | 'invalid'
  validate: ValidateFunction
}

/** The suite's definitions loaded into one ajv instance, and a compiler for its assertions. */
export function loadSuite(): { ajv: Ajv; assertions: (testFile: string) => Assertion[] } {
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
