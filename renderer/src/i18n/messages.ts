// A message made outside the renderer (core, services, main: electron/core/messages) is a
// code with values; here it becomes the UI's language through the catalogue's `msg` part.
// A value that is itself a message is translated first ("{{name}}" = "The article text").
import { knownCode, type Message } from '../../../electron/core/messages'
import type { UndoResult, UndoState } from '../../../electron/core/api'
import { readApiError } from '../../../electron/core/api'
import { sourceLabel } from '../../../electron/core/merge-source'
import { formatDateTime } from '../format'
import { t } from '.'

type Translate = (key: string, options: object) => string

/** A message in the language of `translate` (an i18next t()). */
export function translateMessage(translate: Translate, m: Message): string {
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(m.values ?? {})) values[name] = typeof value === 'object' ? (localTime(value) ?? translateMessage(translate, value)) : value
  return translate(`msg.${m.code}`, values)
}

/** A moment main gives in UTC ("2026-11-26 06:04:46 UTC", `time.utc`) reads in the reader's time zone and locale. */
function localTime(m: Message): string | null {
  const at = m.code === 'time.utc' ? m.values?.at : undefined
  return typeof at === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(at) ? formatDateTime(`${at.replace(' ', 'T')}Z`) : null
}

export function tm(m: Message): string {
  return translateMessage(t as unknown as Translate, m)
}

/** A refusal or failure as the reviewer reads it: translated when main sent its code. */
export function errorText(error: unknown): string {
  const { text, detail } = readApiError(error)
  return detail && knownCode(detail.code) ? tm(detail) : text
}

/** The undo and redo labels main sent, in the UI's language (an old journal entry keeps its English). */
export function shownUndo(state: UndoState): UndoState {
  return { ...state, undo: state.undoMessage ? tm(state.undoMessage) : state.undo, redo: state.redoMessage ? tm(state.redoMessage) : state.redo }
}

export function shownLabel(result: Pick<UndoResult, 'label' | 'message'>): string {
  return result.message ? tm(result.message) : result.label
}

/** A claim field as an undo label names it ("sourcing.type" is msg.field.sourcing_type). */
export function fieldLabel(field: string): string {
  const key = `msg.field.${field.replace('.', '_')}`
  return (t as unknown as (key: string, options: object) => string)(key, { defaultValue: field })
}

/** What a merge merged: a folder's path as it is, an export by when it was made ("export of …"). */
export function shownSource(source: string): string {
  const label = sourceLabel(source)
  if (typeof label === 'string') return label
  const at = label.values?.at
  return tm(typeof at === 'string' ? { ...label, values: { at: formatDateTime(at) } } : label)
}
