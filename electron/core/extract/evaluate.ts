// Measures the extractor against the labelled corpus: precision and recall of claim
// detection, and accuracy of the suggested sourcing and hedge on the matched claims.
import type { SourcingType } from '../vocabulary'
import { extract } from './index'
import type { ExtractedClaim } from './types'

/** A text written for the first corpus: claims are found by a distinctive substring (`key`). */
export interface LabelledClaim {
  key: string
  sourcing: SourcingType
  hedged: boolean
}

export interface LabelledText {
  id: string
  kind: string
  language: string
  text: string
  claims: LabelledClaim[]
  notClaims: string[]
  author?: string
  outlet?: string
  title?: string
}

export interface TextScore {
  id: string
  kind: string
  predicted: number
  labelled: number
  truePositives: number
  sourcingCorrect: number
  hedgeCorrect: number
  /** Human-readable mismatches, for a failing test or the benchmark. */
  problems: string[]
}

export interface CorpusMetrics {
  texts: number
  precision: number
  recall: number
  f1: number
  sourcingAccuracy: number
  hedgeAccuracy: number
  perText: TextScore[]
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

export function scoreText(labelled: LabelledText): TextScore {
  const { claims } = extract(labelled.text)
  const problems: string[] = []
  const used = new Set<ExtractedClaim>()
  let sourcingCorrect = 0
  let hedgeCorrect = 0
  for (const label of labelled.claims) {
    const match = claims.find((c) => !used.has(c) && c.text.includes(label.key))
    if (!match) {
      problems.push(`missed claim: ${label.key}`)
      continue
    }
    used.add(match)
    if (match.sourcing.type === label.sourcing) sourcingCorrect++
    else problems.push(`sourcing ${match.sourcing.type} ≠ ${label.sourcing}: ${label.key}`)
    if (match.hedge.hedged === label.hedged) hedgeCorrect++
    else problems.push(`hedge ${match.hedge.hedged} ≠ ${label.hedged}: ${label.key}`)
  }
  // a predicted claim that holds two labelled claims counts once; unmatched ones are false positives
  for (const c of claims) if (!used.has(c)) problems.push(`extra claim: ${c.text.slice(0, 80)}`)
  return {
    id: labelled.id,
    kind: labelled.kind,
    predicted: claims.length,
    labelled: labelled.claims.length,
    truePositives: used.size,
    sourcingCorrect,
    hedgeCorrect,
    problems,
  }
}

export function evaluateCorpus(corpus: LabelledText[]): CorpusMetrics {
  const perText = corpus.map(scoreText)
  const sum = (f: (t: TextScore) => number) => perText.reduce((a, t) => a + f(t), 0)
  const tp = sum((t) => t.truePositives)
  const precision = tp / Math.max(1, sum((t) => t.predicted))
  const recall = tp / Math.max(1, sum((t) => t.labelled))
  return {
    texts: corpus.length,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0),
    sourcingAccuracy: round(sum((t) => t.sourcingCorrect) / Math.max(1, tp)),
    hedgeAccuracy: round(sum((t) => t.hedgeCorrect) / Math.max(1, tp)),
    perText,
  }
}
