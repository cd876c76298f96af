// Why a file cannot be brought to this version's format is a message code (issue 11); its
// English is what MigrationError said before, character for character, and the notices and
// refusals built on it carry the code for the window.
import { expect, it } from 'vitest'
import { formatMessage, message } from '../core/messages'
import { SCHEMA_VERSION } from '../core/schema'
import { validateLoaded } from './article-load'
import { migrate, MigrationError } from './migrate'

function failure(raw: unknown): MigrationError {
  try {
    migrate(raw)
  } catch (error) {
    if (error instanceof MigrationError) return error
    throw error
  }
  throw new Error('migrated')
}

it('each reason: the English it always had, and its code', () => {
  const newer = SCHEMA_VERSION + 98
  expect(failure(null)).toMatchObject({ message: 'not a JSON object', text: { code: 'migration.notObject' }, newerVersion: false })
  expect(failure([])).toMatchObject({ message: 'not a JSON object' })
  expect(failure({ schemaVersion: 0 })).toMatchObject({ message: 'missing or invalid schemaVersion', text: { code: 'migration.noVersion' } })
  expect(failure({ schemaVersion: newer })).toMatchObject({
    message: `written by a newer Claimdesk (schema version ${newer}; this one reads up to ${SCHEMA_VERSION})`,
    text: { code: 'migration.newer', values: { version: newer, current: SCHEMA_VERSION } },
    newerVersion: true,
  })
  // No step is missing today (version 1 is the first format); its words are kept ready.
  expect(formatMessage(message('migration.noMigration', { version: 1 }))).toBe('no migration from schema version 1')
})

it('an article file read on first use: a newer file is held with the code; a file that is no object is reported as invalid content', () => {
  const newer = validateLoaded({ schemaVersion: SCHEMA_VERSION + 1, article: { id: 'a1' } }, '/w/articles/a1.json')
  expect(newer).toMatchObject({
    status: 'skipped',
    held: { id: 'a1' },
    notice: { file: '/w/articles/a1.json', movedTo: '/w/articles/a1.json', reason: `written by a newer Claimdesk (schema version ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION})`, why: { code: 'migration.newer' } },
  })
  const notObject = validateLoaded('text', '/w/articles/a2.json')
  expect(notObject).toMatchObject({
    status: 'skipped',
    notice: { reason: 'invalid content at (root): not a JSON object', why: { code: 'notice.invalidContent', values: { path: '(root)', detail: { code: 'migration.notObject' } } } },
  })
})
