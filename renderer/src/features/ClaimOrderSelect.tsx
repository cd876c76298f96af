// Orders the claim list: text order, or most check-worthy first. j/k follow the list.
import { useId } from 'react'
import { CLAIM_ORDERS, type ClaimOrder } from './claim-order'
import { FEATURE_STRINGS } from './strings'

export function ClaimOrderSelect({ order, onChange }: { order: ClaimOrder; onChange(order: ClaimOrder): void }) {
  const id = useId()
  const s = FEATURE_STRINGS.checkworthiness
  return (
    <div className="claim-order">
      <label htmlFor={id}>{s.sortLabel}</label>
      <select id={id} value={order} onChange={(e) => onChange(e.target.value as ClaimOrder)}>
        {CLAIM_ORDERS.map((o) => (
          <option key={o} value={o}>
            {s.sort[o]}
          </option>
        ))}
      </select>
    </div>
  )
}
