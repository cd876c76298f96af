import { memo, useId, useState } from 'react'
import { isFiltering, NO_FILTER, type ClaimFilter } from '../../../electron/core/claim-filter'
import { ClaimOrderSelect } from '../features/ClaimOrderSelect'
import type { ClaimOrder } from '../features/claim-order'
import { FEATURE_STRINGS } from '../features/strings'
import { CORROBORATION_LABELS, CORROBORATION_STATUSES, SOURCING_LABELS, SOURCING_TYPES } from '../../../electron/core/vocabulary'

interface Props {
  filter: ClaimFilter
  tags: string[]
  onChange(filter: ClaimFilter): void
  /** The list's order sits with the selects: a row of its own cost a claim row at 960x600. */
  order: ClaimOrder
  onOrderChange(order: ClaimOrder): void
}

export const ClaimFilters = memo(function ClaimFilters({ filter, tags, onChange, order, onOrderChange }: Props) {
  const ids = { sourcing: useId(), corroboration: useId(), tag: useId(), chips: useId() }
  // Short or narrow windows fold the filter chips behind a button (styles.css) that says how many are on.
  const [chipsOpen, setChipsOpen] = useState(false)
  const chipsOn = (['unreviewed', 'worthChecking', 'hedged', 'singleAnonymous', 'noEvidence', 'showDismissed'] as const).filter((k) => filter[k]).length
  // A narrow pane folds the selects too (styles.css): then the button counts them, and names a non-default order.
  const allOn = chipsOn + (['sourcing', 'corroboration', 'tag'] as const).filter((k) => filter[k]).length
  const narrowLabel = `Filters${allOn ? ` (${allOn} on)` : ''}${order === 'text' ? '' : ` · ${FEATURE_STRINGS.checkworthiness.sort[order].toLowerCase()}`}`
  const toggle = (key: 'hedged' | 'singleAnonymous' | 'noEvidence' | 'unreviewed' | 'worthChecking' | 'showDismissed', label: string) => (
    <label className="chip-toggle">
      <input type="checkbox" checked={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.checked })} />
      {label}
    </label>
  )
  return (
    <fieldset className={chipsOpen ? 'claim-filters open' : 'claim-filters'} aria-label="Filter claims">
      <div className="filter-row filter-selects">
        <label htmlFor={ids.sourcing} className="visually-hidden">
          Filter by sourcing
        </label>
        <select id={ids.sourcing} value={filter.sourcing ?? ''} onChange={(e) => onChange({ ...filter, sourcing: (e.target.value || null) as ClaimFilter['sourcing'] })}>
          <option value="">Any sourcing</option>
          {SOURCING_TYPES.map((s) => (
            <option key={s} value={s}>
              {SOURCING_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.corroboration} className="visually-hidden">
          Filter by corroboration
        </label>
        <select
          id={ids.corroboration}
          value={filter.corroboration ?? ''}
          onChange={(e) => onChange({ ...filter, corroboration: (e.target.value || null) as ClaimFilter['corroboration'] })}
        >
          <option value="">Any corroboration</option>
          {CORROBORATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CORROBORATION_LABELS[s]}
            </option>
          ))}
        </select>
        {tags.length > 0 && (
          <>
            <label htmlFor={ids.tag} className="visually-hidden">
              Filter by tag
            </label>
            <select id={ids.tag} value={filter.tag ?? ''} onChange={(e) => onChange({ ...filter, tag: e.target.value || null })}>
              <option value="">Any tag</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </>
        )}
        <ClaimOrderSelect order={order} onChange={onOrderChange} />
        <button type="button" className="filter-chips-toggle" aria-expanded={chipsOpen} aria-controls={ids.chips} onClick={() => setChipsOpen(!chipsOpen)}>
          {/* One of the two is displayed (styles.css); the hidden one is not part of the button's name. */}
          <span className="fold-narrow">{narrowLabel}</span>
          <span className="fold-wide">{chipsOn ? `More filters (${chipsOn} on)` : 'More filters'}</span>
        </button>
      </div>
      <div className={chipsOpen ? 'filter-row filter-chips open' : 'filter-row filter-chips'} id={ids.chips}>
        {toggle('unreviewed', 'Unreviewed')}
        {toggle('worthChecking', 'Worth checking')}
        {toggle('hedged', 'Hedged')}
        {toggle('singleAnonymous', 'Single anonymous source')}
        {toggle('noEvidence', 'No evidence')}
        {toggle('showDismissed', 'Show dismissed')}
      </div>
      {isFiltering(filter) && (
        <div className="filter-row">
          <button type="button" className="link" onClick={() => onChange({ ...NO_FILTER, showDismissed: filter.showDismissed })}>
            Clear filters
          </button>
        </div>
      )}
    </fieldset>
  )
})
