// FNV-1a over UTF-16 code units: fast, dependency-free and identical in training and in
// the app, which is all a hashed feature space needs (collisions are tolerated by design).

export const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME)
}

export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i))
  return h >>> 0
}
