// One table of keyboard shortcuts: the "?" overlay shows it, App handles it.
import { CORROBORATION_STATUSES } from '../../electron/core/vocabulary'
import { CORROBORATION_LABELS } from './i18n/vocabulary'
import { t } from './i18n'

export const CORROBORATION_KEYS = CORROBORATION_STATUSES.slice(1) // 1..5; 0 resets to unreviewed

/** Editing the selected claim's span from the keyboard, a word at a time. */
export const SPAN_KEYS: Record<string, { edge: 'start' | 'end'; direction: 1 | -1 }> = {
  ']': { edge: 'end', direction: 1 },
  '[': { edge: 'end', direction: -1 },
  '{': { edge: 'start', direction: -1 },
  '}': { edge: 'start', direction: 1 },
}

/** A key combination with its modifier names from the catalogue ("Strg+Z" in German, say). */
export function combo(...keys: string[]): string {
  const named: Record<string, string> = { ctrl: t('keys.ctrl'), shift: t('keys.shift') }
  return keys.map((k) => named[k] ?? k).join('+')
}

export const CONFLICTS_KEYS = combo('ctrl', 'shift', 'C')

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'j / ↓', action: t('shortcuts.next') },
  { keys: 'k / ↑', action: t('shortcuts.previous') },
  ...CORROBORATION_KEYS.map((s, i) => ({ keys: String(i + 1), action: t('shortcuts.corroboration', { status: CORROBORATION_LABELS[s] }) })),
  { keys: '0', action: t('shortcuts.corroboration', { status: CORROBORATION_LABELS.unreviewed }) },
  { keys: 's', action: t('shortcuts.sourcing') },
  { keys: 'e', action: t('shortcuts.evidence') },
  { keys: 'n', action: t('shortcuts.note') },
  { keys: 'c', action: t('shortcuts.makeClaim') },
  { keys: 'x', action: t('shortcuts.split') },
  { keys: '] / [', action: t('shortcuts.endLater') },
  { keys: '{ / }', action: t('shortcuts.startEarlier') },
  { keys: 'm', action: t('shortcuts.merge') },
  { keys: 'd', action: t('shortcuts.dismiss') },
  { keys: t('keys.delete'), action: t('shortcuts.delete') },
  { keys: '/', action: t('shortcuts.search') },
  { keys: `${combo('ctrl', 'Z')} / ⌘Z`, action: t('header.undo') },
  { keys: `${combo('shift', 'ctrl', 'Z')} / ⇧⌘Z`, action: t('header.redo') },
  { keys: combo('ctrl', 'O'), action: t('shortcuts.import') },
  { keys: combo('ctrl', 'E'), action: t('shortcuts.export') },
  { keys: CONFLICTS_KEYS, action: t('shortcuts.conflicts') },
  { keys: t('keys.esc'), action: t('shortcuts.back') },
  { keys: '?', action: t('shortcuts.thisList') },
]
