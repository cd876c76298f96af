import { useCallback, useEffect, useMemo, useState } from 'react'
import { reviewProgress } from '../../electron/core/schema'
import { ArticleList } from './components/ArticleList'
import { ArticleText } from './components/ArticleText'
import { ClaimList } from './components/ClaimList'
import { Header } from './components/Header'
import { Inspector } from './components/Inspector'
import { PasteDialog } from './components/PasteDialog'
import { useWorkbench, type ClaimSetter } from './useWorkbench'

export function App() {
  const wb = useWorkbench()
  const [pasting, setPasting] = useState(false)
  const { importFromDialog } = wb

  useEffect(() => {
    const offImport = window.api.events.on('menu.import', () => void importFromDialog())
    const offPaste = window.api.events.on('menu.importPaste', () => setPasting(true))
    return () => {
      offImport()
      offPaste()
    }
  }, [importFromDialog])

  const progress = useMemo(() => reviewProgress(wb.article?.claims ?? []), [wb.article])
  const selected = wb.article?.claims.find((c) => c.id === wb.selectedClaimId) ?? null
  const { updateClaim } = wb
  const onChange = useCallback(
    (claimId: string, setter: ClaimSetter, value: unknown) => void updateClaim(claimId, setter, value as never),
    [updateClaim],
  )

  if (wb.loadError) {
    return (
      <div className="fatal" role="alert">
        <h1>Claimdesk could not open the workspace</h1>
        <p>{wb.loadError}</p>
      </div>
    )
  }

  return (
    <div className="app">
      <Header
        reviewed={progress.reviewed}
        total={progress.total}
        save={wb.save}
        onImport={() => void wb.importFromDialog()}
        onPaste={() => setPasting(true)}
      />
      {wb.info && wb.info.notices.length > 0 && (
        <div className="banner banner-warning" role="alert">
          {wb.info.notices.map((n) => (
            <p key={n.file}>
              {n.movedTo === n.file
                ? `Could not open ${n.file}: ${n.reason}. It was left untouched.`
                : `A damaged file could not be read (${n.reason}). It was moved aside, not deleted: ${n.movedTo}`}
            </p>
          ))}
        </div>
      )}
      {wb.flash && (
        <div className={`banner banner-${wb.flash.tone}`} role={wb.flash.tone === 'error' ? 'alert' : 'status'}>
          <p>{wb.flash.text}</p>
          <button type="button" className="link" onClick={() => wb.setFlash(null)} aria-label="Dismiss message">
            ✕
          </button>
        </div>
      )}
      <main className="workbench">
        <div className="pane pane-left">
          <ArticleList articles={wb.articles} selectedId={wb.article?.article.id ?? null} onSelect={(id) => void wb.openArticle(id)} />
          {wb.article && <ClaimList claims={wb.article.claims} selectedId={wb.selectedClaimId} onSelect={wb.setSelectedClaimId} />}
        </div>
        <div className="pane pane-centre">
          {wb.article ? (
            <ArticleText file={wb.article} selectedClaimId={wb.selectedClaimId} onSelectClaim={wb.setSelectedClaimId} />
          ) : (
            <p className="empty">Import an article to begin.</p>
          )}
        </div>
        <div className="pane pane-right">
          <Inspector claim={selected} onChange={onChange} />
        </div>
      </main>
      {pasting && <PasteDialog onImport={wb.importText} onClose={() => setPasting(false)} />}
    </div>
  )
}
