// The renderer's state: the article list, the open article, the selected claim, undo
// state and the save status. Every change goes to main at once; the UI shows "Saved"
// when main confirms, and the error (with the stored value restored) when it does not.
// One round trip per edit: what the call returns is applied locally (claim-changes.ts);
// only undo/redo, imports and merges re-read from main.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import type { EvidenceInput, ImportBatchResult, ImportResult, UndoState, WorkspaceInfo } from '../../electron/core/api'
import type { ArticleFile, ArticleMeta, ArticleSummary, Claim } from '../../electron/core/schema'
import { readArticleInParts } from './article-loading'
import { applyClaimChanges, withCounts } from './claim-changes'
import { t } from './i18n'
import { errorText, fieldLabel, shownLabel, shownUndo, tm } from './i18n/messages'

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'error'; message: string }

export type ClaimSetter =
  | 'setSourcing'
  | 'setCorroboration'
  | 'setNote'
  | 'setHeadline'
  | 'setReliability'
  | 'setCredibility'
  | 'setTags'
  | 'setAttribution'
  | 'setHedge'
  | 'setState'

export type Flash = { tone: 'info' | 'error'; text: string }

const message = errorText

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

  // Reading an article in parts: which read is the latest, and when its last claims are in.
  const reading = useRef(0)
  const allClaimsIn = useRef<Promise<unknown>>(Promise.resolve())
  const [claimsLoading, setClaimsLoading] = useState<{ claims: number; of: number } | null>(null)
  // The open article's text is still arriving (its first part only): Edit details waits for the rest.
  const [textLoading, setTextLoading] = useState(false)

  /**
   * Opens an article: its first claims are shown at once, the rest as they arrive (a new
   * article), or everything at once when all is in (the open article read again, so its list
   * does not shrink meanwhile). Resolves with the whole article once every claim is in (null: another article was opened meanwhile).
   */
  const openArticle = useCallback(async (id: string, claimId?: string | null) => {
    const read = ++reading.current
    const reopening = articleRef.current?.article.id === id
    const show = (file: ArticleFile, complete: boolean, first: boolean, textComplete: boolean) => {
      // The first part (a screenful) at once; later ones in a transition: React renders them
      // in slices that yield to input.
      const update = first ? (run: () => void) => run() : startTransition
      update(() => {
        setArticle(file)
        setClaimsLoading(complete ? null : { claims: file.claims.length, of: claimsOf })
        setTextLoading(!textComplete)
        setSelectedClaimId((current) => {
          const wanted = claimId ?? current
          if (wanted && file.claims.some((c) => c.id === wanted)) return wanted
          if (claimId && !complete) return claimId // still to come: selected when it arrives
          return file.claims.find((c) => c.state === 'active')?.id ?? null
        })
      })
    }
    let claimsOf = 0
    let parts = 0
    const whole = readArticleInParts(id, {
      isCurrent: () => read === reading.current,
      onPart: (file, loaded) => {
        claimsOf = loaded.of
        if (loaded.complete || !reopening) show(file, loaded.complete, parts++ === 0, loaded.textComplete)
      },
      // The next page is asked for once this part is painted, so that a page arriving does
      // not restart the render of the one before (the list would wait for the last page).
      shown: () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
    })
    allClaimsIn.current = whole.catch(() => undefined)
    return whole // null: another article was opened meanwhile
  }, [])

  // Every tag in the workspace, for completion. Fetched only when tags can have changed:
  // walking every claim after each edit would be wasted work in a large workspace.
  const refreshTags = useCallback(async () => setWorkspaceTags(await window.api.workspace.tags()), [])

  const refreshList = useCallback(async () => {
    const [list, history] = await Promise.all([window.api.articles.list(), window.api.history.state()])
    setArticles(list)
    setUndoState(shownUndo(history))
    return list
  }, [])

  useEffect(() => {
    void (async () => {
      try {
        setInfo(await window.api.workspace.info())
        void refreshTags()
        let list = await refreshList()
        // A file found damaged after the list was read (by the search or linking worker, or by
        // this very read) is moved aside: show the workspace's notice and open the next
        // article rather than failing the whole window.
        for (let attempt = 0; list[0]; attempt++) {
          try {
            await openArticle(list[0].id)
            break
          } catch (error) {
            if (attempt >= 3) throw error
            setInfo(await window.api.workspace.info())
            list = await refreshList()
          }
        }
        // Reading the tags or the list can itself find a damaged file and move it aside
        // (with an empty list the loop above never runs): show the notices as they are now.
        setInfo(await window.api.workspace.info())
      } catch (error) {
        setLoadError(message(error))
      }
    })()
  }, [openArticle, refreshList, refreshTags])

  // The background pass over the files can move a damaged one aside at any time: show its
  // notice and take it out of the list.
  useEffect(
    () =>
      window.api.events.on('workspace.notices', (payload) => {
        const notices = payload as WorkspaceInfo['notices'] | undefined
        if (!Array.isArray(notices)) return
        setInfo((current) => (current ? { ...current, notices } : current))
        void refreshList()
      }),
    [refreshList],
  )

  /** Puts the claims a call returned into the open article and its list entry. */
  const applyLocally = useCallback((articleId: string, upserts: readonly Claim[], removed: readonly string[] = []) => {
    const file = articleRef.current
    if (!file || file.article.id !== articleId) return
    const next = applyClaimChanges(file, upserts, removed)
    articleRef.current = next
    setArticle(next)
    setArticles((list) => list.map((a) => (a.id === articleId ? withCounts(a, next.claims) : a)))
  }, [])

  /**
   * Runs one change against main with the save indicator. `apply` puts what main returned
   * into the local state; `undoLabel` (null: nothing was recorded) updates the undo button.
   * On failure the article is re-read so the UI shows what is stored.
   */
  const change = useCallback(
    async <T,>(run: () => Promise<T>, apply: (result: T) => { undoLabel: string | null; select?: string | null }) => {
      // An article still arriving in parts is complete first: a change applied to a part
      // would be overwritten by the pages after it.
      await allClaimsIn.current
      const current = articleRef.current
      pending.current++
      setSave({ status: 'saving' })
      try {
        const result = await run()
        const { undoLabel, select } = apply(result)
        if (undoLabel) setUndoState({ undo: undoLabel, redo: null })
        if (select !== undefined) setSelectedClaimId(select)
        pending.current--
        if (pending.current === 0) setSave({ status: 'saved', at: new Date() })
        return result
      } catch (error) {
        pending.current--
        setSave({ status: 'error', message: message(error) })
        if (current) await openArticle(current.article.id).catch(() => undefined)
        return undefined
      }
    },
    [openArticle],
  )

  const updateClaim = useCallback(
    async (claimId: string, setter: ClaimSetter, value: unknown) => {
      const current = articleRef.current
      if (!current) return
      const articleId = current.article.id
      const before = current.claims.find((c) => c.id === claimId)
      const updated = await change(
        () => (window.api.claims[setter] as (a: string, c: string, v: unknown) => Promise<Claim>)(articleId, claimId, value),
        (claim) => {
          applyLocally(articleId, [claim])
          // Main records nothing when the value did not change; then the claim comes back as it was.
          const changed = !before || claim.updatedAt !== before.updatedAt
          const field = claim.history.at(-1)?.field
          return { undoLabel: changed ? (field ? t('msg.undo.setField', { field: fieldLabel(field) }) : t('undoLabel.setClaim')) : null }
        },
      )
      if (updated && setter === 'setTags') void refreshTags()
    },
    [change, applyLocally, refreshTags],
  )

  const articleId = () => articleRef.current?.article.id ?? ''

  const createClaim = useCallback(
    (start: number, end: number) => {
      const id = articleId()
      return change(
        () => window.api.claims.create(id, start, end),
        (c) => (applyLocally(id, [c]), { undoLabel: t('msg.undo.createClaim'), select: c.id }),
      )
    },
    [change, applyLocally],
  )
  const splitClaim = useCallback(
    (claimId: string, at: number) => {
      const id = articleId()
      return change(
        () => window.api.claims.split(id, claimId, at),
        (halves) => (applyLocally(id, halves), { undoLabel: t('msg.undo.splitClaim'), select: halves[1].id }),
      )
    },
    [change, applyLocally],
  )
  const setSpan = useCallback(
    (claimId: string, start: number, end: number) => {
      const id = articleId()
      return change(
        () => window.api.claims.setSpan(id, claimId, start, end),
        (c) => (applyLocally(id, [c]), { undoLabel: t('msg.undo.editSpan'), select: c.id }),
      )
    },
    [change, applyLocally],
  )
  const mergeWithNext = useCallback(
    (claimId: string) => {
      const id = articleId()
      const claims = articleRef.current?.claims ?? []
      const index = claims.findIndex((c) => c.id === claimId)
      const next = claims.slice(index + 1).find((c) => c.state !== 'orphaned') ?? claims[index + 1]
      return change(
        () => window.api.claims.mergeWithNext(id, claimId),
        (merged) => (applyLocally(id, [merged], next && next.id !== merged.id ? [next.id] : []), { undoLabel: t('msg.undo.mergeClaims'), select: merged.id }),
      )
    },
    [change, applyLocally],
  )
  const deleteClaim = useCallback(
    (claimId: string) => {
      const id = articleId()
      const claims = articleRef.current?.claims ?? []
      const index = claims.findIndex((c) => c.id === claimId)
      const neighbour = claims[index + 1]?.id ?? claims[index - 1]?.id ?? null
      return change(
        () => window.api.claims.delete(id, claimId),
        () => (applyLocally(id, [], [claimId]), { undoLabel: t('msg.undo.deleteClaim'), select: neighbour }),
      )
    },
    [change, applyLocally],
  )
  const evidenceChange = useCallback(
    (label: string, claimId: string, run: (articleId: string) => Promise<Claim>) => {
      const id = articleId()
      return change(
        () => run(id),
        (c) => (applyLocally(id, [c]), { undoLabel: label, select: claimId }),
      )
    },
    [change, applyLocally],
  )
  const addEvidence = useCallback(
    (claimId: string, input: EvidenceInput) => evidenceChange(t('msg.undo.addEvidence'), claimId, (a) => window.api.evidence.add(a, claimId, input)),
    [evidenceChange],
  )
  const updateEvidence = useCallback(
    (claimId: string, evidenceId: string, patch: Partial<EvidenceInput>) =>
      evidenceChange(t('msg.undo.editEvidence'), claimId, (a) => window.api.evidence.update(a, claimId, evidenceId, patch)),
    [evidenceChange],
  )
  const removeEvidence = useCallback(
    (claimId: string, evidenceId: string) => evidenceChange(t('msg.undo.removeEvidence'), claimId, (a) => window.api.evidence.remove(a, claimId, evidenceId)),
    [evidenceChange],
  )
  const updateMeta = useCallback(
    (patch: Partial<ArticleMeta>) => {
      const id = articleId()
      return change(
        () => window.api.articles.updateMeta(id, patch),
        (summary) => {
          setArticles((list) => list.map((a) => (a.id === summary.id ? summary : a)))
          setArticle((file) => (file && file.article.id === id ? { ...file, article: { ...file.article, ...patch } } : file))
          return { undoLabel: null }
        },
      )
    },
    [change],
  )

  const updateText = useCallback(
    (text: string) => {
      const id = articleId()
      return change(
        () => window.api.articles.updateText(id, text),
        (file) => {
          articleRef.current = file
          setArticle(file)
          setArticles((list) => list.map((a) => (a.id === id ? withCounts(a, file.claims) : a)))
          return { undoLabel: null } // main does not record text edits for undo
        },
      )
    },
    [change],
  )

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
          setFlash({ tone: 'info', text: which === 'undo' ? t('flash.undone', { label: shownLabel(result) }) : t('flash.redone', { label: shownLabel(result) }) })
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
      const titles = (results: typeof added) => results.map((r) => t('flash.quoted', { title: r.article.title })).join(', ')
      if (added.length) parts.push(t('flash.imported', { titles: titles(added) }))
      if (dupes.length) parts.push(t('flash.alreadyIn', { titles: titles(dupes) }))
      for (const f of failed) parts.push(t('flash.couldNotImport', { name: f.sourceName, message: f.detail ? tm(f.detail) : f.message }))
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
      const result = await importing(t('flash.importing'), () => window.api.articles.importFromDialog())
      if (result.chosen) await afterImport(result.imported, result.failed)
    } catch (error) {
      setFlash({ tone: 'error', text: t('flash.importFailed', { message: message(error) }) })
    }
  }, [afterImport, importing])

  const importText = useCallback(
    async (text: string, sourceName: string | null) => {
      const result = await importing(t('flash.importing'), () => window.api.articles.importText({ text, sourceName }))
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
          imported.push(await importing(t('flash.importingFile', { name: file.name }), () => window.api.articles.importBytes({ name: file.name, bytes })))
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
      await change(
        () => window.api.workspace.setReviewerName(name),
        (settings) => (setInfo((current) => (current ? { ...current, settings } : current)), { undoLabel: null }),
      )
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

  /** Something outside this hook wrote what was waiting (Retry on the unsaved banner). */
  const markSaved = useCallback(() => setSave({ status: 'saved', at: new Date() }), [])

  /** Progress text from main while an import runs; ignored once the import has finished. */
  const setBusyText = useCallback((text: string) => setBusy((current) => (current ? text : current)), [])

  return {
    claimsLoading,
    textLoading,
    change,
    applyLocally,
    markSaved,
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
