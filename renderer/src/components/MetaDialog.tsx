import { useEffect, useId, useRef, useState } from 'react'
import type { Article, ArticleMeta } from '../../../electron/core/schema'
import { t } from '../i18n'

const FIELDS = [
  { key: 'title' },
  { key: 'outlet', placeholder: t('meta.placeholders.outlet') },
  { key: 'author' },
  { key: 'url', placeholder: t('meta.placeholders.url') },
  { key: 'publishedAt', placeholder: t('meta.placeholders.publishedAt') },
  { key: 'language', placeholder: t('meta.placeholders.language') },
] as const satisfies readonly { key: keyof ArticleMeta; placeholder?: string }[]

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
    <dialog ref={ref} className="paste-dialog" aria-label={t('meta.title')} onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault()
          await onSave(Object.fromEntries(FIELDS.map((f) => [f.key, values[f.key]])) as Partial<ArticleMeta>)
          if (text !== article.text) await onSaveText(text)
          onClose()
        }}
      >
        <h2>{t('meta.title')}</h2>
        {FIELDS.map((f) => (
          <div key={f.key} className="field">
            <label htmlFor={`${base}-${f.key}`}>{t(`meta.fields.${f.key}`)}</label>
            <input
              id={`${base}-${f.key}`}
              value={values[f.key]}
              placeholder={'placeholder' in f ? f.placeholder : undefined}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${base}-text`}>{t('meta.text')}</label>
          <textarea id={`${base}-text`} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          <p className="hint">{t('meta.textHint')}</p>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('meta.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('meta.save')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
