import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef, type CSSProperties } from 'react'
import type { Claim } from '../../../electron/core/schema'
import { CORROBORATION_LABELS, SOURCING_LABELS } from '../../../electron/core/vocabulary'
import { CORROBORATION_GLYPHS } from './StatusBadge'

/**
 * Above this many claims only the rows on screen are rendered. Below it every row is in
 * the page, so find-in-page and a screen reader's browse mode see the whole list.
 */
const VIRTUALIZE_ABOVE = 150

interface Props {
  claims: Claim[]
  total: number
  selectedId: string | null
  onSelect(id: string): void
}

export function ClaimList({ claims, total, selectedId, onSelect }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = claims.length > VIRTUALIZE_ABOVE
  const virtualizer = useVirtualizer({
    count: virtual ? claims.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 78,
    overscan: 8,
    getItemKey: (i) => claims[i].id,
  })
  const selectedIndex = useMemo(() => claims.findIndex((c) => c.id === selectedId), [claims, selectedId])
  useEffect(() => {
    if (virtual && selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [virtual, selectedIndex, virtualizer])

  return (
    <section className="claim-list" aria-labelledby="claims-heading">
      <h2 className="pane-title" id="claims-heading">
        Claims{' '}
        <span className="count">
          {claims.length === total ? total : `${claims.length} of ${total}`}
        </span>
      </h2>
      {claims.length === 0 && <p className="empty">No claims match the filters.</p>}
      <div className="claim-scroll" ref={scrollRef}>
        {virtual ? (
          <ul aria-label="Claims" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const claim = claims[item.index]
              return (
                <ClaimItem
                  key={claim.id}
                  claim={claim}
                  selected={claim.id === selectedId}
                  onSelect={onSelect}
                  index={item.index}
                  setSize={claims.length}
                  measure={virtualizer.measureElement}
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                />
              )
            })}
          </ul>
        ) : (
          <ul aria-label="Claims">
            {claims.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} selected={claim.id === selectedId} onSelect={onSelect} />
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}

interface ItemProps {
  claim: Claim
  selected: boolean
  onSelect(id: string): void
  /** Virtual rows: their place in the whole list, for screen readers ("12 of 2,000"). */
  index?: number
  setSize?: number
  measure?: (node: Element | null) => void
  style?: CSSProperties
}

/** One claim; memoised so that moving the selection re-renders two items, not thousands. */
const ClaimItem = memo(function ClaimItem({ claim, selected, onSelect, index, setSize, measure, style }: ItemProps) {
  const ref = useRef<HTMLButtonElement | null>(null)
  useEffect(() => {
    if (selected) void ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [selected])
  return (
    <li ref={measure} data-index={index} aria-posinset={index === undefined ? undefined : index + 1} aria-setsize={setSize} style={style}>
      <button
        type="button"
        ref={ref}
        className={`claim-item corroboration-${claim.corroboration}${selected ? ' selected' : ''}${claim.state === 'dismissed' ? ' dismissed' : ''}`}
        aria-current={selected ? 'true' : undefined}
        data-claim-id={claim.id}
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
