import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportProgress } from '../../electron/core/api'
import { matchesFilter, NO_FILTER, type ClaimFilter } from '../../electron/core/claim-filter'
import { clauseSplitPoint, nextUnclaimedSentence, nudgeSpan } from '../../electron/core/spans'
import { reviewProgress } from '../../electron/core/review'
import { noticeMessage } from '../../electron/core/notices'
import { ArticleList } from './components/ArticleList'
import { ArticleText } from './components/ArticleText'
import { ClaimFilters } from './components/ClaimFilters'
import { ClaimList } from './components/ClaimList'
import { ExportDialog } from './components/ExportDialog'
import { Header } from './components/Header'
import { Inspector, INSPECTOR_IDS } from './components/Inspector'
import { MergeDialog } from './components/MergeDialog'
import { WorkspacePanel } from './components/WorkspacePanel'
import { MetaDialog } from './components/MetaDialog'
import { PasteDialog } from './components/PasteDialog'
import { SearchBox } from './components/SearchBox'
import { ShortcutsOverlay } from './components/ShortcutsOverlay'
import { SummaryPanel } from './components/SummaryPanel'
import { focusClaimRow, isTyping } from './keyboard-focus'
import { readSelection, type TextSelection } from './selection'
import { CORROBORATION_KEYS, SPAN_KEYS } from './shortcuts'
import { useWorkbench, type ClaimSetter } from './useWorkbench'
import { HelpDialog, type HelpTopic } from './components/HelpDialog'
import { SidePane } from './components/SidePane'
import { SettingsDialog } from './components/SettingsDialog'
import { WelcomeBanner } from './components/WelcomeBanner'
import { useOpenDialog } from './hooks/useOpenDialog'
import { useDocumentTheme } from './settings/theme'
import { DEFAULT_USER_SETTINGS, rememberWelcomeSkipped, TEXT_SIZE_SCALE, useSettings, welcomeSkipped } from './settings/useSettings'
import { usePaneLayout } from './usePaneLayout'
import { orderClaims, type ClaimOrder } from './features/claim-order'
import { EngineBanners, lockHeldElsewhere } from './features/EngineBanners'
import { RemovalBanner } from './features/RemovalBanner'
import { RemoveArticleDialog } from './features/RemoveArticleDialog'
import { RemovedArticles } from './features/RemovedArticles'
import { useArticleRemoval } from './features/useArticleRemoval'
import { useEngineState } from './features/useEngineState'
import { AlsoReportedSection } from './related/AlsoReportedSection'
import { ConflictsDialog } from './related/ConflictsDialog'
import { useConflicts } from './related/useConflicts'
import { t } from './i18n'
import { errorText, tm } from './i18n/messages'

const APP_VERSION = '0.1.0'

