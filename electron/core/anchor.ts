// W3C Web Annotation anchoring: a claim remembers its text both by position
// (TextPositionSelector) and by quote with context (TextQuoteSelector), so it
// can be re-attached after the article text is edited or re-imported.
//
// Resolution order, cheapest first:
//   position  the text at the old offsets is still the quote
//   quote     the exact quote occurs elsewhere; prefix/suffix and distance pick the occurrence
//   context   the quote was edited, but the surrounding prefix and suffix still bound it
//   fuzzy     seed-and-extend: pieces of the quote (and its context) that survive vote
//             for where it now starts; the region found must still resemble the quote
// Anything else is orphaned (null): a wrong highlight is worse than a missing one.
import type { Anchor, Claim, Change } from './schema'

export type AnchorMethod = 'position' | 'quote' | 'context' | 'fuzzy'
export interface ResolvedAnchor {
  start: number
  end: number
  method: AnchorMethod
}

export const DEFAULT_CONTEXT = 32
/** Bigram similarity a fuzzily found region must reach to count as the same quote. */
const MIN_SIMILARITY = 0.6
const MAX_OCCURRENCES = 2000

export function makeAnchor(text: string, start: number, end: number, context = DEFAULT_CONTEXT): Anchor {
  let s = clamp(Math.min(start, end), 0, text.length)
  let e = clamp(Math.max(start, end), 0, text.length)
  // Never cut a surrogate pair: widen to whole code points.
  if (s > 0 && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--
  if (e > 0 && e < text.length && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))) e++
  let p = Math.max(0, s - context)
  if (p > 0 && isLowSurrogate(text.charCodeAt(p))) p++
  let q = Math.min(text.length, e + context)
  if (q < text.length && isLowSurrogate(text.charCodeAt(q))) q--
  return {
    quote: { exact: text.slice(s, e), prefix: text.slice(p, s), suffix: text.slice(e, q) },
    position: { start: s, end: e },
  }
}

export function resolveAnchor(text: string, anchor: Anchor): ResolvedAnchor | null {
  return resolveNear(text, anchor, anchor.position.start)
}

/** Resolve, preferring matches near `expectedStart` (where the quote is believed to be now). */
function resolveNear(text: string, anchor: Anchor, expectedStart: number): ResolvedAnchor | null {
  const { start, end } = anchor.position
  const { exact } = anchor.quote
  if (end <= text.length && text.slice(start, end) === exact) return { start, end, method: 'position' }
  const attempt = (quote: Anchor['quote']) =>
    findExact(text, quote, expectedStart) ?? findFuzzy(text, quote, expectedStart)
  const found = attempt(anchor.quote)
  if (found || !/\r/.test(exact + anchor.quote.prefix + anchor.quote.suffix) || text.includes('\r')) return found
  // Re-imported with CRLF normalised to LF: look for the normalised quote.
  const lf = (s: string) => s.replace(/\r\n?/g, '\n')
  return attempt({ exact: lf(exact), prefix: lf(anchor.quote.prefix), suffix: lf(anchor.quote.suffix) })
}

/**
 * Re-attach every claim to `newText`. Claims that cannot be found are kept, with
 * state 'orphaned' and their old anchor; a claim found again leaves 'orphaned'
 * for the state it had before. State changes go into the claim's history.
 */
