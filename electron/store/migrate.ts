// Step-by-step migrations, one function per version step (upgradeV1toV2 ...), so a file
// written by any earlier Claimdesk opens in this one. Version 1 is the first format:
// there is nothing to migrate yet, but the mechanism and its checks are in place.
import { SCHEMA_VERSION } from '../core/schema'

type Upgrade = (file: Record<string, unknown>) => Record<string, unknown>

/** UPGRADES[n] turns a version-n file into a version-(n+1) file. */
const UPGRADES: Record<number, Upgrade> = {}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly newerVersion = false,
  ) {
    super(message)
  }
}

export function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('not a JSON object')
  }
  let file = raw as Record<string, unknown>
  const version = file.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError('missing or invalid schemaVersion')
  }
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(
      `written by a newer Claimdesk (schema version ${version}; this one reads up to ${SCHEMA_VERSION})`,
      true,
    )
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const upgrade = UPGRADES[v]
    if (!upgrade) throw new MigrationError(`no migration from schema version ${v}`)
    file = { ...upgrade(file), schemaVersion: v + 1 }
  }
  return file
}
