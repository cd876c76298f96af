// Merging another reviewer's copy of an article into ours. Pure: no clock, no files.
//
// There is no common ancestor on disk, so the claims' histories stand in for one:
// entries both sides hold are shared past; an entry only one side holds is a change
// made there since the copies diverged. Per field (and per evidence item):
//   - values equal                      nothing to decide
//   - only one side changed it          that side's value
//   - both changed it (or neither did,  the newer change wins; the other value is kept
//     yet the values differ)            in a 'merge-conflict' history entry and reported
// Histories are unioned, so every change either side made stays on record.
import { reanchorClaims, commonPrefix, commonSuffix } from './anchor'
import { CLAIM_FIELD_NAMES, CLAIM_FIELDS } from './claim-fields'
import { sortClaims } from './claim-ops'
import type { Anchor, ArticleFile, ArticleMeta, Change, Claim, Evidence } from './schema'

/** History field of the entry recording the value a merge overrode. */
export const MERGE_CONFLICT_FIELD = 'merge-conflict'

export type MergeSide = 'ours' | 'theirs'

/** One side of a conflict: the value, and the change that set it (null when no history explains it). */
export interface MergeValue {
  side: MergeSide
  value: unknown
  by: string | null
  at: string | null
}

export interface MergeConflict {
  claimId: string
  quote: string
  /** A claim field name (CLAIM_FIELDS), 'span', or 'evidence'. */
  field: string
  /** For field 'evidence': the evidence item's id. */
  evidenceId?: string
  kept: MergeValue
  overridden: MergeValue
}

/**
 * What the 'merge-conflict' history entry holds in `from` (the overridden value) and
 * `to` (the kept value): which field, the value, and whose change it was.
 */
export interface MergeConflictRecord {
  field: string
  evidenceId?: string
  value: unknown
  side: MergeSide
  by: string | null
  at: string | null
}

export interface ArticleMergeReport {
  articleId: string
  title: string
  /** added: the article was new here; merged: claims changed; unchanged: nothing to take. */
  status: 'added' | 'merged' | 'unchanged'
  counts: { added: number; updated: number; unchanged: number; orphaned: number; conflicts: number }
  addedClaimIds: string[]
  /** Added claims whose text was not found in our article: kept, marked orphaned. */
  orphanedClaimIds: string[]
  updatedClaimIds: string[]
  conflicts: MergeConflict[]
  /** Metadata fields that were empty here and were filled from theirs. */
  metadataFilled: (keyof ArticleMeta)[]
  /** Their article text differs from ours: ours is kept, their claims were re-anchored to it. */
  textDiffers: boolean
}

export interface MergeOptions {
  /** Time of the merge, for the history entries it writes. */
  at: string
  /** Who merged, for the history entries it writes. */
  by: string
}

const META_FIELDS: (keyof ArticleMeta)[] = ['title', 'outlet', 'author', 'url', 'publishedAt', 'language']

