// Claim features ("w:explo", "n:kntl", "p:syria") as small integers, so that a claim's
// profile is one sorted Int32Array instead of a Set of strings: at 100,000 claims a Set
// of ~25 strings per claim held most of the related worker's heap (issue 9). The table
// is shared by every index in the thread and grows with the vocabulary, not the claims.
const ids = new Map<string, number>()
/** The feature of each id: the related index segment stores features by name (ids are this thread's). */
const names: string[] = []

export function featureId(feature: string): number {
  let id = ids.get(feature)
  if (id === undefined) {
    id = ids.size
    ids.set(feature, id)
    names.push(feature)
  }
  return id
}

export function featureName(id: number): string {
  return names[id]
}

/** Distinct features as sorted ids. */
export function sortedFeatureIds(features: Iterable<string>): Int32Array {
  const out = Int32Array.from(new Set(features), featureId)
  return out.sort()
}

/** How many ids two sorted arrays share (a merge; both are short). */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  return n
}

export function sharesAny(a: Int32Array, b: Int32Array): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true
    if (a[i] < b[j]) i++
    else j++
  }
  return false
}

/** Bytes a profile's id arrays take (their elements; the bench and the bound test read it). */
export function idBytes(...arrays: Int32Array[]): number {
  return arrays.reduce((n, a) => n + a.byteLength, 0)
}
