import { useEffect, useId, useRef, useState } from 'react'
import type { Article, ArticleMeta } from '../../../electron/core/schema'

const FIELDS: { key: keyof ArticleMeta; label: string; placeholder?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet', placeholder: 'e.g. Daily NK' },
  { key: 'author', label: 'Author' },
  { key: 'url', label: 'URL', placeholder: 'https://…' },
  { key: 'publishedAt', label: 'Publication date', placeholder: 'YYYY-MM-DD' },
  { key: 'language', label: 'Language', placeholder: 'e.g. en, ko' },
]

interface Props {
  article: Article
  onSave(patch: Partial<ArticleMeta>): Promise<unknown>
  onSaveText(text: string): Promise<unknown>
  onClose(): void
}

export function MetaDialog({ article, onSave, onSaveText, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const base = useId()
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, (article[f.key] as string | null) ?? ''])),
  )
  const [text, setText] = useState(article.text)
  useEffect(() => {
    void ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} className="paste-dialog" aria-label="Article details" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault()
          await onSave(Object.fromEntries(FIELDS.map((f) => [f.key, values[f.key]])) as Partial<ArticleMeta>)
          if (text !== article.text) await onSaveText(text)
          onClose()
        }}
      >
        <h2>Article details</h2>
        {FIELDS.map((f) => (
          <div key={f.key} className="field">
            <label htmlFor={`${base}-${f.key}`}>{f.label}</label>
            <input
              id={`${base}-${f.key}`}
              value={values[f.key]}
              placeholder={f.placeholder}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${base}-text`}>Article text</label>
          <textarea id={`${base}-text`} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          <p className="hint">Correcting the text keeps every claim: each is re-attached by its quote and context, or kept as orphaned.</p>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save details
          </button>
        </div>
      </form>
    </dialog>
  )
}
