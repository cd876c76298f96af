// A stored related index is trusted only while it was built by the same rules. Code changes
// are not seen by the rules id's hash (rules-id.ts says why): this test sees them, and asks
// for the version to be bumped so that an index built by the old code is rebuilt.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { expect, it } from 'vitest'
import { relatedRulesId, RULES_VERSION } from './rules-id'

/** What profiling, linking and grouping run: a change to any of them may change what a build stores. */
const SOURCES = [
  'bounds.ts', 'cities.ts', 'claim-links.ts', 'conflicts.ts', 'counted-things.ts', 'event-partners.ts', 'event-vocabulary.ts', 'feature-ids.ts',
  'figures.ts', 'gazetteer.ts', 'groups.ts', 'linking.ts', 'number-words.ts', 'origins.ts', 'profile.ts', 'romanize.ts',
  '../../services/related-engine.ts', '../../services/related-index-file.ts',
]

/** Per rules version, the sources it was built by. A new entry with each bump; old ones stay. */
const BUILT_BY: Record<number, string> = {
  1: '1669972cbb5b57f8', // the version-1 code, read without comments or layout (session 22; was abe0cfc335ec9e05 over the raw text)
}

/** The code as the TypeScript printer prints it without comments: an edit to a comment or to layout builds the same index. */
function code(file: string, source: string): string {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  return ts.createPrinter({ removeComments: true }).printFile(parsed)
}

it('the rules version names the code that builds a stored related index (bump RULES_VERSION when this fails)', () => {
  const hash = createHash('sha256')
  for (const file of SOURCES) hash.update(code(file, readFileSync(join(__dirname, file), 'utf8')))
  const digest = hash.digest('hex').slice(0, 16)
  expect(Object.values(BUILT_BY).filter((d) => d === digest).length, 'each version is one state of the code').toBeLessThanOrEqual(1)
  expect(digest, `profiling, linking or grouping changed: bump RULES_VERSION in rules-id.ts and add ${RULES_VERSION + 1}: '${digest}' above`).toBe(BUILT_BY[RULES_VERSION])
  expect(Math.max(...Object.keys(BUILT_BY).map(Number))).toBe(RULES_VERSION)
})

it('the rules id carries the version and is the same from call to call', () => {
  expect(relatedRulesId()).toMatch(new RegExp(`^related-${RULES_VERSION}-[0-9a-f]+$`))
  expect(relatedRulesId()).toBe(relatedRulesId())
})
