// Scores the extractor against the labelled corpus of published articles (data/corpus/<lang>/).
// A label file names each sentence by a distinctive prefix (its key) and says whether it is a
// claim (with sourcing and hedge), not a claim, or furniture; see data/corpus/README.md.
// Pure: the caller reads the files, so this runs in tests and the benchmark alike.
import type { SourcingType } from '../vocabulary'
import type { Extraction } from './types'

export type SentenceLabel =
  | { kind: 'claim'; key: string; sourcing: SourcingType; hedged: boolean }
  | { kind: 'not-claim'; key: string }
  | { kind: 'furniture'; key: string }

export interface PublishedArticle {
  id: string
  language: string
  split: 'tuned' | 'heldout'
  url: string
  outlet: string
  date: string
  genre: string
  /** The author as printed, or null when the page prints none. */
  byline: string | null
  /** The headline as printed, '' when the page shows none (`title: none`), absent when not labelled (session 24). */
  title?: string
  text: string
  labels: SentenceLabel[]
}

const SOURCING: Record<string, SourcingType> = {
  anon: 'anonymous-source',
  named: 'named-source',
  official: 'official',
  document: 'document',
  media: 'media',
  outlet: 'outlet',
  none: 'unattributed',
}

/** Parses one `.labels` file: `field: value` lines, `---`, then one label per sentence. */
export function parseLabels(id: string, language: string, text: string, labelFile: string): PublishedArticle {
  const [head, body = ''] = labelFile.split(/^---$/m)
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(head)?.[1].trim() ?? ''
  const labels: SentenceLabel[] = []
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd()
    if (!line.trim() || line.startsWith('#')) continue
    const m = /^([CNF])((?:\s+\S+)*?)\s+\|\s(.+)$/.exec(line)
    if (!m) throw new Error(`${id}: cannot read label line: ${line}`)
    const key = m[3]
    if (m[1] === 'N') labels.push({ kind: 'not-claim', key })
    else if (m[1] === 'F') labels.push({ kind: 'furniture', key })
    else {
      const [sourcing, hedge] = m[2].trim().split(/\s+/)
      if (!SOURCING[sourcing] || !/^[h-]$/.test(hedge)) throw new Error(`${id}: bad claim label: ${line}`)
      labels.push({ kind: 'claim', key, sourcing: SOURCING[sourcing], hedged: hedge === 'h' })
    }
  }
  const byline = field('byline')
  // optional (session 24): absent = not labelled
  const title = /^title:[ \t]*(.*)$/m.exec(head)?.[1].trim()
  return {
    id,
    language,
    split: field('split') === 'heldout' ? 'heldout' : 'tuned',
    url: field('url'),
    outlet: field('outlet'),
    date: field('date'),
    genre: field('genre'),
    byline: byline && byline !== 'none' ? byline : null,
    ...(title === undefined ? {} : { title: title === 'none' ? '' : title }),
    text,
    labels,
  }
}

export interface ArticleScore {
  id: string
  language: string
  split: 'tuned' | 'heldout'
  claims: number
  claimsFound: number
  predicted: number
  predictedCorrect: number
  furniture: number
  furnitureAsClaims: number
  sourcingCorrect: number
  hedged: number
  hedgedFound: number
  unhedged: number
  hedgeFalsePositives: number
  bylines: number
  bylinesFound: number
  problems: string[]
}

interface Located {
  label: SentenceLabel
  start: number
  end: number
}

/** Each label's span: from its key to the next label's key. A missing key is a labelling error. */
function locate(article: PublishedArticle): Located[] {
  const out: Located[] = []
  let cursor = 0
  for (const label of article.labels) {
    const at = article.text.indexOf(label.key, cursor)
    if (at < 0) throw new Error(`${article.id}: label key not found in order: ${label.key}`)
    out.push({ label, start: at, end: article.text.length })
    if (out.length > 1) out[out.length - 2].end = at
    cursor = at + label.key.length
  }
  return out
}

