// The carry model's training units: every claim the extractor (without the carry model) leaves
// unattributed after an attributed claim, in the tuned articles only (`loadTunedArticles` reads
// each header first and never opens a held-out text). A unit counts the corpus labels it carries:
// `carry` labels give the source claim's type (carrying makes them right), `stay` labels say
// unattributed (carrying makes them wrong); labels of a third type gain or lose nothing.
import { extract } from '../../electron/core/extract'
import { CARRY_FEATURE_COUNT, carryFeatures, carryPage } from '../../electron/core/extract/carry-model-features'
import { carrySources } from '../../electron/core/extract/carry-model'
import type { PublishedArticle } from '../../electron/core/extract/published-corpus'
import type { ExtractedClaim } from '../../electron/core/extract/types'
import { loadTunedArticles } from '../train-furniture/dataset'

export { loadTunedArticles, outletFolds } from '../train-furniture/dataset'

export interface CarryUnit {
  article: string
  language: string
  outlet: string
  carry: number
  stay: number
  /** The source claim's type, and the label's type when it is a third one. */
  from: string
  other: number
  x: Float64Array
  text: string
}

/** Each claim label's span start, and the claim the scorer gives it (published-corpus.ts `claimFor`). */
function labelledClaims(a: PublishedArticle, claims: ExtractedClaim[]): Map<ExtractedClaim, string[]> {
  const out = new Map<ExtractedClaim, string[]>()
  let cursor = 0
  const starts: number[] = []
  for (const l of a.labels) {
    const at = a.text.indexOf(l.key, cursor)
    if (at < 0) throw new Error(`${a.id}: label key not found in order: ${l.key}`)
    starts.push(at)
    cursor = at + l.key.length
  }
  a.labels.forEach((l, k) => {
    if (l.kind !== 'claim') return
    const start = starts[k]
    const end = starts[k + 1] ?? a.text.length
    const claim = claims.find((c) => c.start <= start && start < c.end) ?? claims.find((c) => c.start >= start && c.start < end)
    if (claim) out.set(claim, [...(out.get(claim) ?? []), l.sourcing])
  })
  return out
}

export function unitsOf(a: PublishedArticle): CarryUnit[] {
  const { claims, meta } = extract(a.text, { carryModel: null })
  const language = meta.language ?? 'en' // as extract() picks the pack when detection fails
  const labelled = labelledClaims(a, claims)
  const sources = carrySources(claims)
  const page = carryPage(a.text)
  const units: CarryUnit[] = []
  claims.forEach((c, i) => {
    if (sources[i] < 0) return
    const from = claims[sources[i]].sourcing.type
    const labels = labelled.get(c) ?? []
    units.push({
      article: a.id,
      language: a.language,
      outlet: a.outlet,
      carry: labels.filter((t) => t === from).length,
      stay: labels.filter((t) => t === 'unattributed').length,
      other: labels.filter((t) => t !== from && t !== 'unattributed').length,
      from,
      x: carryFeatures(page, claims, i, sources[i], language, new Float64Array(CARRY_FEATURE_COUNT)),
      text: c.text,
    })
  })
  return units
}

export function loadCarryUnits(dir: string) {
  const articles = loadTunedArticles(dir)
  return { articles, units: articles.flatMap(unitsOf) }
}
