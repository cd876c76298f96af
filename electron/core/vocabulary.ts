// DOMAIN.md's vocabulary as data: one place for values and their labels, shared
// by schemas, UI, reports and CLI so the words never drift apart.

export const SOURCING_TYPES = [
  'anonymous-source',
  'named-source',
  'official',
  'document',
  'media',
  'outlet',
  'unattributed',
] as const
export type SourcingType = (typeof SOURCING_TYPES)[number]

export const SOURCING_LABELS: Record<SourcingType, string> = {
  'anonymous-source': 'Anonymous source',
  'named-source': 'Named source',
  official: 'Official statement',
  document: 'Document',
  media: 'Photo, video or image',
  outlet: "Outlet's own reporting",
  unattributed: 'Unattributed',
}

export const CORROBORATION_STATUSES = [
  'unreviewed',
  'unverified',
  'corroborated',
  'partly-corroborated',
  'contradicted',
  'unverifiable',
] as const
export type Corroboration = (typeof CORROBORATION_STATUSES)[number]

export const CORROBORATION_LABELS: Record<Corroboration, string> = {
  unreviewed: 'Unreviewed',
  unverified: 'Unverified',
  corroborated: 'Corroborated',
  'partly-corroborated': 'Partly corroborated',
  contradicted: 'Contradicted',
  unverifiable: 'Unverifiable',
}

/** Admiralty (NATO) source reliability. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type Reliability = (typeof RELIABILITY_GRADES)[number]
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
}

/** Admiralty (NATO) information credibility. */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const
export type Credibility = (typeof CREDIBILITY_GRADES)[number]
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
}

export const EVIDENCE_STANCES = ['supports', 'contradicts', 'context'] as const
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number]

/** Parts of an article that are not claims but are kept, visible, and marked as what they are. */
export const NON_CLAIM_KINDS = [
  'title',
  'byline',
  'author-blurb',
  'caption',
  'credit',
  'tagline',
  'subheading',
  'translation-credit',
  'boilerplate',
] as const
export type NonClaimKind = (typeof NON_CLAIM_KINDS)[number]