export function mergeArticle(
  ours: ArticleFile,
  theirs: ArticleFile,
  options: MergeOptions,
): { merged: ArticleFile; report: ArticleMergeReport } {
  const oursText = ours.article.text
  const sameText = theirs.article.text === oursText
  const report: ArticleMergeReport = {
    articleId: ours.article.id,
    title: ours.article.title,
    status: 'unchanged',
    counts: { added: 0, updated: 0, unchanged: 0, orphaned: 0, conflicts: 0 },
    addedClaimIds: [],
    orphanedClaimIds: [],
    updatedClaimIds: [],
    conflicts: [],
    metadataFilled: [],
    textDiffers: !sameText,
  }

  // Their claims, attached to our text (where it differs, orphaned if not found).
  const incoming = sameText
    ? theirs.claims
    : reanchorClaims(theirs.article.text, oursText, theirs.claims, { at: options.at, by: options.by })

  const oursById = new Map(ours.claims.map((c) => [c.id, c]))
  // our claim id -> their claim as they have it (a matched claim is merged field by field,
  // not re-anchored: our anchor stands, and no re-anchoring entry enters its history)
  const pairs = new Map<string, Claim>()
  const unmatched: number[] = []
  incoming.forEach((claim, i) => {
    if (oursById.has(claim.id) && !pairs.has(claim.id)) pairs.set(claim.id, theirs.claims[i])
    else unmatched.push(i)
  })
  const added: Claim[] = []
  for (const i of unmatched) {
    const match = matchByAnchor(incoming[i], ours.claims.filter((c) => !pairs.has(c.id)))
    if (match) pairs.set(match.id, theirs.claims[i])
    else added.push(incoming[i])
  }

  const claims: Claim[] = []
  for (const claim of ours.claims) {
    const other = pairs.get(claim.id)
    if (!other) {
      claims.push(claim)
      report.counts.unchanged++
      continue
    }
    const result = mergeClaim(claim, other, sameText, options)
    claims.push(result.claim)
    report.conflicts.push(...result.conflicts)
    if (canonical(result.claim) === canonical(claim)) report.counts.unchanged++
    else report.updatedClaimIds.push(claim.id)
  }
  for (const claim of added) {
    const taken = { ...claim, id: uniqueId(claim.id, oursById) }
    claims.push(taken)
    report.addedClaimIds.push(taken.id)
    if (taken.state === 'orphaned' && !theirs.claims.some((c) => c.id === claim.id && c.state === 'orphaned')) {
      report.orphanedClaimIds.push(taken.id)
    }
  }

  const article = { ...ours.article }
  for (const key of META_FIELDS) {
    const mine = article[key]
    const other = theirs.article[key]
    if ((mine === null || mine.trim() === '') && other !== null && other.trim() !== '') {
      article[key] = other
      report.metadataFilled.push(key)
    }
  }

  const merged: ArticleFile = { ...ours, article, claims: sortClaims(claims) }
  report.counts.added = report.addedClaimIds.length
  report.counts.updated = report.updatedClaimIds.length
  report.counts.orphaned = report.orphanedClaimIds.length
  report.counts.conflicts = report.conflicts.length
  report.title = article.title
  report.status = canonical(merged) === canonical(ours) ? 'unchanged' : 'merged'
  return { merged, report }
}

/** Report for an article that was only in theirs and is added whole. */
export function addedArticleReport(file: ArticleFile): ArticleMergeReport {
  return {
    articleId: file.article.id,
    title: file.article.title,
    status: 'added',
    counts: { added: file.claims.length, updated: 0, unchanged: 0, orphaned: 0, conflicts: 0 },
    addedClaimIds: file.claims.map((c) => c.id),
    orphanedClaimIds: [],
    updatedClaimIds: [],
    conflicts: [],
    metadataFilled: [],
    textDiffers: false,
  }
}

// ---------------------------------------------------------------------------
// Matching

/** Same quote at the same place; else the same quote whose context agrees best. */
function matchByAnchor(claim: Claim, candidates: Claim[]): Claim | null {
  const { quote, position } = claim.anchor
  const same = candidates.filter((c) => c.anchor.quote.exact === quote.exact && quote.exact.length > 0)
  const exact = same.find((c) => c.anchor.position.start === position.start && c.anchor.position.end === position.end)
  if (exact) return exact
  let best: { claim: Claim; score: number } | null = null
  for (const candidate of same) {
    const score =
      commonSuffix(candidate.anchor.quote.prefix, quote.prefix) + commonPrefix(candidate.anchor.quote.suffix, quote.suffix)
    if (score > 0 && (!best || score > best.score)) best = { claim: candidate, score }
  }
  return best?.claim ?? null
}

/** A manual claim's random id could, in theory, already name another claim here. */
function uniqueId(id: string, taken: Map<string, Claim>): string {
  if (!taken.has(id)) return id
  let n = 2
  while (taken.has(`${id.slice(0, 60)}-${n}`)) n++
  return `${id.slice(0, 60)}-${n}`
}

// ---------------------------------------------------------------------------
// One claim

interface FieldAccess {
  name: string
  get(claim: Claim): unknown
  take(target: Claim, from: Claim): Claim
}

