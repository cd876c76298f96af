import { useEffect, useId, useRef, useState } from 'react'
import type { Claim } from '../../../electron/core/schema'
import {
  CORROBORATION_LABELS,
  CORROBORATION_STATUSES,
  CREDIBILITY_GRADES,
  CREDIBILITY_LABELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  SOURCING_LABELS,
  SOURCING_TYPES,
} from '../../../electron/core/vocabulary'
import type { ClaimSetter } from '../useWorkbench'
import { CorroborationBadge } from './StatusBadge'

interface Props {
  claim: Claim | null
  onChange(claimId: string, setter: ClaimSetter, value: unknown): void
}

const NOTE_SAVE_DELAY_MS = 600

function NoteField({ claim, onChange }: { claim: Claim; onChange: Props['onChange'] }) {
  const id = useId()
  const [draft, setDraft] = useState(claim.note)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef({ draft, claim })
  latest.current = { draft, claim }

  useEffect(() => setDraft(claim.note), [claim.id, claim.note])
  // Save what was typed when the reviewer moves to another claim or closes the pane.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
      const { draft: text, claim: c } = latest.current
      if (text !== c.note) onChange(c.id, 'setNote', text)
    },
    [claim.id, onChange],
  )

  const commit = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (draft !== claim.note) onChange(claim.id, 'setNote', draft)
  }
  return (
    <div className="field">
      <label htmlFor={id}>Note</label>
      <textarea
        id={id}
        value={draft}
        rows={4}
        placeholder="What you checked, whom you asked, what is still open…"
        onChange={(e) => {
          setDraft(e.target.value)
          if (timer.current) clearTimeout(timer.current)
          const text = e.target.value
          timer.current = setTimeout(() => {
            timer.current = null
            if (text !== latest.current.claim.note) onChange(claim.id, 'setNote', text)
          }, NOTE_SAVE_DELAY_MS)
        }}
        onBlur={commit}
      />
    </div>
  )
}

function Select<T extends string | number>(props: {
  label: string
  value: T | null
  options: readonly T[]
  labels: Record<T, string>
  none?: string
  prefixValue?: boolean
  onChange(value: T | null): void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
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

export function Inspector({ claim, onChange }: Props) {
  if (!claim) {
    return (
      <aside className="inspector" aria-label="Claim inspector">
        <p className="empty">Select a claim in the list or in the text.</p>
      </aside>
    )
  }
  return (
    <aside className="inspector" aria-label="Claim inspector">
      <h2 className="pane-title">Claim</h2>
      <blockquote className="claim-quote">{claim.anchor.quote.exact}</blockquote>
      <div className="claim-facts">
        <CorroborationBadge value={claim.corroboration} />
        {claim.hedge.hedged && <span className="badge hedge">Hedged: “{claim.hedge.cue}”</span>}
        {claim.state === 'orphaned' && <span className="badge orphaned">Orphaned: text no longer found</span>}
      </div>
      {claim.sourcing.attribution && (
        <p className="attribution">
          <span className="label">Attribution</span> {claim.sourcing.attribution}
          {claim.sourcing.cue && <span className="cue"> (cue: “{claim.sourcing.cue}”)</span>}
        </p>
      )}

      <Select
        label="Sourcing"
        value={claim.sourcing.type}
        options={SOURCING_TYPES}
        labels={SOURCING_LABELS}
        onChange={(v) => v && onChange(claim.id, 'setSourcing', v)}
      />
      <p className="hint">
        {claim.sourcing.confirmed
          ? `Confirmed by a reviewer${claim.sourcing.type !== claim.sourcing.suggested ? ` (suggested: ${SOURCING_LABELS[claim.sourcing.suggested]})` : ''}.`
          : `Suggested from the text; choose to confirm.`}
      </p>
      <Select
        label="Corroboration"
        value={claim.corroboration}
        options={CORROBORATION_STATUSES}
        labels={CORROBORATION_LABELS}
        onChange={(v) => v && onChange(claim.id, 'setCorroboration', v)}
      />
      <div className="field-row">
        <Select
          label="Source reliability"
          value={claim.reliability}
          options={RELIABILITY_GRADES}
          labels={RELIABILITY_LABELS}
          none="Not graded"
          prefixValue
          onChange={(v) => onChange(claim.id, 'setReliability', v)}
        />
        <Select
          label="Information credibility"
          value={claim.credibility}
          options={CREDIBILITY_GRADES}
          labels={CREDIBILITY_LABELS}
          none="Not graded"
          prefixValue
          onChange={(v) => onChange(claim.id, 'setCredibility', v)}
        />
      </div>
      <NoteField key={claim.id} claim={claim} onChange={onChange} />

      {claim.signals.length > 0 && (
        <div className="signals">
          <span className="label">Why it was picked</span> (check-worthiness {Math.round(claim.checkworthiness * 100)}%):{' '}
          {claim.signals.join(', ')}
        </div>
      )}
      <section className="history" aria-label="History">
        <h3>History</h3>
        {claim.history.length === 0 ? (
          <p className="empty">No changes yet.</p>
        ) : (
          <ol>
            {[...claim.history].reverse().slice(0, 20).map((h, i) => (
              <li key={i}>
                <time dateTime={h.at}>{new Date(h.at).toLocaleString()}</time> {h.by}: {h.field}{' '}
                <span className="from">{JSON.stringify(h.from)}</span> → <span className="to">{JSON.stringify(h.to)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  )
}
