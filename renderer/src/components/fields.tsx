// Small labelled form controls used across the inspector.
import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../i18n'
import { draftOnStoreChange } from './draft-sync'

/** What a field means: a tooltip on its label, read to screen readers with the control, and a link to Help. */
export interface FieldHelp {
  hint: string
  onMore?(): void
}

function FieldLabel({ id, label, help, hintId }: { id: string; label: string; help?: FieldHelp; hintId: string }) {
  return (
    <div className="field-label">
      <label htmlFor={id} title={help?.hint}>
        {label}
      </label>
      {help && (
        <>
          <span id={hintId} className="visually-hidden">
            {help.hint}
          </span>
          {help.onMore && (
            <button type="button" className="field-help" aria-label={t('inspector.aboutField', { label })} title={help.hint} onClick={help.onMore}>
              ?
            </button>
          )}
        </>
      )}
    </div>
  )
}

export function Select<T extends string | number>(props: {
  label: string
  value: T | null
  options: readonly T[]
  labels: Record<T, string>
  none?: string
  prefixValue?: boolean
  id?: string
  help?: FieldHelp
  onChange(value: T | null): void
}) {
  const generated = useId()
  const hintId = useId()
  const id = props.id ?? generated
  return (
    <div className="field">
      <FieldLabel id={id} label={props.label} help={props.help} hintId={hintId} />
      <select
        id={id}
        aria-describedby={props.help ? hintId : undefined}
        value={props.value === null ? '' : String(props.value)}
        onChange={(e) => {
          const raw = e.target.value
          if (raw === '') return props.onChange(null)
          const match = props.options.find((o) => String(o) === raw)
          if (match !== undefined) props.onChange(match)
        }}
      >
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {props.prefixValue ? `${o} — ${props.labels[o]}` : props.labels[o]}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * A text field that saves on blur, on Enter (single line) and after a pause in typing,
 * and saves what was typed when the claim changes under it.
 */
export function CommitField(props: {
  label: string
  value: string
  multiline?: boolean
  placeholder?: string
  id?: string
  delayMs?: number
  help?: FieldHelp
  onCommit(value: string): void
}) {
  const generated = useId()
  const hintId = useId()
  const describedBy = props.help ? hintId : undefined
  const id = props.id ?? generated
  const [draft, setDraft] = useState(props.value)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef({ draft, value: props.value, onCommit: props.onCommit })
  latest.current = { draft, value: props.value, onCommit: props.onCommit }
  // the value the draft last agreed with the store on: typing since then is not overwritten by the store's answer
  const synced = useRef(props.value)

  useEffect(() => {
    setDraft(draftOnStoreChange(latest.current.draft, synced.current, props.value))
    synced.current = props.value
  }, [props.value])
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
      if (latest.current.draft !== latest.current.value) latest.current.onCommit(latest.current.draft)
    },
    [],
  )
  const commit = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (latest.current.draft !== latest.current.value) {
      synced.current = latest.current.draft
      props.onCommit(latest.current.draft)
    }
  }
  const onChange = (text: string) => {
    setDraft(text)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(commit, props.delayMs ?? 700)
  }
  return (
    <div className="field">
      <FieldLabel id={id} label={props.label} help={props.help} hintId={hintId} />
      {props.multiline ? (
        <textarea id={id} aria-describedby={describedBy} value={draft} rows={4} placeholder={props.placeholder} onChange={(e) => onChange(e.target.value)} onBlur={commit} />
      ) : (
        <input
          id={id}
          aria-describedby={describedBy}
          value={draft}
          placeholder={props.placeholder}
          onChange={(e) => onChange(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </div>
  )
}

export function TagsField({ tags, known, onChange }: { tags: string[]; known: string[]; onChange(tags: string[]): void }) {
  const id = useId()
  const listId = useId()
  const [draft, setDraft] = useState('')
  const add = () => {
    const tag = draft.trim()
    if (tag && !tags.includes(tag)) onChange([...tags, tag])
    setDraft('')
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t('inspector.tags')}</label>
      <div className="tags">
        {tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button type="button" aria-label={t('inspector.removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          list={listId}
          value={draft}
          placeholder={tags.length ? t('inspector.addTag') : t('inspector.firstTag')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault()
              add()
            } else if (e.key === 'Backspace' && !draft && tags.length) {
              onChange(tags.slice(0, -1))
            }
          }}
          onBlur={() => draft.trim() && add()}
        />
        <datalist id={listId}>
          {known.filter((k) => !tags.includes(k)).map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      </div>
    </div>
  )
}
