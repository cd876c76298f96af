// The renderer's state: the article list, the open article, the selected claim, undo
// state and the save status. Every change goes to main at once; the UI shows "Saved"
// when main confirms, and the error (with the stored value restored) when it does not.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { EvidenceInput, ImportBatchResult, ImportResult, UndoState, WorkspaceInfo } from '../../electron/core/api'
import type { ArticleFile, ArticleMeta, ArticleSummary, Claim } from '../../electron/core/schema'

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'error'; message: string }

export type ClaimSetter =
  | 'setSourcing'
  | 'setCorroboration'
  | 'setNote'
  | 'setReliability'
  | 'setCredibility'
  | 'setTags'
  | 'setAttribution'
  | 'setHedge'
  | 'setState'

export type Flash = { tone: 'info' | 'error'; text: string }

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function useWorkbench() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null)
  const [articles, setArticles] = useState<ArticleSummary[]>([])
  const [article, setArticle] = useState<ArticleFile | null>(null)
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null)
  const [save, setSave] = useState<SaveState>({ status: 'idle' })
  const [flash, setFlash] = useState<Flash | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [undoState, setUndoState] = useState<UndoState>({ undo: null, redo: null })
  const [busy, setBusy] = useState<string | null>(null)
  const [workspaceTags, setWorkspaceTags] = useState<string[]>([])
  const pending = useRef(0)
  const articleRef = useRef<ArticleFile | null>(null)
  articleRef.current = article

  const openArticle = useCallback(async (id: string, claimId?: string | null) => {
    const file = await window.api.articles.get(id)
    setArticle(file)
    setSelectedClaimId((current) => {
      const wanted = claimId ?? current
      if (wanted && file.claims.some((c) => c.id === wanted)) return wanted
      return file.claims.find((c) => c.state === 'active')?.id ?? null
    })
    return file
  }, [])

  // Every tag in the workspace, for completion. Fetched only when tags can have changed:
  // walking every claim after each edit would be wasted work in a large workspace.
  const refreshTags = useCallback(async () => setWorkspaceTags(await window.api.workspace.tags()), [])

  const refreshList = useCallback(async () => {
    const [list, history] = await Promise.all([window.api.articles.list(), window.api.history.state()])
    setArticles(list)
    setUndoState(history)
    return list
  }, [])

  useEffect(() => {
    void (async () => {
      try {
        setInfo(await window.api.workspace.info())
        void refreshTags()
        const list = await refreshList()
        if (list[0]) await openArticle(list[0].id)
      } catch (error) {
        setLoadError(message(error))
      }
    })()
  }, [openArticle, refreshList, refreshTags])

  /** Runs one change against main with the save indicator; reloads the article when asked. */
  const change = useCallback(
    async <T,>(run: () => Promise<T>, options: { reload?: boolean; select?: (result: T) => string | null } = {}) => {
      const current = articleRef.current
      pending.current++
      setSave({ status: 'saving' })
      try {
        const result = await run()
        if (current && (options.reload ?? true)) {
          await openArticle(current.article.id, options.select ? options.select(result) : undefined)
        }
        pending.current--
        if (pending.current === 0) setSave({ status: 'saved', at: new Date() })
        void refreshList()
        return result
      } catch (error) {
        pending.current--
        setSave({ status: 'error', message: message(error) })
        if (current) await openArticle(current.article.id).catch(() => undefined)
        return undefined
      }
    },
    [openArticle, refreshList],
  )

  const updateClaim = useCallback(
    async (claimId: string, setter: ClaimSetter, value: unknown) => {
      const current = articleRef.current
      if (!current) return
      const articleId = current.article.id
      const updated = await change(
        () => (window.api.claims[setter] as (a: string, c: string, v: unknown) => Promise<Claim>)(articleId, claimId, value),
        { reload: false },
      )
      if (updated && setter === 'setTags') void refreshTags()
      if (updated) {
        setArticle((file) =>
          file && file.article.id === articleId ? { ...file, claims: file.claims.map((c) => (c.id === claimId ? updated : c)) } : file,
        )
      }
    },
    [change, refreshTags],
  )

  const articleId = () => articleRef.current?.article.id ?? ''

  const createClaim = useCallback(
    (start: number, end: number) => change(() => window.api.claims.create(articleId(), start, end), { select: (c) => c.id }),
    [change],
  )
  const splitClaim = useCallback(
    (claimId: string, at: number) => change(() => window.api.claims.split(articleId(), claimId, at), { select: (c) => c[1].id }),
    [change],
  )
  const setSpan = useCallback(
    (claimId: string, start: number, end: number) =>
      change(() => window.api.claims.setSpan(articleId(), claimId, start, end), { select: (c) => c.id }),
    [change],
  )
  const mergeWithNext = useCallback(
    (claimId: string) => change(() => window.api.claims.mergeWithNext(articleId(), claimId), { select: (c) => c.id }),
    [change],
  )
  const deleteClaim = useCallback(
    (claimId: string) => {
      const claims = articleRef.current?.claims ?? []
      const index = claims.findIndex((c) => c.id === claimId)
      const neighbour = claims[index + 1]?.id ?? claims[index - 1]?.id ?? null
      return change(() => window.api.claims.delete(articleId(), claimId), { select: () => neighbour })
    },
    [change],
  )
  const addEvidence = useCallback(
    (claimId: string, input: EvidenceInput) => change(() => window.api.evidence.add(articleId(), claimId, input), { select: () => claimId }),
    [change],
  )
  const updateEvidence = useCallback(
    (claimId: string, evidenceId: string, patch: Partial<EvidenceInput>) =>
      change(() => window.api.evidence.update(articleId(), claimId, evidenceId, patch), { select: () => claimId }),
    [change],
  )
  const removeEvidence = useCallback(
    (claimId: string, evidenceId: string) =>
      change(() => window.api.evidence.remove(articleId(), claimId, evidenceId), { select: () => claimId }),
    [change],
  )
  const updateMeta = useCallback(
    (patch: Partial<ArticleMeta>) => change(() => window.api.articles.updateMeta(articleId(), patch)),
    [change],
  )

  const updateText = useCallback((text: string) => change(() => window.api.articles.updateText(articleId(), text)), [change])

  const undoRedo = useCallback(
    async (which: 'undo' | 'redo') => {
      pending.current++
      setSave({ status: 'saving' })
      try {
        const result = await window.api.history[which]()
        pending.current--
        setSave({ status: 'saved', at: new Date() })
        if (result) {
          await openArticle(result.articleId, result.claimIds[0])
          setFlash({ tone: 'info', text: `${which === 'undo' ? 'Undone' : 'Redone'}: ${result.label}.` })
        }
        await Promise.all([refreshList(), refreshTags()])
      } catch (error) {
        pending.current--
        setSave({ status: 'error', message: message(error) })
      }
    },
    [openArticle, refreshList, refreshTags],
  )

  const afterImport = useCallback(
    async (results: ImportResult[], failed: ImportBatchResult['failed']) => {
      await refreshList()
      const last = results[results.length - 1]
      if (last) await openArticle(last.article.id, null)
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

  const importing = useCallback(async <T,>(label: string, run: () => Promise<T>) => {
    setBusy(label)
    try {
      return await run()
    } finally {
      setBusy(null)
    }
  }, [])

  const importFromDialog = useCallback(async () => {
    try {
      const result = await importing('Importing…', () => window.api.articles.importFromDialog())
      if (result.chosen) await afterImport(result.imported, result.failed)
    } catch (error) {
      setFlash({ tone: 'error', text: `Import failed: ${message(error)}` })
    }
  }, [afterImport, importing])

  const importText = useCallback(
    async (text: string, sourceName: string | null) => {
      const result = await importing('Importing…', () => window.api.articles.importText({ text, sourceName }))
      await afterImport([result], [])
    },
    [afterImport, importing],
  )

  const importFiles = useCallback(
    async (files: File[]) => {
      const imported: ImportResult[] = []
      const failed: ImportBatchResult['failed'] = []
      for (const file of files) {
        try {
          if (file.size > 50 * 1024 * 1024) throw new Error(`the file is ${(file.size / 1024 / 1024).toFixed(0)} MB; the limit is 50 MB.`)
          const bytes = new Uint8Array(await file.arrayBuffer())
          imported.push(await importing(`Importing ${file.name}…`, () => window.api.articles.importBytes({ name: file.name, bytes })))
        } catch (error) {
          failed.push({ sourceName: file.name, message: message(error) })
        }
      }
      await afterImport(imported, failed)
    },
    [afterImport, importing],
  )

  const setReviewerName = useCallback(
    async (name: string) => {
      const settings = await change(() => window.api.workspace.setReviewerName(name), { reload: false })
      if (settings) setInfo((current) => (current ? { ...current, settings } : current))
    },
    [change],
  )

  /** After a change made outside this window's edits (a merge): reload the list and the open article. */
  const reload = useCallback(async () => {
    const [list] = await Promise.all([refreshList(), refreshTags()])
    const current = articleRef.current?.article.id
    const next = current && list.some((a) => a.id === current) ? current : list[0]?.id
    if (next) await openArticle(next)
    else setArticle(null)
  }, [openArticle, refreshList, refreshTags])

  /** Progress text from main while an import runs; ignored once the import has finished. */
  const setBusyText = useCallback((text: string) => setBusy((current) => (current ? text : current)), [])

  return {
    workspaceTags,
    setBusyText,
    reload,
    setReviewerName,
    info,
    articles,
    article,
    selectedClaimId,
    setSelectedClaimId,
    save,
    flash,
    setFlash,
    loadError,
    busy,
    undoState,
    openArticle,
    updateClaim,
    createClaim,
    splitClaim,
    setSpan,
    mergeWithNext,
    deleteClaim,
    addEvidence,
    updateEvidence,
    removeEvidence,
    updateMeta,
    updateText,
    undo: () => undoRedo('undo'),
    redo: () => undoRedo('redo'),
    importFromDialog,
    importText,
    importFiles,
  }
}

export type Workbench = ReturnType<typeof useWorkbench>
