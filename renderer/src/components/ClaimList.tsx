import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef } from 'react'
import type { Claim } from '../../../electron/core/schema'
import { CORROBORATION_LABELS, SOURCING_LABELS } from '../i18n/vocabulary'
import { CORROBORATION_GLYPHS } from './StatusBadge'
import { t } from '../i18n'
import { cachedLabel } from '../i18n/label-cache'

/**
 * Above this many claims only the rows on screen are rendered. Below it every row is in
 * the page, so find-in-page and a screen reader's browse mode see the whole list.
 */
const VIRTUALIZE_ABOVE = 150

/**
 * A virtual row's height in px: fixed (text clamped to two lines, the tags line to one) so
 * that scrolling never measures rows. Follows styles.css: 8 px padding twice, 3 px gap,
 * a 13 px two-line text and an 11.5 px line, both at line-height 1.35.
 */
export function virtualRowHeight(textScale: number): number {
  return Math.ceil(19 + (2 * 13 + 11.5) * 1.35 * textScale)
}

interface Props {
  claims: Claim[]
  total: number
  selectedId: string | null
  onSelect(id: string): void
  /** The text-size setting's scale (1 = normal), for the virtual rows' height. */
  textScale?: number
  /** A large article still arriving in parts: how many of its claims are in. */
  loading?: { claims: number; of: number } | null
}

export const ClaimList = memo(function ClaimList({ claims, total, selectedId, onSelect, textScale = 1, loading = null }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = claims.length > VIRTUALIZE_ABOVE
  const rowHeight = virtualRowHeight(textScale)
  const virtualizer = useVirtualizer({
    count: virtual ? claims.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (i) => claims[i].id,
  })
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer])
  const selectedIndex = useMemo(() => claims.findIndex((c) => c.id === selectedId), [claims, selectedId])
  useEffect(() => {
    if (virtual && selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [virtual, selectedIndex, virtualizer])

  return (
    <section className="claim-list" aria-labelledby="claims-heading">
      <h2 className="pane-title" id="claims-heading">
        {t('claims.title')}{' '}
        <span className="count">
          {loading ? loading.of : claims.length === total ? total : t('claims.shownOf', { shown: claims.length, total })}
        </span>
      </h2>
      {loading && (
        <p className="list-loading" role="status">
          {t('claims.loading', { claims: loading.claims, total: loading.of })}
        </p>
      )}
      {claims.length === 0 && !loading && <p className="empty">{t('claims.noMatch')}</p>}
      <div className="claim-scroll" ref={scrollRef}>
        {virtual ? (
          <ul aria-label={t('claims.list')} className="virtual" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
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
                  top={item.start}
                  height={rowHeight}
                />
              )
            })}
          </ul>
        ) : (
          <ul aria-label={t('claims.list')}>
            {claims.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} selected={claim.id === selectedId} onSelect={onSelect} />
            ))}
          </ul>
        )}
      </div>
    </section>
  )
})

interface ItemProps {
  claim: Claim
  selected: boolean
  onSelect(id: string): void
  /** Virtual rows: their place in the whole list, for screen readers ("12 of 2,000"), and their box. */
  index?: number
  setSize?: number
  top?: number
  height?: number
}

/** A row's tags line ("Unreviewed · Anonymous source · hedged (“reportedly”) · 1 evidence"), made once per combination. */
export function claimTags(claim: Claim): string {
  const hedge = claim.hedge.hedged ? (claim.hedge.cue ?? '') : null
  const key = `tags\u0000${claim.corroboration}\u0000${claim.sourcing.type}\u0000${hedge ?? '\u0001'}\u0000${claim.evidence.length}\u0000${claim.state}`
  return cachedLabel(key, () =>
    [
      `${CORROBORATION_LABELS[claim.corroboration]} · ${SOURCING_LABELS[claim.sourcing.type]}`,
      hedge !== null ? t('claims.hedged', { cue: hedge }) : '',
      claim.evidence.length ? t('claims.evidence', { count: claim.evidence.length }) : '',
      claim.state === 'orphaned' ? t('claims.orphaned') : '',
      claim.state === 'dismissed' ? t('claims.dismissed') : '',
    ].join(''),
  )
}

/**
 * One claim; memoised on plain props so that moving the selection re-renders two rows and
 * an edit one row, not every row on screen.
 */
const ClaimItem = memo(function ClaimItem({ claim, selected, onSelect, index, setSize, top, height }: ItemProps) {
  const ref = useRef<HTMLButtonElement | null>(null)
  const virtual = top !== undefined
  useEffect(() => {
    // The virtual list scrolls to the selected row itself (scrollIntoView would force a layout).
    if (selected && !virtual) void ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [selected, virtual])
  return (
    <li
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
      style={virtual ? { position: 'absolute', top: 0, left: 0, width: '100%', height, transform: `translateY(${top}px)` } : undefined}
    >
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
          <span className="claim-tags">{claimTags(claim)}</span>
        </span>
      </button>
    </li>
  )
})
