// Remove an article (after a confirmation naming it) and undo that. main moves the file
// aside (services/article-removal.ts); undo restores it from there. The app's undo stack
// lives in main and knows claim edits only, so the latest removal is undone here: while
// no edit has happened since, Undo (button, Ctrl+Z, Edit menu) restores the article, and
// Redo (button, Ctrl+Y / Ctrl+Shift+Z, Edit menu) then removes it again.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RemovedArticle, UndoState } from '../../../electron/core/api'
import type { ArticleSummary } from '../../../electron/core/schema'
import type { Workbench } from '../useWorkbench'
import { errorText } from '../useAction'
import { t } from '../i18n'

export function useArticleRemoval(wb: Workbench) {
  // Each confirmation has its own number: a dialog closed with Escape reports "close" a task
  // later, when the reviewer may already have asked again; that late close is not the new one's.
  const [asked, setAsked] = useState<{ article: ArticleSummary; key: number } | null>(null)
  const askedCount = useRef(0)
  const confirming = asked?.article ?? null
  const setConfirming = useCallback((article: ArticleSummary | null) => setAsked(article ? { article, key: ++askedCount.current } : null), [])
  const [lastRemoval, setLastRemoval] = useState<RemovedArticle | null>(null)
  /** The article the latest Undo brought back: Redo removes it again. */
  const [undoneRemoval, setUndoneRemoval] = useState<ArticleSummary | null>(null)
  const [removedCount, setRemovedCount] = useState(0)
  // Closing the banner hides it; Undo (button, Ctrl+Z) still restores the article.
  const [bannerHidden, setBannerHidden] = useState(false)
  const { reload, openArticle, setFlash, save } = wb

  // Any edit, undo or redo after the removal makes it no longer the latest action.
  const saving = save.status === 'saving'
  const removalRef = useRef(lastRemoval)
  removalRef.current = lastRemoval
  const undoneRef = useRef(undoneRemoval)
  undoneRef.current = undoneRemoval
  useEffect(() => {
    if (!saving) return
    setLastRemoval(null)
    setUndoneRemoval(null)
  }, [saving])

  const remove = useCallback(
    async (article: ArticleSummary) => {
      setConfirming(null)
      try {
        const removed = await window.api.articles.remove(article.id)
        await reload()
        setLastRemoval(removed)
        setUndoneRemoval(null)
        setBannerHidden(false)
        setRemovedCount((n) => n + 1)
        setFlash(null)
      } catch (error) {
        setFlash({ tone: 'error', text: errorText(error) })
      }
    },
    [reload, setFlash],
  )

  const restore = useCallback(
    async (removalId: string): Promise<ArticleSummary | null> => {
      try {
        const summary = await window.api.articles.restore(removalId)
        if (removalRef.current?.removalId === removalId) setLastRemoval(null)
        setRemovedCount((n) => n + 1)
        await reload()
        await openArticle(summary.id, null)
        setFlash({ tone: 'info', text: t('removal.restored', { title: summary.title }) })
        return summary
      } catch (error) {
        setFlash({ tone: 'error', text: errorText(error) })
        return null
      }
    },
    [reload, openArticle, setFlash],
  )

  /** Undo: the removal when it is the latest action, else main's own undo. */
  const wrapUndo = useCallback(
    (undo: () => Promise<void>) => async () => {
      const removal = removalRef.current
      if (removal) {
        setUndoneRemoval(await restore(removal.removalId))
        return
      }
      setUndoneRemoval(null)
      await undo()
    },
    [restore],
  )

  /** Redo: removes again the article the last Undo brought back, else main's own redo. */
  const wrapRedo = useCallback(
    (redo: () => Promise<void>) => async () => {
      const article = undoneRef.current
      if (article) await remove(article)
      else await redo()
    },
    [remove],
  )

  const undoState = useCallback(
    (state: UndoState): UndoState =>
      lastRemoval
        ? { ...state, undo: t('removal.undoLabel'), redo: null }
        : undoneRemoval
          ? { ...state, redo: t('removal.undoLabel') }
          : state,
    [lastRemoval, undoneRemoval],
  )

  return {
    confirming,
    askToRemove: setConfirming,
    confirmKey: asked?.key,
    /** Closes the confirmation numbered `key`, and none asked for after it. */
    cancelOf: (key: number | undefined) => () => setAsked((now) => (now && now.key === key ? null : now)),
    remove,
    restore,
    /** The removal to show in the banner (hidden once closed). */
    bannerRemoval: bannerHidden ? null : lastRemoval,
    dismissBanner: () => setBannerHidden(true),
    wrapUndo,
    wrapRedo,
    undoState,
    /** Changes whenever the set of removed articles changed (the list re-reads it). */
    removedVersion: removedCount,
  }
}

export type ArticleRemoval = ReturnType<typeof useArticleRemoval>
