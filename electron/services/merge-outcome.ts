// What an undone or finished merge says (core/messages `mergeOutcome.*`): lines the CLI prints
// in English (formatMessage); the window says it in its own words from the counts.
import { message, type Message } from '../core/messages'
import type { UndoMergeResult } from './merge'
import type { FinishMergeResult } from './merge-recovery'

export function undoMergeLines(result: UndoMergeResult): Message[] {
  const lines = [message('mergeOutcome.undone', { id: result.mergeId, restored: result.restored.length, removed: result.removed.length })]
  if (result.changedSinceMerge.length) lines.push(message('mergeOutcome.editedSince', { n: result.changedSinceMerge.length, savedTo: result.savedTo }))
  return lines
}

export function finishMergeLines(result: FinishMergeResult): Message[] {
  const lines = [message('mergeOutcome.finished', { id: result.mergeId, n: result.finished.length })]
  if (result.changedSince.length) lines.push(message('mergeOutcome.changedSince', { n: result.changedSince.length, ids: result.changedSince.join(', ') }))
  return lines
}
