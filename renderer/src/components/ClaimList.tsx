import { useEffect, useRef } from 'react'
import type { Claim } from '../../../electron/core/schema'
import { CORROBORATION_GLYPHS } from './StatusBadge'
import { CORROBORATION_LABELS, SOURCING_LABELS } from '../../../electron/core/vocabulary'

interface Props {
  claims: Claim[]
  selectedId: string | null
  onSelect(id: string): void
}

export function ClaimList({ claims, selectedId, onSelect }: Props) {
  const selectedRef = useRef<HTMLButtonElement | null>(null)
  useEffect(() => selectedRef.current?.scrollIntoView({ block: 'nearest' }), [selectedId])
  const active = claims.filter((c) => c.state !== 'dismissed')
  return (
    <section className="claim-list" aria-labelledby="claims-heading">
      <h2 className="pane-title" id="claims-heading">
        Claims <span className="count">{active.length}</span>
      </h2>
      <ul aria-label="Claims">
        {active.map((claim, i) => (
          <li key={claim.id} aria-label={claim.anchor.quote.exact}>
            <button
              type="button"
              ref={claim.id === selectedId ? selectedRef : undefined}
              className={`claim-item corroboration-${claim.corroboration}${claim.id === selectedId ? ' selected' : ''}`}
              aria-current={claim.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(claim.id)}
            >
              <span className="claim-status" title={CORROBORATION_LABELS[claim.corroboration]} aria-hidden="true">
                {CORROBORATION_GLYPHS[claim.corroboration]}
              </span>
              <span className="claim-body">
                <span className="claim-number">{i + 1}.</span> {claim.anchor.quote.exact}
                <span className="claim-tags">
                  {SOURCING_LABELS[claim.sourcing.type]}
                  {claim.hedge.hedged ? ` · hedged (“${claim.hedge.cue}”)` : ''}
                  {claim.state === 'orphaned' ? ' · orphaned' : ''}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
