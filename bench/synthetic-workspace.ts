// What the search and related-claims benchmarks share to build a synthetic workspace in
// memory: seeded random numbers (so runs are comparable), made-up words, claims and
// article files with the fields the store writes. Each bench decides only its text.
import { unreviewedClaim } from '../electron/core/claims'
import type { ArticleFile, Claim } from '../electron/core/schema'

export const BENCH_TIME = '2026-01-01T00:00:00.000Z'

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const SYLLABLES = ['ka', 'ri', 'to', 'men', 'sun', 'ho', 'jin', 'pa', 'lo', 'der', 'ta', 'ni', 'gang', 'chon', 'ver', 'sa', 'mi', 'ul', 'ba']

/** A made-up word of 2 to 4 syllables. */
export function madeUpWord(random: () => number, syllables: readonly string[] = SYLLABLES): string {
  const n = 2 + Math.floor(random() * 3)
  return Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join('')
}

/** A claim anchored to `exact` at `start`, unreviewed, with what the bench sets on top. */
export function benchClaim(id: string, exact: string, start: number, fields: Partial<Claim> = {}): Claim {
  // The unreviewed defaults come from core, so the bench's claims stay what the app makes.
  const claim = unreviewedClaim(
    {
      id,
      anchor: { quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length } },
      origin: 'extracted',
      checkworthiness: 0.5,
      signals: [],
      sourcing: { type: 'official', suggested: 'official', confirmed: false, attribution: 'officials', cue: 'said' },
      hedge: { hedged: false, cue: null },
    },
    BENCH_TIME,
  )
  return { ...claim, ...fields }
}

/** One claim per line of the text, anchored where the line stands. */
export function claimsPerLine(text: string): Claim[] {
  const claims: Claim[] = []
  let start = 0
  for (const line of text.split('\n')) {
    claims.push(benchClaim(`c${claims.length}`, line, start))
    start += line.length + 1
  }
  return claims
}

/** An article file as the store writes it. */
export function benchArticle(
  article: { id: string; title: string; text: string; outlet?: string | null; publishedAt?: string | null; language?: string | null },
  claims: Claim[],
): ArticleFile {
  return {
    schemaVersion: 1,
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet ?? null,
      author: null,
      url: null,
      publishedAt: article.publishedAt ?? null,
      language: article.language ?? 'en',
      text: article.text,
      contentHash: '0'.repeat(64),
      importedAt: BENCH_TIME,
      sourceFormat: 'text',
      sourceName: null,
      nonClaims: [],
    },
    claims,
  }
}
