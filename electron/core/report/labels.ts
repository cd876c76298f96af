// Short phrases shared by the Markdown, HTML and CSV renderers.
import type { Claim, Evidence } from '../schema'
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, SOURCING_LABELS } from '../vocabulary'

export function reliabilityText(claim: Claim): string {
  return claim.reliability ? `${claim.reliability} – ${RELIABILITY_LABELS[claim.reliability]}` : 'not graded'
}

export function credibilityText(claim: Claim): string {
  return claim.credibility ? `${claim.credibility} – ${CREDIBILITY_LABELS[claim.credibility]}` : 'not graded'
}

/** "Anonymous source (suggested, not yet confirmed)". */
export function sourcingText(claim: Claim): string {
  const label = SOURCING_LABELS[claim.sourcing.type]
  return claim.sourcing.confirmed ? label : `${label} (suggested, not yet confirmed)`
}

export const STANCE_LABELS: Record<Evidence['stance'], string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
}

export function evidenceKind(evidence: Evidence): string {
  return `${STANCE_LABELS[evidence.stance]}, ${evidence.independent ? 'independent' : 'not independent'}`
}
