import { memo, useEffect, useRef } from 'react'
import type { Claim } from '../../../electron/core/schema'
import { CORROBORATION_LABELS, SOURCING_LABELS } from '../../../electron/core/vocabulary'
import { CORROBORATION_GLYPHS } from './StatusBadge'

interface Props {
  claims: Claim[]
  total: number
  selectedId: string | null
  onSelect(id: string): void
}

export function ClaimList({ claims, total, selectedId, onSelect }: Props) {
  return (
    <section className="claim-list" aria-labelledby="claims-heading">
      <h2 className="pane-title" id="claims-heading">
        Claims{' '}
        <span className="count">
          {claims.length === total ? total : `${claims.length} of ${total}`}
        </span>
      </h2>
      {claims.length === 0 && <p className="empty">No claims match the filters.</p>}
      <ul aria-label="Claims">
        {claims.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} selected={claim.id === selectedId} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  )
}

/** One claim; memoised so that moving the selection re-renders two items, not thousands. */
const ClaimItem = memo(function ClaimItem({ claim, selected, onSelect }: { claim: Claim; selected: boolean; onSelect(id: string): void }) {
  const ref = useRef<HTMLButtonElement | null>(null)
  useEffect(() => {
    if (selected) void ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [selected])
  return (
    <li aria-label={claim.anchor.quote.exact}>
      <button
        type="button"
        ref={ref}
        className={`claim-item corroboration-${claim.corroboration}${selected ? ' selected' : ''}${claim.state === 'dismissed' ? ' dismissed' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(claim.id)}
      >
        <span className="claim-status" title={CORROBORATION_LABELS[claim.corroboration]} aria-hidden="true">
          {CORROBORATION_GLYPHS[claim.corroboration]}
        </span>
        <span className="claim-body">
          <span className="claim-text">{claim.anchor.quote.exact}</span>
          <span className="claim-tags">
            {CORROBORATION_LABELS[claim.corroboration]} · {SOURCING_LABELS[claim.sourcing.type]}
            {claim.hedge.hedged ? ` · hedged (“${claim.hedge.cue}”)` : ''}
            {claim.evidence.length ? ` · ${claim.evidence.length} evidence` : ''}
            {claim.state === 'orphaned' ? ' · orphaned' : ''}
            {claim.state === 'dismissed' ? ' · not a claim' : ''}
          </span>
        </span>
      </button>
    </li>
  )
})
