import { useId, useState } from 'react'
import type { EvidenceInput } from '../../../electron/core/api'
import { suggestCorroboration } from '../../../electron/core/review'
import type { Claim, Evidence } from '../../../electron/core/schema'
import { EVIDENCE_STANCES, type Corroboration } from '../../../electron/core/vocabulary'
import { CORROBORATION_LABELS } from '../i18n/vocabulary'
import { t } from '../i18n'
import { Markup } from '../i18n/Markup'
import { tm } from '../i18n/messages'

const STANCE_GLYPHS: Record<Evidence['stance'], string> = { supports: '+', contradicts: '−', context: '•' }

interface Props {
  claim: Claim
  formOpen: boolean
  setFormOpen(open: boolean): void
  onAdd(input: EvidenceInput): Promise<unknown>
  onUpdate(evidenceId: string, patch: Partial<EvidenceInput>): Promise<unknown>
  onRemove(evidenceId: string): Promise<unknown>
  onApplySuggestion(value: Corroboration): void
}

function EvidenceForm(props: { initial?: Evidence; onSave(input: EvidenceInput): Promise<unknown>; onCancel(): void }) {
  const ids = { citation: useId(), url: useId(), note: useId(), stance: useId(), independent: useId(), file: useId() }
  const [citation, setCitation] = useState(props.initial?.citation ?? '')
  const [url, setUrl] = useState(props.initial?.url ?? '')
  const [note, setNote] = useState(props.initial?.note ?? '')
  const [stance, setStance] = useState<Evidence['stance']>(props.initial?.stance ?? 'supports')
  const [independent, setIndependent] = useState(props.initial?.independent ?? true)
  const [attachFile, setAttachFile] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const urlOk = !url.trim() || /^https?:\/\//i.test(url.trim())
  return (
    <form
      className="evidence-form"
      aria-label={props.initial ? t('evidence.edit') : t('evidence.new')}
      onSubmit={async (e) => {
        e.preventDefault()
        if (!urlOk) return setError(t('evidence.onlyHttp'))
        setError(null)
        await props.onSave({
          citation: citation.trim() || url.trim(),
          url: url.trim() || null,
          note,
          stance,
          independent,
          ...(props.initial ? {} : { attachFile }),
        })
      }}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <label htmlFor={ids.citation}>{t('evidence.citation')}</label>
      <input id={ids.citation} value={citation} onChange={(e) => setCitation(e.target.value)} autoFocus placeholder={t('evidence.citationPlaceholder')} />
      <label htmlFor={ids.url}>{t('evidence.url')}</label>
      <input id={ids.url} value={url} onChange={(e) => setUrl(e.target.value)} placeholder={t('evidence.urlPlaceholder')} aria-invalid={!urlOk} />
      <label htmlFor={ids.stance}>{t('evidence.stance')}</label>
      <select id={ids.stance} value={stance} onChange={(e) => setStance(e.target.value as Evidence['stance'])}>
        {EVIDENCE_STANCES.map((s) => (
          <option key={s} value={s}>
            {t(`evidence.stances.${s}`)}
          </option>
        ))}
      </select>
      <label className="check" htmlFor={ids.independent}>
        <input id={ids.independent} type="checkbox" checked={independent} onChange={(e) => setIndependent(e.target.checked)} />
        {t('evidence.independentOfSource')}
      </label>
      <label htmlFor={ids.note}>{t('evidence.note')}</label>
      <textarea id={ids.note} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {!props.initial && (
        <label className="check" htmlFor={ids.file}>
          <input id={ids.file} type="checkbox" checked={attachFile} onChange={(e) => setAttachFile(e.target.checked)} />
          {t('evidence.attachFile')}
        </label>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={props.onCancel}>
          {t('evidence.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!citation.trim() && !url.trim()}>
          {props.initial ? t('evidence.save') : t('evidence.add')}
        </button>
      </div>
    </form>
  )
}

export function EvidenceSection({ claim, formOpen, setFormOpen, onAdd, onUpdate, onRemove, onApplySuggestion }: Props) {
  const [editing, setEditing] = useState<string | null>(null)
  const suggestion = suggestCorroboration(claim.evidence)
  return (
    <section className="evidence" aria-label={t('evidence.title')}>
      <h3>
        {t('evidence.title')} <span className="count">{claim.evidence.length}</span>
      </h3>
      {suggestion.value && suggestion.value !== claim.corroboration && (
        <div className="suggestion" role="status" aria-label={t('evidence.suggestion')}>
          <Markup text={t('evidence.suggests', { value: CORROBORATION_LABELS[suggestion.value], reason: tm(suggestion.reason) })} />
          <button type="button" onClick={() => onApplySuggestion(suggestion.value!)}>
            {t('evidence.apply')}
          </button>
        </div>
      )}
      {!suggestion.value && claim.evidence.length > 0 && <p className="hint">{t('evidence.reason', { reason: tm(suggestion.reason) })}</p>}
      <ul>
        {claim.evidence.map((e) =>
          editing === e.id ? (
            <li key={e.id}>
              <EvidenceForm
                initial={e}
                onSave={async (input) => {
                  await onUpdate(e.id, input)
                  setEditing(null)
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={e.id} className={`evidence-item stance-${e.stance}`}>
              <div className="evidence-head">
                <span className="stance">
                  <span aria-hidden="true">{STANCE_GLYPHS[e.stance]}</span> {t(`evidence.stances.${e.stance}`)}
                </span>
                <span className={e.independent ? 'independence' : 'independence not'}>
                  {e.independent ? t('evidence.independent') : t('evidence.notIndependent')}
                </span>
              </div>
              <div className="citation">{e.citation}</div>
              {e.url && (
                <button type="button" className="link url" title={t('evidence.opensInBrowser')} onClick={() => void window.api.links.openExternal(e.url!)}>
                  {e.url} ↗
                </button>
              )}
              {e.file && (
                <div className="file" title={t('evidence.fileHash', { hash: e.file.sha256 })}>
                  {t('evidence.file', { name: e.file.name, kb: Math.ceil(e.file.bytes / 1024), hash: e.file.sha256.slice(0, 12) })}
                </div>
              )}
              {e.note && <div className="evidence-note">{e.note}</div>}
              <div className="item-actions">
                <button type="button" onClick={() => setEditing(e.id)} aria-label={t('evidence.editOne', { citation: e.citation })}>
                  {t('evidence.editButton')}
                </button>
                <button type="button" onClick={() => void onRemove(e.id)} aria-label={t('evidence.removeOne', { citation: e.citation })}>
                  {t('evidence.removeButton')}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {formOpen ? (
        <EvidenceForm
          onSave={async (input) => {
            await onAdd(input)
            setFormOpen(false)
          }}
          onCancel={() => setFormOpen(false)}
        />
      ) : (
        <button type="button" className="add-evidence" aria-label={t('evidence.addLabel')} onClick={() => setFormOpen(true)}>
          {t('evidence.addButton')}
        </button>
      )}
    </section>
  )
}
