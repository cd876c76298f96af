// What the claim reports say about related claims (issue 12): for each listed claim, the
// claims in other articles linked to it, with the reviewer's decision, and the figures
// that conflict or were updated. Built by the related service, rendered by core/report.
import type { CountedThing } from './counted-things'
import type { FigureValue } from './conflicts'
import type { LinkStatus } from './groups'

export interface RelatedReportClaim {
  articleId: string
  claimId: string
  outlet: string | null
  title: string
  publishedAt: string | null
  url: string | null
  text: string
  status: LinkStatus
}

export interface RelatedReportFigures {
  quantity: CountedThing
  values: FigureValue[]
}

export interface RelatedReportEntry {
  linked: RelatedReportClaim[]
  conflicts: RelatedReportFigures[]
  updates: RelatedReportFigures[]
}

/** Claim key (`articleId/claimId`) -> what is known about its related claims. Claims without links are absent. */
export type RelatedReport = Record<string, RelatedReportEntry>

/** The linked claims a report lists: a rejected link is the reviewer saying "not the same fact". */
export function reportedLinks(entry: RelatedReportEntry | undefined): RelatedReportClaim[] {
  return (entry?.linked ?? []).filter((l) => l.status !== 'rejected')
}

/** "dead: 12 (Global Wire), at least 15 (Agencia Sur)": one conflict in words, for text formats. */
export function describeFigures(figures: RelatedReportFigures, outletOf: (articleId: string) => string | null): string {
  const values = figures.values.map((v) => {
    const bound = v.bound === 'exact' ? '' : v.bound === 'range' ? '' : `${v.bound.replace('-', ' ')} `
    const value = v.bound === 'range' && v.upper !== null ? `${v.value}–${v.upper}` : String(v.value)
    const outlet = outletOf(v.articleId)
    return `${bound}${value}${outlet ? ` (${outlet})` : ''}`
  })
  return `${figures.quantity}: ${values.join(', ')}`
}
