// Names the rules a stored related index was built by (services/related-index-file.ts): a
// segment built by other rules is rebuilt, never trusted. A version to bump with any change
// to profiling, linking or grouping (rules-id.test.ts fails until it is bumped), and a hash
// of the tables they read (vocabularies, gazetteers, the language packs' number words), so
// a change there rebuilds without anyone remembering. Function sources are not hashed:
// the app's and the CLI's bundles print them differently, and each would rebuild the other's.
import { PACKS } from '../lang'
import { BOUND_CUES, RANGE_JOINERS } from './bounds'
import { CITIES } from './cities'
import { COUNTED_THING_CUES, PEOPLE_WORDS } from './counted-things'
import { MAX_PARTNERS } from './event-partners'
import { EVENT_CONCEPTS, FAMILIES } from './event-vocabulary'
import { PLACES } from './gazetteer'
import { MAX_GROUP_CLAIMS } from './groups'
import { MAX_EVENT_DAYS } from './linking'
import { ORIGINS } from './origins'

/** Bump with any change to profiling, linking or grouping the hash below may not see. */
export const RULES_VERSION = 1

function fnv(text: string): string {
  let h = 0x811c9dc5
  let g = 0x01000193
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    g = Math.imul(g ^ text.charCodeAt(i), 0x5bd1e995)
  }
  return `${(h >>> 0).toString(16)}${(g >>> 0).toString(16)}`
}

let cached: string | null = null

export function relatedRulesId(): string {
  if (cached) return cached
  const tables = [EVENT_CONCEPTS, FAMILIES, PLACES, CITIES, ORIGINS, COUNTED_THING_CUES, PEOPLE_WORDS, BOUND_CUES, RANGE_JOINERS, Object.values(PACKS).map((p) => p.numbers), MAX_PARTNERS, MAX_GROUP_CLAIMS, MAX_EVENT_DAYS]
  const text = JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof RegExp ? `/${value.source}/${value.flags}` : value instanceof Set ? [...value] : value instanceof Map ? [...value] : typeof value === 'function' ? undefined : value,
  )
  cached = `related-${RULES_VERSION}-${fnv(text)}`
  return cached
}