const CLAIM_FIELD_ACCESS: FieldAccess[] = CLAIM_FIELD_NAMES.map((name) => {
  const spec = CLAIM_FIELDS[name] as unknown as { get(c: Claim): unknown; set(c: Claim, v: unknown): Claim }
  return { name, get: spec.get, take: (target: Claim, from: Claim) => spec.set(target, spec.get(from)) }
})

const SPAN_ACCESS: FieldAccess = {
  name: 'span',
  get: (c) => ({ exact: c.anchor.quote.exact, start: c.anchor.position.start, end: c.anchor.position.end }),
  take: (target, from) => ({ ...target, anchor: from.anchor as Anchor }),
}

interface Decision {
  winner: MergeSide
  conflict: { kept: MergeValue; overridden: MergeValue } | null
}

/**
 * Decides one field. `oursChange`/`theirsChange` are each side's latest change to it
 * since the copies diverged (history entries the other side does not have).
 */
function decide(ov: unknown, tv: unknown, oursChange: Change | null, theirsChange: Change | null, ours: Claim, theirs: Claim): Decision {
  if (oursChange && !theirsChange) return { winner: 'ours', conflict: null }
  if (theirsChange && !oursChange) return { winner: 'theirs', conflict: null }
  const o: MergeValue = { side: 'ours', value: ov, by: oursChange?.by ?? null, at: oursChange?.at ?? ours.updatedAt }
  const t: MergeValue = { side: 'theirs', value: tv, by: theirsChange?.by ?? null, at: theirsChange?.at ?? theirs.updatedAt }
  // Ties go to ours: a merge should not flip a value without a reason.
  const theirsNewer = compareTimes(t.at, o.at) > 0
  return theirsNewer ? { winner: 'theirs', conflict: { kept: t, overridden: o } } : { winner: 'ours', conflict: { kept: o, overridden: t } }
}

function mergeClaim(
  ours: Claim,
  theirs: Claim,
  sameText: boolean,
  options: MergeOptions,
): { claim: Claim; conflicts: MergeConflict[] } {
  const oursKeys = new Set(ours.history.map(canonical))
  const theirsKeys = new Set(theirs.history.map(canonical))
  const oursOwn = ours.history.filter((h) => !theirsKeys.has(canonical(h)))
  const theirsOwn = dedupe(theirs.history.filter((h) => !oursKeys.has(canonical(h))))
  const conflicts: MergeConflict[] = []
  const records: Change[] = []
  const quote = ours.anchor.quote.exact

  const note = (field: string, decision: Decision, evidenceId?: string) => {
    if (!decision.conflict) return
    const { kept, overridden } = decision.conflict
    if (alreadyResolved(ours, field, evidenceId, kept.value, overridden.value)) return
    conflicts.push({ claimId: ours.id, quote, field, ...(evidenceId ? { evidenceId } : {}), kept, overridden })
    const record = (v: MergeValue): MergeConflictRecord => ({ field, ...(evidenceId ? { evidenceId } : {}), ...v })
    records.push({ field: MERGE_CONFLICT_FIELD, from: record(overridden), to: record(kept), at: options.at, by: options.by })
  }

  let merged = ours
  // The span only means the same thing when both anchors point into the same text.
  const fields = sameText ? [...CLAIM_FIELD_ACCESS, SPAN_ACCESS] : CLAIM_FIELD_ACCESS
  for (const field of fields) {
    const ov = field.get(ours)
    const tv = field.get(theirs)
    if (canonical(ov) === canonical(tv)) continue
    const decision = decide(ov, tv, lastChange(oursOwn, field.name), lastChange(theirsOwn, field.name), ours, theirs)
    if (decision.winner === 'theirs') merged = field.take(merged, theirs)
    note(field.name, decision)
  }
  // Confirming a suggestion without changing it leaves no history: a confirmation on either side counts.
  if (merged.sourcing.type === theirs.sourcing.type && theirs.sourcing.confirmed && !merged.sourcing.confirmed) {
    merged = { ...merged, sourcing: { ...merged.sourcing, confirmed: true } }
  }

  merged = { ...merged, evidence: mergeEvidence(ours, theirs, oursOwn, theirsOwn, note) }

  if (theirsOwn.length > 0 || records.length > 0) {
    merged = { ...merged, history: sortByTime([...ours.history, ...theirsOwn, ...records]) }
  }
  if (canonical(merged) !== canonical(ours)) {
    merged = { ...merged, updatedAt: latest([ours.updatedAt, theirs.updatedAt, options.at]) }
  }
  return { claim: merged, conflicts }
}

