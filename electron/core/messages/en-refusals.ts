// The English of more refusals and notices (part of ./en.ts, kept apart for size): restoring a
// removed article (services/article-removal.ts), link decisions (services/related.ts), a
// settings change (services/settings.ts) and the app's settings file (store/settings-file.ts).
export const refusalMessages = {
  restoreError: {
    notRemoval: '“{{id}}” is not a removed article\'s file name.',
    gone: 'The removed article {{id}} is no longer in {{dir}}/; nothing was restored.',
    unreadable: 'The removed article {{id}} cannot be restored: {{detail}}. The file was left as it is.',
    otherArticle: '{{id}} holds article {{holds}}, not {{expected}}; it was left as it is.',
    notListed: '“{{title}}” was written back but is not in the article list.',
  },
  linkError: {
    notDecision: '"{{status}}" is not a link decision (suggested, confirmed or rejected).',
  },
  // A settings change refused (services/settings.ts); zod's words as a code (zodIssue.*).
  settingsError: {
    invalid: 'Invalid setting: {{detail}}',
    invalidAt: 'Invalid setting ({{path}}): {{detail}}',
  },
  settingsNotice: {
    notSaved: '{{reason}}; changes to settings are not saved',
    reset: '{{reason}} (reset to default: {{fields}})',
    notObject: 'not a JSON object',
    noVersion: 'missing or invalid schemaVersion',
    newer: 'written by a newer Claimdesk (settings version {{version}}; this one reads up to {{current}})',
    noMigration: 'no migration from settings version {{version}}',
  },
} as const