export function App() {
  const wb = useWorkbench()
  const removal = useArticleRemoval(wb)
  const engine = useEngineState(wb)
  const [order, setOrder] = useState<ClaimOrder>('text')
  const { dialog, dialogKey, setDialog, closerOf } = useOpenDialog()
  const closeDialog = closerOf(dialogKey)
  const [helpTopic, setHelpTopic] = useState<HelpTopic | undefined>(undefined)
  const [skipped, setSkipped] = useState(welcomeSkipped)
  const { settings: loadedSettings, update: updateSettings } = useSettings(wb.setReviewerName)
  const settings = loadedSettings ?? DEFAULT_USER_SETTINGS
  useDocumentTheme(settings.theme, settings.textSize)
  const layout = usePaneLayout()
  const openHelp = useCallback((topic?: HelpTopic) => {
    setHelpTopic(topic)
    setDialog('help')
  }, [])
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER)
  const [evidenceFormOpen, setEvidenceFormOpen] = useState(false)
  const [selection, setSelection] = useState<TextSelection | null>(null)
  const [dragging, setDragging] = useState(false)
  const textRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)

  const claims = useMemo(() => wb.article?.claims ?? [], [wb.article])
  const visible = useMemo(() => orderClaims(claims.filter((c) => matchesFilter(c, filter)), order), [claims, filter, order])
  const visibleIds = useMemo(() => new Set(visible.map((c) => c.id)), [visible])
  const counted = useMemo(() => reviewProgress(claims), [claims])
  // While a large article arrives in parts, the header counts from its list entry (all its claims).
  const entry = wb.claimsLoading ? wb.articles.find((a) => a.id === wb.article?.article.id) : undefined
  const progress = entry ? { reviewed: entry.reviewedCount, total: entry.claimCount } : counted
  const listTotal = useMemo(() => claims.filter((c) => c.state !== 'dismissed').length, [claims])
  const selected = claims.find((c) => c.id === wb.selectedClaimId) ?? null
  const articleTags = useMemo(() => [...new Set(claims.flatMap((c) => c.tags))].sort(), [claims])
  const knownTags = useMemo(() => [...new Set([...wb.workspaceTags, ...articleTags])].sort(), [wb.workspaceTags, articleTags])

  const { updateClaim, importFromDialog, undo: undoEdit, redo: redoEdit, setSelectedClaimId, setBusyText } = wb
  // Undo restores a removed article while the removal is the latest action, Redo removes it again (features/useArticleRemoval.ts).
  const undo = useMemo(() => removal.wrapUndo(undoEdit), [removal.wrapUndo, undoEdit])
  const redo = useMemo(() => removal.wrapRedo(redoEdit), [removal.wrapRedo, redoEdit])
  const onChange = useCallback((claimId: string, setter: ClaimSetter, value: unknown) => void updateClaim(claimId, setter, value), [updateClaim])
  const conflicts = useConflicts(wb.articles.length)

  useEffect(() => {
    setEvidenceFormOpen(false)
  }, [wb.selectedClaimId])

  useEffect(() => {
    const onSelectionChange = () => setSelection(readSelection(textRef.current))
    document.addEventListener('selectionchange', onSelectionChange)
    return () => document.removeEventListener('selectionchange', onSelectionChange)
  }, [])

  const focusClaim = useCallback((id: string | null) => {
    setSelectedClaimId(id)
    if (id) focusClaimRow(id)
  }, [setSelectedClaimId])

  const move = useCallback(
    (step: number) => {
      if (!visible.length) return
      const index = visible.findIndex((c) => c.id === wb.selectedClaimId)
      const next = visible[Math.max(0, Math.min(visible.length - 1, index < 0 ? 0 : index + step))]
      focusClaim(next.id)
    },
    [visible, wb.selectedClaimId, focusClaim],
  )

  const makeClaim = useCallback(() => {
    if (selection && !selection.collapsed) {
      void wb.createClaim(selection.start, selection.end)
      window.getSelection()?.removeAllRanges()
      return
    }
    // From the keyboard: the next sentence after the selected claim that is not yet a claim
    // (known only once every claim of the article is in).
    if (!wb.article || wb.claimsLoading) return
    const occupied = [...wb.article.claims.map((c) => c.anchor.position), ...wb.article.article.nonClaims]
    const span = nextUnclaimedSentence(wb.article.article.text, occupied, selected?.anchor.position.end ?? 0)
    if (span) void wb.createClaim(span.start, span.end)
    else wb.setFlash({ tone: 'info', text: t('flash.nothingToClaim') })
  }, [selection, selected, wb])
  const split = useCallback(() => {
    if (!selected || !wb.article) return
    const { start, end } = selected.anchor.position
    // At the cursor when there is one inside the claim; from the keyboard alone, at the clause boundary nearest the middle.
    const at = selection?.collapsed && selection.start > start && selection.start < end ? selection.start : clauseSplitPoint(wb.article.article.text, { start, end })
    if (at !== null) void wb.splitClaim(selected.id, at)
    else wb.setFlash({ tone: 'info', text: t('flash.noSplitPoint') })
  }, [selection, selected, wb])

  const undoOrNative = useCallback(
    (which: 'undo' | 'redo') => {
      if (isTyping(document.activeElement)) document.execCommand(which)
      else void (which === 'undo' ? undo() : redo())
    },
    [undo, redo],
  )

  useEffect(() => {
    const offs = [
      window.api.events.on('menu.import', () => void importFromDialog()),
      window.api.events.on('menu.importPaste', () => setDialog('paste')),
      window.api.events.on('menu.undo', () => undoOrNative('undo')),
      window.api.events.on('menu.redo', () => undoOrNative('redo')),
      window.api.events.on('menu.shortcuts', () => setDialog('shortcuts')),
      window.api.events.on('menu.export', () => setDialog('export')),
      window.api.events.on('menu.merge', () => setDialog('merge')),
      window.api.events.on('menu.settings', () => setDialog('settings')),
      window.api.events.on('menu.help', () => openHelp()),
      window.api.events.on('menu.about', () => openHelp('about')),
      window.api.events.on('import.progress', (payload) => {
        const p = payload as ImportProgress | undefined
        if (p) setBusyText(t('flash.importStage', { name: p.name, stage: p.stage }))
      }),
    ]
    return () => offs.forEach((off) => off())
  }, [importFromDialog, undoOrNative, setBusyText, openHelp])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A control that handled the key itself (menu button, splitter, highlight) keeps it.
      if (dialog || (e.defaultPrevented && e.key !== 'Escape')) return
      const mod = e.ctrlKey || e.metaKey
      if (mod && e.key.toLowerCase() === 'z') {
        if (isTyping(e.target)) return // the field's own undo
        e.preventDefault()
        void (e.shiftKey ? redo() : undo())
        return
      }
      if (mod && e.key.toLowerCase() === 'y' && !isTyping(e.target)) {
        e.preventDefault()
        void redo()
        return
      }
      if (mod && e.shiftKey && e.key.toLowerCase() === 'c') {
        e.preventDefault()
        setDialog('conflicts')
        return
      }
      if (mod && e.key.toLowerCase() === 'e') {
        e.preventDefault()
        setDialog('export')
        return
      }
      if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault()
        void importFromDialog()
        return
      }
      if (e.key === 'Escape') {
        if (isTyping(e.target)) (e.target as HTMLElement).blur()
        focusClaim(wb.selectedClaimId)
        return
      }
      if (mod || e.altKey || isTyping(e.target, e)) return
      // WCAG 2.1.4: character-key shortcuts can be turned off in Settings.
      if (!settings.singleKeyShortcuts && e.key.length === 1) return
      // Keys inside a splitter, menu or the search list are theirs.
      if ((e.target as HTMLElement | null)?.closest?.('[role="separator"], [role="menu"], [role="listbox"]')) return
      const claimId = wb.selectedClaimId
      const handled = (() => {
        switch (e.key) {
          case 'j':
          case 'ArrowDown':
            move(1)
            return true
          case 'k':
          case 'ArrowUp':
            move(-1)
            return true
          case '/':
            searchRef.current?.focus()
            return true
          case '?':
            setDialog('shortcuts')
            return true
          case 'c':
            makeClaim()
            return true
          case 'x':
            split()
            return true
        }
        if (!claimId) return false
        if (/^[0-5]$/.test(e.key)) {
          const value = e.key === '0' ? 'unreviewed' : CORROBORATION_KEYS[Number(e.key) - 1]
          onChange(claimId, 'setCorroboration', value)
          return true
        }
        const nudge = SPAN_KEYS[e.key]
        if (nudge && selected && wb.article) {
          const next = nudgeSpan(wb.article.article.text, selected.anchor.position, nudge.edge, nudge.direction)
          if (next) void wb.setSpan(selected.id, next.start, next.end)
          return true
        }
        switch (e.key) {
          case 's':
            document.getElementById(INSPECTOR_IDS.sourcing)?.focus()
            return true
          case 'n':
            document.getElementById(INSPECTOR_IDS.note)?.focus()
            return true
          case 'e':
            setEvidenceFormOpen(true)
            return true
          case 'm':
            void wb.mergeWithNext(claimId)
            return true
          case 'd':
            onChange(claimId, 'setState', selected?.state === 'dismissed' ? 'active' : 'dismissed')
            return true
          case 'Delete':
            void wb.deleteClaim(claimId).then(() => focusClaim(null))
            return true
        }
        return false
      })()
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [dialog, wb, move, makeClaim, split, onChange, selected, undo, redo, importFromDialog, focusClaim, settings.singleKeyShortcuts])

  if (wb.loadError) {
    return (
      <div className="fatal" role="alert">
        <h1>{t('app.loadError')}</h1>
        <p>{wb.loadError}</p>
      </div>
    )
  }

  return (
    <div
      className={dragging ? 'app dragging' : 'app'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault()
          setDragging(true)
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        const files = [...e.dataTransfer.files]
        if (files.length) void wb.importFiles(files)
      }}
    >
      <Header
        reviewed={progress.reviewed}
        total={progress.total}
        save={lockHeldElsewhere(engine) && wb.save.status === 'error' ? { status: 'error', message: t('engine.lockSaveLine') } : wb.save}
        busy={wb.busy}
        undoState={removal.undoState(wb.undoState)}
        onUndo={() => void undo()}
        onRedo={() => void redo()}
        onImport={() => void importFromDialog()}
        onPaste={() => setDialog('paste')}
        onShortcuts={() => setDialog('shortcuts')}
        onExport={() => setDialog('export')}
        onSettings={() => setDialog('settings')}
        onHelp={() => openHelp()}
        onNewWorkspace={() => void window.api.workspace.create().catch((e: unknown) => wb.setFlash({ tone: 'error', text: errorText(e) }))}
        onOpenWorkspace={() => void window.api.workspace.open().catch((e: unknown) => wb.setFlash({ tone: 'error', text: errorText(e) }))}
        conflicts={{
          label: conflicts.list?.conflicts.length ? t('related.view.buttonCount', { count: conflicts.list.conflicts.length }) : t('related.view.button'),
          run: () => setDialog('conflicts'),
        }}
        search={<SearchBox ref={searchRef} onOpen={(hit) => void wb.openArticle(hit.articleId, hit.claimId).then(() => focusClaim(hit.claimId))} />}
      />
      {loadedSettings && !loadedSettings.reviewerName && !skipped && (
        <WelcomeBanner
          onSave={(name) => void updateSettings({ reviewerName: name })}
          onSkip={() => {
            rememberWelcomeSkipped()
            setSkipped(true)
          }}
        />
      )}
      <EngineBanners state={engine} />
      {removal.bannerRemoval && <RemovalBanner removal={removal.bannerRemoval} onUndo={() => void undo()} onDismiss={removal.dismissBanner} />}
      {wb.info && wb.info.notices.length > 0 && (
        <div className="banner banner-warning" role="alert">
          {wb.info.notices.filter((n) => !wb.info?.incompleteMerges?.some((m) => n.file.endsWith(m.mergeId))).map((n) => (
            <p key={n.file}>
              {tm(noticeMessage(n))}
            </p>
          ))}
        </div>
      )}
      {wb.flash && (
        <div className={`banner banner-${wb.flash.tone}`} role={wb.flash.tone === 'error' ? 'alert' : 'status'}>
          <p>{wb.flash.text}</p>
          <button type="button" className="link" onClick={() => wb.setFlash(null)} aria-label={t('flash.dismiss')}>
            ✕
          </button>
        </div>
      )}
      <main className="workbench" style={{ gridTemplateColumns: layout.columns }}>
        <SidePane side="left" width={layout.width.left} folded={layout.panes.left.folded} onResize={(w) => layout.resize('left', w)} onToggle={() => layout.toggle('left')}>
          <ArticleList
            articles={wb.articles}
            selectedId={wb.article?.article.id ?? null}
            onSelect={(id) => void wb.openArticle(id, null)}
            onEditDetails={() => setDialog('meta')}
            onRemove={removal.askToRemove}
          />
          {wb.article && (
            <>
              <ClaimFilters filter={filter} tags={articleTags} onChange={setFilter} order={order} onOrderChange={setOrder} />
              <ClaimList
                claims={visible}
                total={listTotal}
                selectedId={wb.selectedClaimId}
                onSelect={setSelectedClaimId}
                textScale={TEXT_SIZE_SCALE[settings.textSize] ?? 1}
                loading={wb.claimsLoading}
              />
            </>
          )}
          {wb.info && <WorkspacePanel info={wb.info} reviewerName={settings.reviewerName} onSettings={() => setDialog('settings')} />}
          <RemovedArticles version={removal.removedVersion} articles={wb.articles} onRestore={(id) => void removal.restore(id)} />
        </SidePane>
        <div className="pane pane-centre">
          {wb.article ? (
            <>
              <SummaryPanel claims={claims} conflicting={conflicts.countIn(wb.article.article.id)} />
              <ArticleText
                ref={textRef}
                file={wb.article}
                selectedClaimId={wb.selectedClaimId}
                visibleClaimIds={visibleIds}
                selection={selection}
                onSelectClaim={setSelectedClaimId}
                onMakeClaim={makeClaim}
                onSplit={split}
              />
            </>
          ) : (
            <p className="empty centre-empty">{t('flash.emptyCentre')}</p>
          )}
        </div>
        <SidePane side="right" width={layout.width.right} folded={layout.panes.right.folded} onResize={(w) => layout.resize('right', w)} onToggle={() => layout.toggle('right')}>
          <Inspector
            claim={selected}
            knownTags={knownTags}
            evidenceFormOpen={evidenceFormOpen}
            setEvidenceFormOpen={setEvidenceFormOpen}
            onChange={onChange}
            onAddEvidence={wb.addEvidence}
            onUpdateEvidence={wb.updateEvidence}
            onRemoveEvidence={wb.removeEvidence}
            onMergeWithNext={(id) => void wb.mergeWithNext(id)}
            onDelete={(id) => void wb.deleteClaim(id)}
            onHelp={openHelp}
            alsoReported={
              selected &&
              wb.article && (
                <AlsoReportedSection
                  key={`${wb.article.article.id}/${selected.id}`}
                  claim={selected}
                  article={wb.article.article}
                  articleCount={wb.articles.length}
                  run={(label, call) =>
                    wb.change(call, (result) => {
                      wb.applyLocally(result.alsoReported.articleId, [result.claim])
                      conflicts.refresh() // a decision can split a group or end a conflict
                      return { undoLabel: label }
                    })
                  }
                  onOpen={(articleId, claimId) => void wb.openArticle(articleId, claimId).then(() => focusClaim(claimId))}
                />
              )
            }
          />
        </SidePane>
      </main>
      {removal.confirming && (
        <RemoveArticleDialog
          key={removal.confirmKey}
          article={removal.confirming}
          onConfirm={() => void removal.remove(removal.confirming!)}
          onClose={removal.cancelOf(removal.confirmKey)}
        />
      )}
      {dialog === 'paste' && <PasteDialog key={dialogKey} onImport={wb.importText} onClose={closeDialog} />}
      {dialog === 'export' && (
        <ExportDialog
          key={dialogKey}
          articleId={wb.article?.article.id ?? null}
          articleTitle={wb.article?.article.title ?? null}
          defaultFormat={settings.exportFormat}
          onDone={(text) => wb.setFlash({ tone: 'info', text })}
          onClose={closeDialog}
        />
      )}
      {dialog === 'merge' && <MergeDialog key={dialogKey} onChanged={wb.reload} onClose={closeDialog} />}
      {dialog === 'shortcuts' && <ShortcutsOverlay key={dialogKey} onClose={closeDialog} />}
      {dialog === 'settings' && <SettingsDialog key={dialogKey} settings={settings} onChange={(patch) => void updateSettings(patch)} onClose={closeDialog} />}
      {dialog === 'conflicts' && (
        <ConflictsDialog
          key={dialogKey}
          conflicts={conflicts}
          onOpen={(articleId, claimId) => {
            setDialog(null)
            void wb.openArticle(articleId, claimId).then(() => focusClaim(claimId))
          }}
          onClose={closeDialog}
        />
      )}
      {dialog === 'help' && <HelpDialog key={dialogKey} topic={helpTopic} version={APP_VERSION} onClose={closeDialog} />}
      {/* Opens once the whole text is in: saving a part of it would cut the article. */}
      {dialog === 'meta' && wb.article && !wb.textLoading && <MetaDialog key={dialogKey} article={wb.article.article} onSave={wb.updateMeta} onSaveText={wb.updateText} onClose={closeDialog} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('flash.dropToImport')}
        </div>
      )}
    </div>
  )
}
