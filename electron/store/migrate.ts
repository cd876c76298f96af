// Step-by-step migrations, one function per version step (upgradeV1toV2 ...), so a file
// written by any earlier Claimdesk opens in this one. Version 1 is the first format:
// there is nothing to migrate yet, but the mechanism and its checks are in place.
import { formatMessage, message, type Message } from '../core/messages'
import { SCHEMA_VERSION } from '../core/schema'

type Upgrade = (file: Record<string, unknown>) => Record<string, unknown>

/** UPGRADES[n] turns a version-n file into a version-(n+1) file. */
const UPGRADES: Record<number, Upgrade> = {}

/** Why a file cannot be migrated: `text` as a code, its English as the Error's message. */
export class MigrationError extends Error {
  constructor(
    readonly text: Message,
    readonly newerVersion = false,
  ) {
    super(formatMessage(text))
  }
}

/** Why a file did not read: a migration's reason as its code, anything else as its words. */
export function readFailure(error: unknown): string | Message {
  return error instanceof MigrationError ? error.text : (error as Error).message
}

export function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError(message('migration.notObject'))
  }
  let file = raw as Record<string, unknown>
  const version = file.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError(message('migration.noVersion'))
  }
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(message('migration.newer', { version, current: SCHEMA_VERSION }), true)
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const upgrade = UPGRADES[v]
    if (!upgrade) throw new MigrationError(message('migration.noMigration', { version: v }))
    file = { ...upgrade(file), schemaVersion: v + 1 }
  }
  return file
}
