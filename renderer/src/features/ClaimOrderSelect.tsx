// Orders the claim list: text order, or most check-worthy first. j/k follow the list.
// It sits in the filters' row of selects, its label read by screen readers only.
import { useId } from 'react'
import { CLAIM_ORDERS, type ClaimOrder } from './claim-order'
import { t } from '../i18n'

export function ClaimOrderSelect({ order, onChange }: { order: ClaimOrder; onChange(order: ClaimOrder): void }) {
  const id = useId()
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('checkworthiness.sortLabel')}
      </label>
      <select id={id} className="claim-order" value={order} onChange={(e) => onChange(e.target.value as ClaimOrder)}>
        {CLAIM_ORDERS.map((o) => (
          <option key={o} value={o}>
            {t(`checkworthiness.sort.${o}`)}
          </option>
        ))}
      </select>
    </>
  )
}