/** Letters and digits only, words apart: "Jane  DOE," and "jane doe" are the same name. */
function nameWords(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/**
 * The author found is the printed byline when one holds the other as whole words ("Jane Doe" in "Jane Doe and
 * John Roe", or "Jane Doe, Staff Writer" for "Jane Doe"). Whole words, and a part must have three letters or more in all, so that a stray initial or a one-letter author never matches a label that merely contains the letter.
 */
export function bylineMatches(author: string | null, label: string): boolean {
  const a = nameWords(author ?? '')
  const b = nameWords(label)
  if (!a.length || !b.length) return false
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  if (shorter.join(' ') === longer.join(' ')) return true
  if ([...shorter.join('')].length < 3) return false
  for (let i = 0; i + shorter.length <= longer.length; i++) if (shorter.every((w, k) => longer[i + k] === w)) return true
  return false
}

const short = (s: string) => (s.length > 70 ? `${s.slice(0, 70)}…` : s)

/** The claim that carries a label spanning [start, end): it holds the label's first character, or starts inside the span. */
export function claimAt<C extends { start: number; end: number }>(claims: C[], start: number, end: number): C | undefined {
  return claims.find((c) => c.start <= start && start < c.end) ?? claims.find((c) => c.start >= start && c.start < end)
}

/** A furniture line came out as a claim when a claim holds the line's first character (every scorer counts it so). */
export function heldByClaim(claim: { start: number } | undefined, start: number): boolean {
  return claim !== undefined && claim.start <= start
}

export function scoreArticle(article: PublishedArticle, extraction: Extraction): ArticleScore {
  const located = locate(article)
  const s: ArticleScore = {
    id: article.id,
    language: article.language,
    split: article.split,
    claims: 0,
    claimsFound: 0,
    predicted: extraction.claims.length,
    predictedCorrect: 0,
    furniture: 0,
    furnitureAsClaims: 0,
    sourcingCorrect: 0,
    hedged: 0,
    hedgedFound: 0,
    unhedged: 0,
    hedgeFalsePositives: 0,
    bylines: article.byline ? 1 : 0,
    bylinesFound: 0,
    problems: [],
  }
  const claimFor = (l: Located) => claimAt(extraction.claims, l.start, l.end)
  for (const l of located) {
    const claim = claimFor(l)
    if (l.label.kind === 'furniture') {
      s.furniture++
      if (heldByClaim(claim, l.start)) {
        s.furnitureAsClaims++
        s.problems.push(`furniture as claim: ${short(l.label.key)}`)
      }
      continue
    }
    if (l.label.kind !== 'claim') continue
    s.claims++
    if (!claim) {
      s.problems.push(`missed claim: ${short(l.label.key)}`)
      continue
    }
    s.claimsFound++
    if (claim.sourcing.type === l.label.sourcing) s.sourcingCorrect++
    else s.problems.push(`sourcing ${claim.sourcing.type} ≠ ${l.label.sourcing}: ${short(l.label.key)} [${claim.sourcing.cue ?? ''}: ${claim.sourcing.attribution ?? ''}]`)
    if (l.label.hedged) {
      s.hedged++
      if (claim.hedge.hedged) s.hedgedFound++
      else s.problems.push(`missed hedge: ${short(l.label.key)}`)
    } else {
      s.unhedged++
      if (claim.hedge.hedged) {
        s.hedgeFalsePositives++
        s.problems.push(`false hedge "${claim.hedge.cue}": ${short(l.label.key)}`)
      }
    }
  }
  for (const c of extraction.claims) {
    const holds = located.filter((l) => (l.start >= c.start && l.start < c.end) || (c.start >= l.start && c.start < l.end))
    if (holds.some((l) => l.label.kind === 'claim')) s.predictedCorrect++
    else s.problems.push(`not a claim: ${short(c.text)}`)
  }
  if (article.byline) {
    if (bylineMatches(extraction.meta.author, article.byline)) s.bylinesFound++
    else s.problems.push(`byline ${extraction.meta.author ?? 'null'} ≠ ${article.byline}`)
  }
  return s
}

export interface CorpusScores {
  articles: number
  claimRecall: number
  precision: number
  furnitureAsClaims: number
  sourcingAccuracy: number
  /** null when the part holds no hedged claim (or no unhedged claim, or no byline). */
  hedgeRecall: number | null
  hedgeFalsePositives: number | null
  bylineFound: number | null
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null)

export function summarise(scores: ArticleScore[]): CorpusScores {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0)
  return {
    articles: scores.length,
    claimRecall: ratio(sum((s) => s.claimsFound), sum((s) => s.claims)) ?? 1,
    precision: ratio(sum((s) => s.predictedCorrect), sum((s) => s.predicted)) ?? 1,
    furnitureAsClaims: ratio(sum((s) => s.furnitureAsClaims), sum((s) => s.furniture)) ?? 0,
    sourcingAccuracy: ratio(sum((s) => s.sourcingCorrect), sum((s) => s.claimsFound)) ?? 1,
    hedgeRecall: ratio(sum((s) => s.hedgedFound), sum((s) => s.hedged)),
    hedgeFalsePositives: ratio(sum((s) => s.hedgeFalsePositives), sum((s) => s.unhedged)),
    bylineFound: ratio(sum((s) => s.bylinesFound), sum((s) => s.bylines)),
  }
}

/** The goals, per language and overall, on the held-out fifth. */
export const GOALS = {
  claimRecall: 0.95,
  precision: 0.85,
  furnitureAsClaims: 0.02,
  sourcingAccuracy: 0.9,
  hedgeRecall: 0.9,
  hedgeFalsePositives: 0.05,
  bylineFound: 0.95,
} as const
