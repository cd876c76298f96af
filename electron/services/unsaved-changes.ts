// "Retry" on the header's "1 change not saved" line: writes again what was kept in memory
// when the file system refused it (a file locked by another program, a full disk).
import type { UnsavedState } from '../core/api'
import type { Workspace } from './workspace'

export interface RetrySaveResult {
  /** Articles written by this retry. */
  saved: number
  /** What is still not saved (the reason may have changed), or null when everything is on disk. */
  unsaved: UnsavedState | null
}

/** Never throws for a refused write: the reviewer gets the new state and can try again. */
export async function retryUnsavedChanges(ws: Workspace): Promise<RetrySaveResult> {
  const before = ws.info().unsaved?.count ?? 0
  const unsaved = await ws.retryUnsaved()
  return { saved: Math.max(0, before - (unsaved?.count ?? 0)), unsaved }
}
