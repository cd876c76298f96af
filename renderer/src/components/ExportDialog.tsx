// File > Export report…: scope, format and filter, a Markdown preview of exactly what
// the editor will read, and a native "Save as". Nothing is written until Save.
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { ReportFormat } from '../../../electron/core/report'
import { type Corroboration } from '../../../electron/core/vocabulary'
import { CORROBORATION_LABELS } from '../i18n/vocabulary'
import { EXPORT_FORMATS as FORMATS } from '../export-formats'
import { ReportPreview } from './ReportPreview'
import type { OmittedClaimReview } from '../../../electron/core/report/claimreview'
import { OmittedReviews } from '../features/OmittedReviews'
import { t } from '../i18n'
import { errorText } from '../i18n/messages'


const FILTERS: { value: string; label: string; corroboration?: Corroboration[]; singleAnonymousSource?: boolean }[] = [
  { value: 'all', label: t('export.filters.all') },
  { value: 'contradicted', label: t('export.filters.contradicted', { status: CORROBORATION_LABELS.contradicted.toLowerCase() }), corroboration: ['contradicted'] },
  { value: 'unresolved', label: t('export.filters.unresolved'), corroboration: ['unverified', 'unreviewed'] },
  { value: 'single', label: t('export.filters.single'), singleAnonymousSource: true },
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
    <dialog ref={ref} className="export-dialog" aria-label={t('export.label')} onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault()
          setBusy(true)
          setError(null)
          setStage(null)
          try {
            const saved = await window.api.reports.export(request)
            // A PDF printed without tags or bookmarks (too large for Chromium to tag) says so.
            const done = !saved ? '' : saved.notice ? t('export.savedWithNotice', { path: saved.path, notice: saved.notice }) : t('export.saved', { path: saved.path })
            if (saved?.omitted?.length) {
              onDone(done)
              setLeftOut({ path: saved.path, omitted: saved.omitted })
            } else if (saved) {
              onDone(done)
              onClose()
            }
          } catch (err) {
            setError(errorText(err))
          } finally {
            setBusy(false)
            setStage(null)
          }
        }}
      >
        <h2>{t('export.title')}</h2>
        <div className="export-grid">
          <div className="export-options">
            <fieldset>
              <legend>{t('export.articles')}</legend>
              <label>
                <input type="radio" name={ids.scope} checked={scope === 'article'} disabled={!articleId} onChange={() => setScope('article')} />
                {articleTitle ? t('export.thisArticleNamed', { title: articleTitle }) : t('export.thisArticle')}
              </label>
              <label>
                <input type="radio" name={ids.scope} checked={scope === 'all'} onChange={() => setScope('all')} />
                {t('export.everyArticle')}
              </label>
            </fieldset>
            <fieldset>
              <legend>{t('export.format')}</legend>
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
              <label htmlFor={ids.filter}>{t('export.claims')}</label>
              <select id={ids.filter} value={filterKey} disabled={format === 'json'} onChange={(e) => setFilterKey(e.target.value)}>
                {FILTERS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
              {format === 'json' && <p className="hint">{t('export.jsonComplete')}</p>}
            </div>
          </div>
          <ReportPreview format={format} requestKey={key} onError={onPreviewError} />
        </div>
        {leftOut && (
          <div className="export-result" role="status">
            <p>{t('omitted.saved', { path: leftOut.path })}</p>
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
            <span className="export-progress" role="status" aria-label={t('export.progress')}>
              <span className="spinner" aria-hidden="true" /> {stage ? t('export.exportingStage', { stage }) : t('export.exporting')}
            </span>
          )}
          {busy ? (
            <button type="button" onClick={() => void window.api.reports.cancel()}>
              {t('export.cancelExport')}
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              {t('export.cancel')}
            </button>
          )}
          {leftOut && (
            <button type="button" onClick={onClose}>
              {t('omitted.close')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('export.exporting') : t('export.save')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
