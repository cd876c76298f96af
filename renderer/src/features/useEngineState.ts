// What the workspace engine reports that the reviewer must act on or know about:
// - changes kept in memory because the file system refused them (history.state().unsaved,
//   WorkspaceInfo.unsaved, a 'not-saved' error), with Retry (workspace.retrySave);
// - an open article's file changed on disk by another program (workspace.externalChange);
// - merges that were interrupted (WorkspaceInfo.incompleteMerges), with Finish and Undo;
// - the workspace lock lost while open (workspace.lockLost): taken back at once, or held by
//   another program, with Try again (workspace.retakeLock).
// main pushes the unsaved state (workspace.unsaved) whenever it changes.
import { useCallback, useEffect, useState } from 'react'
import type { ExternalChange, LockLostState, UnsavedState, WorkspaceInfo } from '../../../electron/core/api'
import { errorText } from '../useAction'
import type { Workbench } from '../useWorkbench'
import { t } from '../i18n'

type IncompleteMerge = NonNullable<WorkspaceInfo['incompleteMerges']>[number]

export function useEngineState(wb: Workbench) {
  const { info, undoState, save, reload, setFlash, markSaved } = wb
  const [unsaved, setUnsaved] = useState<UnsavedState | null>(null)
  const [retrying, setRetrying] = useState(false)
  const [retryNote, setRetryNote] = useState<string | null>(null)
  const [external, setExternal] = useState<ExternalChange[]>([])
  const [settled, setSettled] = useState<string[]>([])
  const [mergeBusy, setMergeBusy] = useState<string | null>(null)
  const [lock, setLock] = useState<LockLostState | null>(null)
  const [retaking, setRetaking] = useState(false)
  const [lockNote, setLockNote] = useState<string | null>(null)

  useEffect(() => {
    const offs = [
      window.api.events.on('workspace.unsaved', (payload) => setUnsaved((payload as UnsavedState | null | undefined) ?? null)),
      window.api.events.on('workspace.lockLost', (payload) => {
        const state = payload as LockLostState | undefined
        if (!state) return
        setLock(state)
        setLockNote(null)
        if (state.unsaved !== undefined) setUnsaved(state.unsaved)
      }),
    ]
    return () => offs.forEach((off) => off())
  }, [])

  const retakeLock = useCallback(async () => {
    setRetaking(true)
    setLockNote(null)
    try {
      const state = await window.api.workspace.retakeLock()
      setLock(state)
      setUnsaved(state.unsaved)
      if (!state.retaken) setLockNote(t('engine.stillLocked'))
    } catch (error) {
      setLockNote(errorText(error))
    } finally {
      setRetaking(false)
    }
  }, [])

  useEffect(() => {
    if (info) setUnsaved(info.unsaved)
  }, [info])
  // history.state carries the unsaved state; the edits' own undo labels leave it out (undefined).
  useEffect(() => {
    if (undoState.unsaved !== undefined) setUnsaved(undoState.unsaved ?? null)
  }, [undoState])
  // A refused save, or the first good save after one (the store retries what was waiting): ask main.
  const needsCheck = save.status === 'error' ? /not saved/i.test(save.message) : save.status === 'saved' && unsaved !== null
  const saveKey = save.status === 'saved' ? save.at.getTime() : save.status === 'error' ? save.message : null
  useEffect(() => {
    if (!needsCheck) return
    let live = true
    void window.api.history.state().then((state) => live && setUnsaved(state.unsaved ?? null), () => undefined)
    return () => {
      live = false
    }
  }, [needsCheck, saveKey])

  const retry = useCallback(async () => {
    setRetrying(true)
    setRetryNote(null)
    try {
      const result = await window.api.workspace.retrySave()
      setUnsaved(result.unsaved)
      if (result.unsaved) setRetryNote(t('engine.stillUnsaved'))
      else {
        markSaved()
        setFlash({ tone: 'info', text: t('engine.savedNow', { count: result.saved }) })
      }
    } catch (error) {
      setRetryNote(errorText(error))
    } finally {
      setRetrying(false)
    }
  }, [markSaved, setFlash])

  useEffect(
    () =>
      window.api.events.on('workspace.externalChange', (payload) => {
        const change = payload as ExternalChange | undefined
        if (!change) return
        setExternal((list) => [...list.filter((c) => c.articleId !== change.articleId), change])
        void reload() // the list's counts and the open article show what is on disk now
      }),
    [reload],
  )

  const merges: IncompleteMerge[] = (info?.incompleteMerges ?? []).filter((m) => !settled.includes(m.mergeId))
  const settleMerge = useCallback(
    async (mergeId: string, how: 'finish' | 'undo') => {
      setMergeBusy(mergeId)
      try {
        if (how === 'finish') {
          const done = await window.api.merge.finish(mergeId)
          setFlash({ tone: 'info', text: (done.changedSince ? t('engine.finishedChanged', { count: done.finished, changed: done.changedSince }) : t('engine.finished', { count: done.finished })) })
        } else {
          const undone = await window.api.merge.undo(mergeId)
          setFlash({ tone: 'info', text: t('engine.undone', { count: undone.restored, removed: undone.removed }) })
        }
        setSettled((list) => [...list, mergeId])
        await reload()
      } catch (error) {
        setFlash({ tone: 'error', text: errorText(error) })
      } finally {
        setMergeBusy(null)
      }
    },
    [reload, setFlash],
  )

  return {
    lock,
    retaking,
    lockNote,
    retakeLock,
    dismissLock: () => setLock(null),
    unsaved,
    retrying,
    retryNote,
    retry,
    external,
    dismissExternal: (articleId: string) => setExternal((list) => list.filter((c) => c.articleId !== articleId)),
    merges,
    mergeBusy,
    finishMerge: (id: string) => settleMerge(id, 'finish'),
    undoMerge: (id: string) => settleMerge(id, 'undo'),
  }
}

export type EngineState = ReturnType<typeof useEngineState>