export function reanchorClaims<C extends Pick<Claim, 'anchor' | 'state'> & Partial<Pick<Claim, 'history' | 'updatedAt'>>>(
  oldText: string,
  newText: string,
  claims: readonly C[],
  options: { at?: string; by?: string } = {},
): C[] {
  const at = options.at ?? new Date().toISOString()
  const by = options.by ?? 'claimdesk'
  // One cheap diff for the common case (one edited region): offsets before it
  // stay, offsets after it shift by the change in length.
  let head = 0
  const maxHead = Math.min(oldText.length, newText.length)
  while (head < maxHead && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++
  let tail = 0
  while (tail < maxHead - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++
  const delta = newText.length - oldText.length
  // At the edge of the edit, a start belongs with what follows it and an end with what precedes it.
  const mapStart = (offset: number) => (offset >= oldText.length - tail ? offset + delta : Math.min(offset, head))
  const mapEnd = (offset: number) => (offset <= head ? offset : offset >= oldText.length - tail ? offset + delta : head)

  return claims.map((claim) => {
    const { start, end } = claim.anchor.position
    const mapped = { start: mapStart(start), end: Math.max(mapStart(start), mapEnd(end)) }
    const found = resolveNear(newText, { ...claim.anchor, position: mapped }, mapped.start)
    if (!found) {
      if (claim.state === 'orphaned') return claim
      return withState(claim, 'orphaned', at, by)
    }
    const anchor = makeAnchor(newText, found.start, found.end, Math.max(claim.anchor.quote.prefix.length, claim.anchor.quote.suffix.length, DEFAULT_CONTEXT))
    const sameAnchor = sameAnchors(anchor, claim.anchor)
    const next = claim.state === 'orphaned' ? withState(claim, stateBeforeOrphaned(claim), at, by) : claim
    if (sameAnchor) return next
    return { ...next, anchor, ...(claim.updatedAt !== undefined ? { updatedAt: at } : {}) }
  })
}

function withState<C extends Pick<Claim, 'state'> & Partial<Pick<Claim, 'history' | 'updatedAt'>>>(
  claim: C,
  state: Claim['state'],
  at: string,
  by: string,
): C {
  const change: Change = { field: 'state', from: claim.state, to: state, at, by }
  return {
    ...claim,
    state,
    ...(claim.history ? { history: [...claim.history, change] } : {}),
    ...(claim.updatedAt !== undefined ? { updatedAt: at } : {}),
  }
}

function stateBeforeOrphaned(claim: Partial<Pick<Claim, 'history'>>): Claim['state'] {
  const history = claim.history ?? []
  for (let i = history.length - 1; i >= 0; i--) {
    const change = history[i]
    if (change.field === 'state' && change.to === 'orphaned' && (change.from === 'active' || change.from === 'dismissed')) return change.from
  }
  return 'active'
}

function sameAnchors(a: Anchor, b: Anchor): boolean {
  return (
    a.position.start === b.position.start &&
    a.position.end === b.position.end &&
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix
  )
}

// ---------------------------------------------------------------------------
// Exact quote, disambiguated by context

function findExact(text: string, quote: Anchor['quote'], expectedStart: number): ResolvedAnchor | null {
  const { exact, prefix, suffix } = quote
  if (exact.length === 0) return null
  // Near the expected place, an occurrence with all of its prefix or all of its
  // suffix is conclusive: no need to scan a long article for others.
  const radius = 2 * exact.length + 4096
  const near = bestOccurrence(text, quote, expectedStart, Math.max(0, expectedStart - radius), expectedStart + exact.length + radius)
  const conclusive = near && (near.prefixMatch === prefix.length || near.suffixMatch === suffix.length)
  const best = conclusive ? near : bestOccurrence(text, quote, expectedStart, 0, text.length)
  if (!best) return null
  // A short quote found with none of its context is probably another occurrence of
  // a common phrase, not the claim: leave it to the fuzzy search (or orphan it).
  const contextLength = prefix.length + suffix.length
  const trusted = exact.length >= 12 || contextLength === 0 || best.score >= Math.min(contextLength, 8)
  return trusted ? { start: best.start, end: best.start + exact.length, method: 'quote' } : null
}

function bestOccurrence(text: string, quote: Anchor['quote'], expectedStart: number, from: number, to: number) {
  const { exact, prefix, suffix } = quote
  let best: { start: number; score: number; distance: number; prefixMatch: number; suffixMatch: number } | null = null
  for (const i of occurrences(text, exact, from, to, MAX_OCCURRENCES * 10)) {
    const prefixMatch = commonSuffix(prefix, text.slice(Math.max(0, i - prefix.length), i))
    const suffixMatch = commonPrefix(suffix, text.slice(i + exact.length, i + exact.length + suffix.length))
    const score = prefixMatch + suffixMatch
    const distance = Math.abs(i - expectedStart)
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance, prefixMatch, suffixMatch }
  }
  return best
}

// ---------------------------------------------------------------------------
// Fuzzy: seed and extend

interface Seed {
  needle: string
  /** Where the needle starts relative to the quote start (prefix: negative, suffix: quote length). */
  offset: number
  kind: 'prefix' | 'chunk' | 'suffix'
}
interface Hit {
  seed: number
  at: number
  impliedStart: number
}

function findFuzzy(text: string, quote: Anchor['quote'], expectedStart: number): ResolvedAnchor | null {
  const L = quote.exact.length
  if (L < 8) return null // too little to tell an edited quote from a coincidence
  const seeds = makeSeeds(quote)
  // Look near the expected place first (cheap, and right after ordinary edits), then everywhere.
  const radius = 3 * L + 4096
  const near = locate(text, quote.exact, seeds, expectedStart, Math.max(0, expectedStart - radius), Math.min(text.length, expectedStart + L + radius))
  if (near || text.length <= 2 * radius + L) return near
  return locate(text, quote.exact, seeds, expectedStart, 0, text.length)
}

function makeSeeds(quote: Anchor['quote']): Seed[] {
  const L = quote.exact.length
  const seeds: Seed[] = []
  const prefix = quote.prefix.slice(-32)
  if (prefix.length >= 4) seeds.push({ needle: prefix, offset: -prefix.length, kind: 'prefix' })
  const size = L <= 32 ? Math.max(4, Math.floor(L / 3)) : L <= 256 ? Math.max(8, Math.floor(L / 6)) : 32
  const count = Math.min(16, Math.floor(L / size))
  for (let j = 0; j < count; j++) {
    const offset = count === 1 ? 0 : Math.round((j * (L - size)) / (count - 1))
    seeds.push({ needle: quote.exact.slice(offset, offset + size), offset, kind: 'chunk' })
  }
  const suffix = quote.suffix.slice(0, 32)
  if (suffix.length >= 4) seeds.push({ needle: suffix, offset: L, kind: 'suffix' })
  return seeds
}

function locate(text: string, exact: string, seeds: Seed[], expectedStart: number, from: number, to: number): ResolvedAnchor | null {
  const L = exact.length
  const hits: Hit[] = []
  seeds.forEach((seed, index) => {
    for (const i of occurrences(text, seed.needle, from, to, MAX_OCCURRENCES)) hits.push({ seed: index, at: i, impliedStart: i - seed.offset })
  })
  if (hits.length < 2) return null
  hits.sort((a, b) => a.impliedStart - b.impliedStart)

  // The window of implied starts holding the most distinct seeds wins; the width
  // allows for text inserted into or deleted from the quote.
  const width = Math.max(24, Math.ceil(L / 2))
  const counts = new Array<number>(seeds.length).fill(0)
  let distinct = 0
  let best: { lo: number; hi: number; distinct: number; distance: number } | null = null
  for (let lo = 0, hi = 0; hi < hits.length; hi++) {
    if (counts[hits[hi].seed]++ === 0) distinct++
    while (hits[hi].impliedStart - hits[lo].impliedStart > width) if (--counts[hits[lo++].seed] === 0) distinct--
    const distance = Math.abs(hits[lo].impliedStart - expectedStart)
    if (!best || distinct > best.distinct || (distinct === best.distinct && distance < best.distance)) best = { lo, hi, distinct, distance }
  }
  if (!best || best.distinct < 2) return null

  // One hit per seed: the one closest to the window's middle.
  const window = hits.slice(best.lo, best.hi + 1)
  const middle = window[Math.floor(window.length / 2)].impliedStart
  const chosen = new Map<number, Hit>()
  for (const hit of window) {
    const current = chosen.get(hit.seed)
    if (!current || Math.abs(hit.impliedStart - middle) < Math.abs(current.impliedStart - middle)) chosen.set(hit.seed, hit)
  }
  const picked = [...chosen.values()].sort((a, b) => seeds[a.seed].offset - seeds[b.seed].offset)
  const first = picked[0]
  const last = picked[picked.length - 1]
  const prefixHit = seeds[first.seed].kind === 'prefix' ? first : null
  const suffixHit = seeds[last.seed].kind === 'suffix' ? last : null
  const start = prefixHit ? prefixHit.at + seeds[prefixHit.seed].needle.length : Math.max(0, first.impliedStart)
  const end = suffixHit ? suffixHit.at : Math.min(text.length, last.at + (L - seeds[last.seed].offset))
  if (end <= start) return null
  // As for exact matches: a short quote needs some of its old context to be believed.
  const hasContext = seeds.some((seed) => seed.kind !== 'chunk')
  if (L < 32 && hasContext && !prefixHit && !suffixHit) return null
  const length = end - start
  if (length < L / 2 - 8 || length > 2 * L + 16) return null
  if (similarity(text.slice(start, end), exact) < MIN_SIMILARITY) return null
  return { start, end, method: prefixHit && suffixHit ? 'context' : 'fuzzy' }
}

/** Sørensen-Dice coefficient over character bigrams: linear time, tolerant of small edits. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length < 2 || b.length < 2) return 0
  const bigrams = new Map<number, number>()
  for (let i = 0; i < a.length - 1; i++) {
    const key = a.charCodeAt(i) * 65536 + a.charCodeAt(i + 1)
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1)
  }
  let shared = 0
  for (let i = 0; i < b.length - 1; i++) {
    const key = b.charCodeAt(i) * 65536 + b.charCodeAt(i + 1)
    const n = bigrams.get(key)
    if (n) {
      shared++
      bigrams.set(key, n - 1)
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1)
}

// ---------------------------------------------------------------------------

/** Start offsets of `needle` lying wholly within [from, to), at most `cap` of them. */
function occurrences(text: string, needle: string, from: number, to: number, cap: number): number[] {
  // indexOf has no end bound: search a slice so a miss does not scan the rest of a long article.
  const haystack = from === 0 && to >= text.length ? text : text.slice(from, to)
  const found: number[] = []
  for (let i = haystack.indexOf(needle); i !== -1 && found.length < cap; i = haystack.indexOf(needle, i + 1)) found.push(from + i)
  return found
}

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

export function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++
  return i
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
