// Combine another offline reviewer's work: their JSON export or workspace folder is
// merged claim by claim; conflicts are listed here and kept in each claim's history.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { MergeOutcome, MergeSummary } from '../../../electron/core/api'
import { formatDateTime } from '../format'
import { ActionError, useAction } from '../useAction'

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
    <dialog ref={ref} className="export-dialog" aria-label="Merge another reviewer’s work" onClose={onClose}>
      <div className="merge-body">
        <h2>Merge another reviewer’s work</h2>
        <p className="hint">
          New articles are added; for articles you both have, claims merge one by one. Where you both changed the same field, the newer
          change wins and the other is kept in the claim’s history. A merge can be undone.
        </p>
        <div className="dialog-actions left">
          <button type="button" className="primary" disabled={busy} onClick={() => run(async () => setOutcome(await window.api.merge.fromDialog('export')))}>
            Merge an export file…
          </button>
          <button type="button" disabled={busy} onClick={() => run(async () => setOutcome(await window.api.merge.fromDialog('folder')))}>
            Merge a workspace folder…
          </button>
        </div>
        <ActionError error={error} />
        {notice && <p role="status">{notice}</p>}
        {outcome && (
          <section className="export-preview" aria-label="Merge report" tabIndex={0}>
            <pre>{outcome.report}</pre>
          </section>
        )}
        {history.length > 0 && (
          <section aria-label="Earlier merges" className="merge-history">
            <h3>Earlier merges</h3>
            <ul>
              {history.map((m) => (
                <li key={m.mergeId}>
                  <span>
                    {formatDateTime(m.at)} · {m.source} · {m.articles} article{m.articles === 1 ? '' : 's'}
                    {m.undoneAt ? ' · undone' : ''}
                  </span>
                  {!m.undoneAt && (
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Undo merge of ${m.source}`}
                      onClick={() =>
                        run(async () => {
                          const undone = await window.api.merge.undo(m.mergeId)
                          setNotice(`Merge undone: ${undone.restored} article(s) restored, ${undone.removed} removed (moved aside). Your state just before the undo is saved in ${undone.savedTo}.`)
                        })
                      }
                    >
                      Undo merge
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <form method="dialog" className="dialog-actions">
          <button type="submit">Close</button>
        </form>
      </div>
    </dialog>
  )
}
