// Building claims from extraction output and from a reviewer's text selection.
import { makeAnchor } from './anchor'
import { parseFigures } from './corroboration/figures'
import type { ExtractedClaim } from './extract/types'
import type { Claim } from './schema'

/** What a claim starts with before anyone reviews it. */
export function unreviewedClaim(
  fields: Pick<Claim, 'id' | 'anchor' | 'origin' | 'checkworthiness' | 'signals' | 'sourcing' | 'hedge'> & Pick<Partial<Claim>, 'reasons'>,
  at: string,
): Claim {
  return {
    ...fields,
    state: 'active',
    reliability: null,
    credibility: null,
    corroboration: 'unreviewed',
    evidence: [],
    note: '',
    tags: [],
    history: [],
    createdAt: at,
    updatedAt: at,
  }
}

/** The figures a claim's text states, or nothing (older files and figure-less claims carry no field). */
export function withFigures(claim: Claim, language: string | null | undefined): Claim {
  const figures = parseFigures(claim.anchor.quote.exact, language)
  if (figures.length > 0) return { ...claim, figures }
  if (!claim.figures) return claim
  const { figures: _dropped, ...rest } = claim
  return rest
}

export function claimFromExtraction(text: string, extracted: ExtractedClaim, id: string, at: string, language?: string | null): Claim {
  const claim = unreviewedClaim(
    {
      id,
      anchor: makeAnchor(text, extracted.start, extracted.end),
      origin: 'extracted',
      checkworthiness: extracted.checkworthiness,
      signals: extracted.signals,
      reasons: extracted.reasons,
      sourcing: {
        type: extracted.sourcing.type,
        suggested: extracted.sourcing.type,
        confirmed: false,
        attribution: extracted.sourcing.attribution,
        cue: extracted.sourcing.cue,
      },
      hedge: { hedged: extracted.hedge.hedged, cue: extracted.hedge.cue },
    },
    at,
  )
  return language === undefined ? claim : withFigures(claim, language)
}
