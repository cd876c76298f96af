import { useId, useState } from 'react'
import type { EvidenceInput } from '../../../electron/core/api'
import { suggestCorroboration } from '../../../electron/core/review'
import type { Claim, Evidence } from '../../../electron/core/schema'
import { CORROBORATION_LABELS, EVIDENCE_STANCES, type Corroboration } from '../../../electron/core/vocabulary'

const STANCE_LABELS: Record<Evidence['stance'], string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
}
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
      aria-label={props.initial ? 'Edit evidence' : 'New evidence'}
      onSubmit={async (e) => {
        e.preventDefault()
        if (!urlOk) return setError('Only http and https links can be kept.')
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
      <label htmlFor={ids.citation}>Citation</label>
      <input id={ids.citation} value={citation} onChange={(e) => setCitation(e.target.value)} autoFocus placeholder="Who, what, when: e.g. KCNA report, 21 Oct" />
      <label htmlFor={ids.url}>URL</label>
      <input id={ids.url} value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" aria-invalid={!urlOk} />
      <label htmlFor={ids.stance}>Stance</label>
      <select id={ids.stance} value={stance} onChange={(e) => setStance(e.target.value as Evidence['stance'])}>
        {EVIDENCE_STANCES.map((s) => (
          <option key={s} value={s}>
            {STANCE_LABELS[s]}
          </option>
        ))}
      </select>
      <label className="check" htmlFor={ids.independent}>
        <input id={ids.independent} type="checkbox" checked={independent} onChange={(e) => setIndependent(e.target.checked)} />
        Independent of the article’s own source
      </label>
      <label htmlFor={ids.note}>Evidence note</label>
      <textarea id={ids.note} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {!props.initial && (
        <label className="check" htmlFor={ids.file}>
          <input id={ids.file} type="checkbox" checked={attachFile} onChange={(e) => setAttachFile(e.target.checked)} />
          Attach a local file (copied into the workspace, SHA-256 recorded)
        </label>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!citation.trim() && !url.trim()}>
          {props.initial ? 'Save evidence' : 'Add'}
        </button>
      </div>
    </form>
  )
}

export function EvidenceSection({ claim, formOpen, setFormOpen, onAdd, onUpdate, onRemove, onApplySuggestion }: Props) {
  const [editing, setEditing] = useState<string | null>(null)
  const suggestion = suggestCorroboration(claim.evidence)
  return (
    <section className="evidence" aria-label="Evidence">
      <h3>
        Evidence <span className="count">{claim.evidence.length}</span>
      </h3>
      {suggestion.value && suggestion.value !== claim.corroboration && (
        <div className="suggestion" role="status" aria-label="Corroboration suggestion">
          Evidence suggests <strong>{CORROBORATION_LABELS[suggestion.value]}</strong> ({suggestion.reason}).
          <button type="button" onClick={() => onApplySuggestion(suggestion.value!)}>
            Apply
          </button>
        </div>
      )}
      {!suggestion.value && claim.evidence.length > 0 && <p className="hint">{suggestion.reason}.</p>}
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
                  <span aria-hidden="true">{STANCE_GLYPHS[e.stance]}</span> {STANCE_LABELS[e.stance]}
                </span>
                <span className={e.independent ? 'independence' : 'independence not'}>
                  {e.independent ? 'Independent' : 'Not independent'}
                </span>
              </div>
              <div className="citation">{e.citation}</div>
              {e.url && (
                <button type="button" className="link url" title="Opens in your browser" onClick={() => void window.api.links.openExternal(e.url!)}>
                  {e.url} ↗
                </button>
              )}
              {e.file && (
                <div className="file" title={`SHA-256 ${e.file.sha256}`}>
                  📎 {e.file.name} · {Math.ceil(e.file.bytes / 1024)} KB · sha256 {e.file.sha256.slice(0, 12)}…
                </div>
              )}
              {e.note && <div className="evidence-note">{e.note}</div>}
              <div className="item-actions">
                <button type="button" onClick={() => setEditing(e.id)} aria-label={`Edit evidence ${e.citation}`}>
                  Edit
                </button>
                <button type="button" onClick={() => void onRemove(e.id)} aria-label={`Remove evidence ${e.citation}`}>
                  Remove
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
        <button type="button" className="add-evidence" aria-label="Add evidence" onClick={() => setFormOpen(true)}>
          + Add evidence
        </button>
      )}
    </section>
  )
}
