import { memo, useId, useState } from 'react'
import { isFiltering, NO_FILTER, type ClaimFilter } from '../../../electron/core/claim-filter'
import { ClaimOrderSelect } from '../features/ClaimOrderSelect'
import type { ClaimOrder } from '../features/claim-order'
import { CORROBORATION_STATUSES, SOURCING_TYPES } from '../../../electron/core/vocabulary'
import { CORROBORATION_LABELS, SOURCING_LABELS } from '../i18n/vocabulary'
import { t } from '../i18n'

const CHIPS = ['unreviewed', 'worthChecking', 'hedged', 'singleAnonymous', 'noEvidence', 'showDismissed'] as const

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
  const chipsOn = CHIPS.filter((k) => filter[k]).length
  // A narrow pane folds the selects too (styles.css): then the button counts them, and names a non-default order.
  const allOn = chipsOn + (['sourcing', 'corroboration', 'tag'] as const).filter((k) => filter[k]).length
  const filters = allOn ? t('filters.narrowOn', { count: allOn }) : t('filters.narrow')
  const narrowLabel = order === 'text' ? filters : t('filters.withOrder', { filters, order: t(`checkworthiness.sort.${order}`).toLowerCase() })
  const toggle = (key: (typeof CHIPS)[number], label: string) => (
    <label key={key} className="chip-toggle">
      <input type="checkbox" checked={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.checked })} />
      {label}
    </label>
  )
  return (
    <fieldset className={chipsOpen ? 'claim-filters open' : 'claim-filters'} aria-label={t('filters.label')}>
      <div className="filter-row filter-selects">
        <label htmlFor={ids.sourcing} className="visually-hidden">
          {t('filters.bySourcing')}
        </label>
        <select id={ids.sourcing} value={filter.sourcing ?? ''} onChange={(e) => onChange({ ...filter, sourcing: (e.target.value || null) as ClaimFilter['sourcing'] })}>
          <option value="">{t('filters.anySourcing')}</option>
          {SOURCING_TYPES.map((s) => (
            <option key={s} value={s}>
              {SOURCING_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.corroboration} className="visually-hidden">
          {t('filters.byCorroboration')}
        </label>
        <select
          id={ids.corroboration}
          value={filter.corroboration ?? ''}
          onChange={(e) => onChange({ ...filter, corroboration: (e.target.value || null) as ClaimFilter['corroboration'] })}
        >
          <option value="">{t('filters.anyCorroboration')}</option>
          {CORROBORATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CORROBORATION_LABELS[s]}
            </option>
          ))}
        </select>
        {tags.length > 0 && (
          <>
            <label htmlFor={ids.tag} className="visually-hidden">
              {t('filters.byTag')}
            </label>
            <select id={ids.tag} value={filter.tag ?? ''} onChange={(e) => onChange({ ...filter, tag: e.target.value || null })}>
              <option value="">{t('filters.anyTag')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </>
        )}
        <ClaimOrderSelect order={order} onChange={onOrderChange} />
        <button type="button" className="filter-chips-toggle" aria-expanded={chipsOpen} aria-controls={ids.chips} onClick={() => setChipsOpen(!chipsOpen)}>
          {/* One of the two is displayed (styles.css); the hidden one is not part of the button's name. */}
          <span className="fold-narrow">{narrowLabel}</span>
          <span className="fold-wide">{chipsOn ? t('filters.moreOn', { count: chipsOn }) : t('filters.more')}</span>
        </button>
      </div>
      <div className={chipsOpen ? 'filter-row filter-chips open' : 'filter-row filter-chips'} id={ids.chips}>
        {CHIPS.map((key) => toggle(key, t(`filters.chips.${key}`)))}
      </div>
      {isFiltering(filter) && (
        <div className="filter-row">
          <button type="button" className="link" onClick={() => onChange({ ...NO_FILTER, showDismissed: filter.showDismissed })}>
            {t('filters.clear')}
          </button>
        </div>
      )}
    </fieldset>
  )
})
