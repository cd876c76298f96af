// The renderer's state: the article list, the open article, the selected claim, and
// the save status. Every change goes to main at once; the UI shows "Saved" when main
// confirms and the error when it does not (the old value is restored).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportBatchResult, ImportResult, WorkspaceInfo } from '../../electron/core/api'
import type { ArticleFile, ArticleSummary, Claim } from '../../electron/core/schema'

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'error'; message: string }

export type ClaimSetter = 'setSourcing' | 'setCorroboration' | 'setNote' | 'setReliability' | 'setCredibility'

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function useWorkbench() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null)
  const [articles, setArticles] = useState<ArticleSummary[]>([])
  const [article, setArticle] = useState<ArticleFile | null>(null)
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null)
  const [save, setSave] = useState<SaveState>({ status: 'idle' })
  const [flash, setFlash] = useState<{ tone: 'info' | 'error'; text: string } | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const pending = useRef(0)

  const openArticle = useCallback(async (id: string) => {
    const file = await window.api.articles.get(id)
    setArticle(file)
    setSelectedClaimId(file.claims.find((c) => c.state === 'active')?.id ?? null)
  }, [])

  const refreshList = useCallback(async () => {
    const list = await window.api.articles.list()
    setArticles(list)
    return list
  }, [])

  useEffect(() => {
    void (async () => {
      try {
        const workspace = await window.api.workspace.info()
        setInfo(workspace)
        const list = await refreshList()
        if (list[0]) await openArticle(list[0].id)
      } catch (error) {
        setLoadError(message(error))
      }
    })()
  }, [openArticle, refreshList])

  const updateClaim = useCallback(
    async (claimId: string, setter: ClaimSetter, value: never) => {
      if (!article) return
      const articleId = article.article.id
      pending.current++
      setSave({ status: 'saving' })
      try {
        const updated: Claim = await (window.api.claims[setter] as (a: string, c: string, v: unknown) => Promise<Claim>)(
          articleId,
          claimId,
          value,
        )
        setArticle((current) =>
          current && current.article.id === articleId
            ? { ...current, claims: current.claims.map((c) => (c.id === claimId ? updated : c)) }
            : current,
        )
        pending.current--
        if (pending.current === 0) setSave({ status: 'saved', at: new Date() })
        void refreshList()
      } catch (error) {
        pending.current--
        setSave({ status: 'error', message: message(error) })
        // Main refused or failed: show what is really stored.
        await openArticle(articleId).catch(() => undefined)
      }
    },
    [article, openArticle, refreshList],
  )

  const afterImport = useCallback(
    async (results: ImportResult[], failed: ImportBatchResult['failed']) => {
      await refreshList()
      const last = results[results.length - 1]
      if (last) await openArticle(last.article.id)
      const parts: string[] = []
      const added = results.filter((r) => !r.duplicate)
      const dupes = results.filter((r) => r.duplicate)
      if (added.length) parts.push(`Imported ${added.map((r) => `“${r.article.title}”`).join(', ')}.`)
      if (dupes.length) parts.push(`Already in the workspace: ${dupes.map((r) => `“${r.article.title}”`).join(', ')} (opened it, nothing duplicated).`)
      for (const f of failed) parts.push(`Could not import ${f.sourceName}: ${f.message}`)
      if (parts.length) setFlash({ tone: failed.length ? 'error' : 'info', text: parts.join(' ') })
    },
    [openArticle, refreshList],
  )

  const importFromDialog = useCallback(async () => {
    try {
      const result = await window.api.articles.importFromDialog()
      if (result.chosen) await afterImport(result.imported, result.failed)
    } catch (error) {
      setFlash({ tone: 'error', text: `Import failed: ${message(error)}` })
    }
  }, [afterImport])

  const importText = useCallback(
    async (text: string, sourceName: string | null) => {
      const result = await window.api.articles.importText({ text, sourceName })
      await afterImport([result], [])
    },
    [afterImport],
  )

  return {
    info,
    articles,
    article,
    selectedClaimId,
    setSelectedClaimId,
    save,
    flash,
    setFlash,
    loadError,
    openArticle,
    updateClaim,
    importFromDialog,
    importText,
  }
}
