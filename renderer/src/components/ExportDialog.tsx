// File > Export report…: scope, format and filter, a Markdown preview of exactly what
// the editor will read, and a native "Save as". Nothing is written until Save.
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { ReportFormat } from '../../../electron/core/report'
import { CORROBORATION_LABELS, type Corroboration } from '../../../electron/core/vocabulary'
import { EXPORT_FORMATS as FORMATS } from '../export-formats'
import { ReportPreview } from './ReportPreview'
import type { OmittedClaimReview } from '../../../electron/core/report/claimreview'
import { OmittedReviews } from '../features/OmittedReviews'
import { FEATURE_STRINGS } from '../features/strings'


const FILTERS: { value: string; label: string; corroboration?: Corroboration[]; singleAnonymousSource?: boolean }[] = [
  { value: 'all', label: 'All claims' },
  { value: 'contradicted', label: `Only ${CORROBORATION_LABELS.contradicted.toLowerCase()}`, corroboration: ['contradicted'] },
  { value: 'unresolved', label: 'Only unverified or unreviewed', corroboration: ['unverified', 'unreviewed'] },
  { value: 'single', label: 'Only claims resting on a single anonymous source', singleAnonymousSource: true },
]

interface Props {
  articleId: string | null
  articleTitle: string | null
  /** The reviewer's default format (Settings). */
  defaultFormat?: ReportFormat
  onDone(message: string): void
  onClose(): void
}

export function ExportDialog({ articleId, articleTitle, defaultFormat, onDone, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const ids = { scope: useId(), format: useId(), filter: useId() }
  const [scope, setScope] = useState<'article' | 'all'>(articleId ? 'article' : 'all')
  const [format, setFormat] = useState<ReportFormat>(defaultFormat ?? 'html')
  const [filterKey, setFilterKey] = useState('all')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [stage, setStage] = useState<string | null>(null)
  // A ClaimReview export that left reviews out stays open to say which and why.
  const [leftOut, setLeftOut] = useState<{ path: string; omitted: OmittedClaimReview[] } | null>(null)
  useEffect(() => {
    ref.current?.showModal()
    return window.api.events.on('export.progress', (payload) => setStage((payload as { stage: string } | undefined)?.stage ?? null))
  }, [])

  const filter = FILTERS.find((f) => f.value === filterKey)!
  const request = {
    format,
    articles: scope === 'article' && articleId ? [articleId] : ('all' as const),
    ...(filter.corroboration || filter.singleAnonymousSource
      ? { filter: { corroboration: filter.corroboration, singleAnonymousSource: filter.singleAnonymousSource } }
      : {}),
  }
  const { format: _format, ...rest } = request
  const key = JSON.stringify(rest)
  const onPreviewError = useCallback((message: string) => setError(message), [])

  return (
    <dialog ref={ref} className="export-dialog" aria-label="Export report" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault()
          setBusy(true)
          setError(null)
          setStage(null)
          try {
            const saved = await window.api.reports.export(request)
            // A PDF printed without tags or bookmarks (too large for Chromium to tag) says so.
            const done = saved ? `Report saved: ${saved.path}${saved.notice ? `. ${saved.notice}` : ''}` : ''
            if (saved?.omitted?.length) {
              onDone(done)
              setLeftOut({ path: saved.path, omitted: saved.omitted })
            } else if (saved) {
              onDone(done)
              onClose()
            }
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err))
          } finally {
            setBusy(false)
            setStage(null)
          }
        }}
      >
        <h2>Export claim report</h2>
        <div className="export-grid">
          <div className="export-options">
            <fieldset>
              <legend>Articles</legend>
              <label>
                <input type="radio" name={ids.scope} checked={scope === 'article'} disabled={!articleId} onChange={() => setScope('article')} />
                This article{articleTitle ? `: ${articleTitle}` : ''}
              </label>
              <label>
                <input type="radio" name={ids.scope} checked={scope === 'all'} onChange={() => setScope('all')} />
                Every article in the workspace
              </label>
            </fieldset>
            <fieldset>
              <legend>Format</legend>
              {FORMATS.map((f) => (
                <label key={f.value}>
                  <input type="radio" name={ids.format} checked={format === f.value} onChange={() => setFormat(f.value)} />
                  <span>
                    <strong>{f.label}</strong> <span className="hint">{f.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={ids.filter}>Claims</label>
              <select id={ids.filter} value={filterKey} disabled={format === 'json'} onChange={(e) => setFilterKey(e.target.value)}>
                {FILTERS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
              {format === 'json' && <p className="hint">The JSON export is always complete, so another reviewer loses nothing.</p>}
            </div>
          </div>
          <ReportPreview format={format} requestKey={key} onError={onPreviewError} />
        </div>
        {leftOut && (
          <div className="export-result" role="status">
            <p>{FEATURE_STRINGS.omitted.saved(leftOut.path)}</p>
            <OmittedReviews omitted={leftOut.omitted} />
          </div>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {busy && (
            <span className="export-progress" role="status" aria-label="Export progress">
              <span className="spinner" aria-hidden="true" /> Exporting{stage ? `: ${stage}` : ''}…
            </span>
          )}
          {busy ? (
            <button type="button" onClick={() => void window.api.reports.cancel()}>
              Cancel export
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          )}
          {leftOut && (
            <button type="button" onClick={onClose}>
              {FEATURE_STRINGS.omitted.close}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Save report…'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
