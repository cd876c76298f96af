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

export function MetaDialog({ article, onSave, onClose }: { article: Article; onSave(patch: Partial<ArticleMeta>): Promise<unknown>; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const base = useId()
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, (article[f.key] as string | null) ?? ''])),
  )
  useEffect(() => ref.current?.showModal(), [])
  return (
    <dialog ref={ref} className="paste-dialog" aria-label="Article details" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault()
          await onSave(Object.fromEntries(FIELDS.map((f) => [f.key, values[f.key]])) as Partial<ArticleMeta>)
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
