// Combine another offline reviewer's work: their JSON export or workspace folder is
// merged claim by claim; conflicts are listed here and kept in each claim's history.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MergeOutcome, MergeSummary } from '../../../electron/core/api'
import { formatDateTime } from '../format'
import { ActionError, useAction } from '../useAction'
import { t } from '../i18n'
import { shownSource, tm } from '../i18n/messages'

interface Props {
  onChanged(): Promise<unknown>
  onClose(): void
}

export function MergeDialog({ onChanged, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null)
  const [history, setHistory] = useState<MergeSummary[]>([])
  const { busy, error, run: runAction } = useAction()
  const [notice, setNotice] = useState<string | null>(null)
  const refresh = useCallback(() => window.api.merge.list().then(setHistory), [])
  useEffect(() => {
    ref.current?.showModal()
    void refresh()
  }, [refresh])

  const run = (task: () => Promise<void>) =>
    runAction(async () => {
      await task()
      await refresh()
      await onChanged()
    })

  return (
    <dialog ref={ref} className="export-dialog" aria-label={t('merge.title')} onClose={onClose}>
      <div className="merge-body">
        <h2>{t('merge.title')}</h2>
        <p className="hint">
          {t('merge.explain')}
        </p>
        <div className="dialog-actions left">
          <button type="button" className="primary" disabled={busy} onClick={() => run(async () => setOutcome(await window.api.merge.fromDialog('export')))}>
            {t('merge.exportFile')}
          </button>
          <button type="button" disabled={busy} onClick={() => run(async () => setOutcome(await window.api.merge.fromDialog('folder')))}>
            {t('merge.folder')}
          </button>
        </div>
        <ActionError error={error} />
        {notice && <p role="status">{notice}</p>}
        {outcome && (
          <section className="export-preview" aria-label={t('merge.report')} tabIndex={0}>
            <pre>{outcome.reportLines ? outcome.reportLines.map((line) => (typeof line === 'string' ? line : tm(line))).join('\n') : outcome.report}</pre>
          </section>
        )}
        {history.length > 0 && (
          <section aria-label={t('merge.earlier')} className="merge-history">
            <h3>{t('merge.earlier')}</h3>
            <ul>
              {history.map((m) => (
                <li key={m.mergeId}>
                  <span>
                    <time dateTime={m.at}>{formatDateTime(m.at)}</time> · {shownSource(m.source)} · {t('merge.articles', { count: m.articles })}
                    {m.undoneAt ? t('merge.undoneMark') : ''}
                  </span>
                  {!m.undoneAt && (
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={t('merge.undoOf', { source: shownSource(m.source) })}
                      onClick={() =>
                        run(async () => {
                          const undone = await window.api.merge.undo(m.mergeId)
                          setNotice(t('merge.undone', { restored: undone.restored, removed: undone.removed, savedTo: undone.savedTo }))
                        })
                      }
                    >
                      {t('merge.undo')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <form method="dialog" className="dialog-actions">
          <button type="submit">{t('merge.close')}</button>
        </form>
      </div>
    </dialog>
  )
}
