// The claim list's order: as the claims stand in the text, or most check-worthy first
// (ties keep text order, so the list does not jump between equal scores).
export const CLAIM_ORDERS = ['text', 'score'] as const
export type ClaimOrder = (typeof CLAIM_ORDERS)[number]

/** Anything with a score and a place in the text (a Claim). */
type Orderable = { checkworthiness: number; anchor: { position: { start: number } } }

export function orderClaims<C extends Orderable>(claims: readonly C[], order: ClaimOrder): C[] {
  if (order === 'text') return claims as C[]
  return [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.anchor.position.start - b.anchor.position.start)
}