/** Evidence by id: each item is decided like a field (a removal is a change too). */
function mergeEvidence(
  ours: Claim,
  theirs: Claim,
  oursOwn: Change[],
  theirsOwn: Change[],
  note: (field: string, decision: Decision, evidenceId?: string) => void,
): Evidence[] {
  const oursMap = new Map(ours.evidence.map((e) => [e.id, e]))
  const theirsMap = new Map(theirs.evidence.map((e) => [e.id, e]))
  const ids = [...new Set([...oursMap.keys(), ...theirsMap.keys()])]
  const result: Evidence[] = []
  for (const id of ids) {
    const oe = oursMap.get(id) ?? null
    const te = theirsMap.get(id) ?? null
    if (canonical(oe) === canonical(te)) {
      if (oe) result.push(oe)
      continue
    }
    const oc = lastEvidenceChange(oursOwn, id)
    const tc = lastEvidenceChange(theirsOwn, id)
    let chosen: Evidence | null
    if (!oc && !tc && (oe === null || te === null)) {
      // Neither history says it was added or removed here (a split copies evidence without
      // history): keep the item rather than lose it.
      chosen = oe ?? te
    } else {
      const decision = decide(oe, te, oc, tc, ours, theirs)
      chosen = decision.winner === 'ours' ? oe : te
      note('evidence', decision, id)
    }
    if (chosen) result.push(chosen)
  }
  return result
}

/** A conflict between these two values that an earlier merge already decided: do not report it again. */
function alreadyResolved(ours: Claim, field: string, evidenceId: string | undefined, a: unknown, b: unknown): boolean {
  const values = new Set([canonical(a), canonical(b)])
  return ours.history.some((h) => {
    if (h.field !== MERGE_CONFLICT_FIELD) return false
    const from = h.from as Partial<MergeConflictRecord> | null
    const to = h.to as Partial<MergeConflictRecord> | null
    if (!from || !to || from.field !== field || from.evidenceId !== evidenceId) return false
    return values.has(canonical(from.value)) && values.has(canonical(to.value)) && canonical(from.value) !== canonical(to.value)
  })
}

function lastChange(history: Change[], field: string): Change | null {
  return latestOf(history.filter((h) => h.field === field))
}

function lastEvidenceChange(history: Change[], id: string): Change | null {
  const touches = (v: unknown) => typeof v === 'object' && v !== null && (v as { id?: unknown }).id === id
  return latestOf(history.filter((h) => h.field === 'evidence' && (touches(h.from) || touches(h.to))))
}

function latestOf(changes: Change[]): Change | null {
  let best: Change | null = null
  for (const change of changes) if (!best || compareTimes(change.at, best.at) >= 0) best = change
  return best
}

// ---------------------------------------------------------------------------
// Helpers

/** JSON with object keys sorted: equal values give equal strings whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined'
}

function dedupe(changes: Change[]): Change[] {
  const seen = new Set<string>()
  return changes.filter((c) => {
    const key = canonical(c)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Stable: entries with the same time keep their order (ours before theirs). */
function sortByTime(changes: Change[]): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => compareTimes(a.change.at, b.change.at) || a.index - b.index)
    .map((x) => x.change)
}

function compareTimes(a: string | null, b: string | null): number {
  const x = a === null ? Number.NEGATIVE_INFINITY : Date.parse(a)
  const y = b === null ? Number.NEGATIVE_INFINITY : Date.parse(b)
  if (Number.isNaN(x) || Number.isNaN(y)) return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
  return x < y ? -1 : x > y ? 1 : 0
}

function latest(times: string[]): string {
  return times.reduce((a, b) => (compareTimes(b, a) > 0 ? b : a))
}

