// The English of what the store says (part of ./en.ts, kept apart for size): changes kept
// unsaved and why, a file the system refused, a file another program changed, who holds the
// workspace lock, and why a file cannot be brought to this version's format.
export const storeMessages = {
  // Changes kept in memory (store/write-guard.ts): the header's line and its reasons.
  unsaved: {
    summary_one: '{{count}} change not saved: {{reasons}}',
    summary_other: '{{count}} changes not saved: {{reasons}}',
    // Two reasons or more, one after the other ("the disk is full; the file is locked …").
    andAlso: '{{first}}; {{rest}}',
    inUseBy: 'the workspace is in use by {{holder}}',
    changedUnreadable: 'the file was changed by another program into one this version cannot read ({{detail}})',
    closeRefused: '{{unsaved}}. Free the file or the disk and save again; quitting now would lose it.',
  },
  // A save or read the file system refused (store/file-system.ts describeFileError).
  fileError: {
    locked: 'the file is locked by another program (or permission was denied)',
    diskFull: 'the disk is full',
    readOnly: 'the workspace folder is read-only',
    io: 'the disk reported an input/output error',
    folderGone: 'the folder no longer exists',
    refused: 'the file system refused ({{detail}})',
    beingWritten: '{{path}} is being written by another program; try again in a moment',
  },
  // An open article's file changed on disk and was reloaded (store/article-writing.ts).
  external: {
    reloaded: '“{{title}}” was changed by another program while open and was reloaded.',
    reloadedKept: '“{{title}}” was changed by another program while open and was reloaded; your change was kept.',
    bothChanged:
      "“{{title}}” was changed by another program while open; both changed {{fields}}: your change was kept and the other version is in the claim's history.",
    // A list of names, one after the other ("note, tags").
    list: '{{first}}, {{rest}}',
    evidence: 'evidence {{id}}',
    deletedOnDisk: 'deleted on disk, kept with your change',
    deletedHere: 'deleted here, changed on disk: kept',
    article: 'article',
  },
  // A part of a claim both sides changed, by its name in the file (store/article-rebase.ts CLAIM_KEYS).
  claimPart: {
    anchor: 'anchor',
    origin: 'origin',
    state: 'state',
    checkworthiness: 'checkworthiness',
    signals: 'signals',
    sourcing: 'sourcing',
    hedge: 'hedge',
    reliability: 'reliability',
    credibility: 'credibility',
    corroboration: 'corroboration',
    evidence: 'evidence',
    note: 'note',
    tags: 'tags',
    createdAt: 'createdAt',
  },
  // Who holds the workspace lock, and the refusal another writer gets (store/workspace-lock.ts).
  // A holder that is a command ("claimdesk merge") stays as it is typed.
  workspaceLock: {
    app: 'the Claimdesk app',
    starting: 'another Claimdesk process (starting up)',
    here: '{{holder}} (process {{pid}}, since {{since}})',
    elsewhere: '{{holder}} (process {{pid}} on {{host}}, since {{since}})',
    inUse: 'The workspace {{dir}} is in use by {{holder}}; nothing was changed. Close it there first.',
  },
  // A moment in UTC as the CLI prints it; the window shows it in the reader's own time zone.
  time: {
    utc: '{{at}} UTC',
  },
  // Why an article file cannot be brought to this version's format (store/migrate.ts).
  migration: {
    notObject: 'not a JSON object',
    noVersion: 'missing or invalid schemaVersion',
    newer: 'written by a newer Claimdesk (schema version {{version}}; this one reads up to {{current}})',
    noMigration: 'no migration from schema version {{version}}',
  },
} as const
