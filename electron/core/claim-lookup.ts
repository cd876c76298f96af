// Claims by id without a pass over the article: an article may hold 135,000 claims, and
// a click touches one. Each claims array gets its id -> position map once (cached by the
// array, which is never changed in place); replacing claims at their places gives a new
// array that shares the map and the sortedness of the old one.
import type { Claim } from './schema'

const positions = new WeakMap<readonly Claim[], Map<string, number>>()
const sortedness = new WeakMap<readonly Claim[], boolean>()

function positionsOf(claims: readonly Claim[]): Map<string, number> {
  let map = positions.get(claims)
  if (!map) {
    map = new Map()
    for (let i = 0; i < claims.length; i++) if (!map.has(claims[i].id)) map.set(claims[i].id, i)
    positions.set(claims, map)
  }
  return map
}

/** The claim with this id, or undefined. */
export function findClaim(claims: readonly Claim[], id: string): Claim | undefined {
  const at = positionsOf(claims).get(id)
  return at === undefined ? undefined : claims[at]
}

/** The claims with these ids that are in the array, in the order of `ids`. */
export function pickClaims(claims: readonly Claim[], ids: Iterable<string>): Claim[] {
  const picked: Claim[] = []
  for (const id of new Set(ids)) {
    const claim = findClaim(claims, id)
    if (claim) picked.push(claim)
  }
  return picked
}

/** A copy with each claim in `replacements` put at the place of the claim with its id (all must be present). */
export function replaceClaims(claims: readonly Claim[], replacements: Iterable<Claim>): Claim[] {
  const map = positionsOf(claims)
  const next = claims.slice()
  for (const claim of replacements) {
    const at = map.get(claim.id)
    if (at === undefined) throw new Error(`No claim ${claim.id} to replace`)
    next[at] = claim
  }
  positions.set(next, map)
  return next
}

/** Whether the claims are in text order (as sortClaims leaves them); remembered per array. */
export function inTextOrder(claims: readonly Claim[]): boolean {
  let sorted = sortedness.get(claims)
  if (sorted === undefined) {
    sorted = true
    for (let i = 1; i < claims.length && sorted; i++) {
      const a = claims[i - 1].anchor.position
      const b = claims[i].anchor.position
      if (a.start > b.start || (a.start === b.start && a.end > b.end)) sorted = false
    }
    sortedness.set(claims, sorted)
  }
  return sorted
}

/** Records that `next` (from replaceClaims with no claim moved) is as sorted as `claims`. */
export function keepsTextOrder(claims: readonly Claim[], next: readonly Claim[]): void {
  const sorted = sortedness.get(claims)
  if (sorted !== undefined) sortedness.set(next, sorted)
}
