// Claims and articles for the search tests (core/search, core/search-review and the search
// engine): an unreviewed, unattributed extracted claim, with the fields a test sets on top.
import { unreviewedClaim } from '../claims'
import { ArticleFileSchema, type ArticleFile, type Claim } from '../schema'

export const AT = '2026-03-01T00:00:00.000Z'

export function claim(id: string, exact: string, extra: Partial<Claim> = {}, at = AT): Claim {
  const base = unreviewedClaim(
    {
      id,
      anchor: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
      origin: 'extracted',
      checkworthiness: 0.5,
      signals: [],
      sourcing: { type: 'unattributed', suggested: 'unattributed', confirmed: false, attribution: null, cue: null },
      hedge: { hedged: false, cue: null },
    },
    at,
  )
  return { ...base, ...extra }
}

export function article(id: string, title: string, claims: Claim[]): ArticleFile {
  return ArticleFileSchema.parse({
    schemaVersion: 1,
    article: {
      id, title, outlet: 'Daily NK', author: null, url: null, publishedAt: null, language: 'en', text: '',
      contentHash: 'a'.repeat(64), importedAt: AT, sourceFormat: 'text', sourceName: null, nonClaims: [],
    },
    claims,
  })
}
