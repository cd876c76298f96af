// One table of keyboard shortcuts: the "?" overlay shows it, App handles it.
import { CORROBORATION_LABELS, CORROBORATION_STATUSES } from '../../electron/core/vocabulary'

export const CORROBORATION_KEYS = CORROBORATION_STATUSES.slice(1) // 1..5; 0 resets to unreviewed

/** Editing the selected claim's span from the keyboard, a word at a time. */
export const SPAN_KEYS: Record<string, { edge: 'start' | 'end'; direction: 1 | -1 }> = {
  ']': { edge: 'end', direction: 1 },
  '[': { edge: 'end', direction: -1 },
  '{': { edge: 'start', direction: -1 },
  '}': { edge: 'start', direction: 1 },
}

export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'j / ↓', action: 'Next claim' },
  { keys: 'k / ↑', action: 'Previous claim' },
  ...CORROBORATION_KEYS.map((s, i) => ({ keys: String(i + 1), action: `Corroboration: ${CORROBORATION_LABELS[s]}` })),
  { keys: '0', action: 'Corroboration: Unreviewed' },
  { keys: 's', action: 'Sourcing (focus the field)' },
  { keys: 'e', action: 'Add evidence' },
  { keys: 'n', action: 'Note (focus the field)' },
  { keys: 'c', action: 'Make a claim of the selected text (or of the next sentence that is not one)' },
  { keys: 'x', action: 'Split the claim at the cursor (or at its middle clause)' },
  { keys: '] / [', action: 'Claim ends one word later / earlier' },
  { keys: '{ / }', action: 'Claim starts one word earlier / later' },
  { keys: 'm', action: 'Merge with the next claim' },
  { keys: 'd', action: 'Not a claim / restore' },
  { keys: 'Delete', action: 'Delete the claim' },
  { keys: '/', action: 'Search claims' },
  { keys: 'Ctrl+Z / ⌘Z', action: 'Undo' },
  { keys: 'Shift+Ctrl+Z / ⇧⌘Z', action: 'Redo' },
  { keys: 'Ctrl+O', action: 'Import an article' },
  { keys: 'Ctrl+E', action: 'Export a claim report' },
  { keys: 'Ctrl+Shift+C', action: 'Conflicting reports in the workspace' },
  { keys: 'Esc', action: 'Back to the claim list' },
  { keys: '?', action: 'This list' },
]
