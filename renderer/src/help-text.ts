// What each field and value means, for the Help panel and the tooltips on field labels.
// Kept with the UI strings' rules: one module to translate.
import type { Corroboration, SourcingType } from '../../electron/core/vocabulary'

export const FIELD_HINTS = {
  sourcing: 'Who says so: an anonymous source, a named one, an official statement, a document, an image, the outlet itself, or nobody.',
  attribution: 'The words the article uses for the source, e.g. “a source in North Hamgyong Province”.',
  hedge: 'A word that softens the claim: “reportedly”, “allegedly”, “is said to”. Empty: not hedged.',
  reliability: 'Admiralty scale A–F: how far the source has been reliable before. F when it cannot be judged.',
  corroboration: 'Does anyone independent confirm it? Two independent sources (not the same outlet, wire or original source): corroborated.',
  credibility: 'Admiralty scale 1–6: how likely the information itself is true. 1 confirmed by other sources, 6 cannot be judged.',
} as const

export const SOURCING_HELP: Record<SourcingType, string> = {
  'anonymous-source': 'An unnamed person or group: “a source in X told …”.',
  'named-source': 'A person or organisation identified by name.',
  official: 'A government, party or state-media statement, such as a KCNA report.',
  document: 'A document, record, data set or study: a white paper, a court filing.',
  media: 'A photo, video or satellite image.',
  outlet: 'The outlet’s own reporting or inference: “Daily NK has learned”.',
  unattributed: 'No source given.',
}

export const CORROBORATION_HELP: Record<Corroboration, string> = {
  unreviewed: 'Nobody has looked yet (the default).',
  unverified: 'Looked, found no independent confirmation either way.',
  corroborated: 'At least two independent sources confirm it: not the same outlet, wire agency or original source.',
  'partly-corroborated': 'One independent source confirms it, or only part of it is confirmed.',
  contradicted: 'Independent evidence says otherwise.',
  unverifiable: 'Cannot be checked in principle: a belief, a prediction, a closed place.',
}

export const ADMIRALTY_INTRO =
  'The Admiralty (NATO) system grades the source and the information separately: a usually reliable source (B) can pass on doubtful information (4), written B4.'

export const DOCS_URL = 'https://github.com/claimdesk/claimdesk#readme'
