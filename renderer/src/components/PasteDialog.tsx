import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../i18n'
import { errorText } from '../i18n/messages'

interface Props {
  onImport(text: string, sourceName: string | null): Promise<void>
  onClose(): void
}

export function PasteDialog({ onImport, onClose }: Props) {
  const textId = useId()
  const nameId = useId()
  const [text, setText] = useState('')
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} className="paste-dialog" aria-label={t('paste.label')} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={async (e) => {
          e.preventDefault()
          setBusy(true)
          setError(null)
          try {
            await onImport(text, name.trim() || null)
            onClose()
          } catch (err) {
            setError(errorText(err))
          } finally {
            setBusy(false)
          }
        }}
      >
        <h2>{t('paste.title')}</h2>
        <label htmlFor={nameId}>{t('paste.name')}</label>
        <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('paste.namePlaceholder')} />
        <label htmlFor={textId}>{t('paste.text')}</label>
        <textarea id={textId} value={text} rows={14} onChange={(e) => setText(e.target.value)} autoFocus />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('paste.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !text.trim()}>
            {busy ? t('paste.importing') : t('paste.import')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
