// Synthetic workspaces for the benchmark and the scaling test: `claims` claims spread
// over `articles` articles, with deterministic statuses, evidence and notes.
import type { ArticleFile, Claim } from '../../schema'
import { CORROBORATION_STATUSES, SOURCING_TYPES } from '../../vocabulary'

const SENTENCE = 'A source in North Hamgyong Province told Daily NK that the kiln exploded, injuring "several" workers. '

export function generateArticles(claims: number, articles: number): ArticleFile[] {
  const perArticle = Math.ceil(claims / articles)
  const files: ArticleFile[] = []
  let made = 0
  for (let a = 0; a < articles && made < claims; a++) {
    const count = Math.min(perArticle, claims - made)
    const text = SENTENCE.repeat(count)
    const list: Claim[] = []
    for (let i = 0; i < count; i++, made++) {
      const start = i * SENTENCE.length
      const end = start + SENTENCE.length - 1
      const corroboration = CORROBORATION_STATUSES[made % CORROBORATION_STATUSES.length]
      list.push({
        id: `c${i}`,
        anchor: { quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }, position: { start, end } },
        origin: 'extracted',
        state: i % 17 === 16 ? 'dismissed' : 'active',
        checkworthiness: 0.7,
        signals: ['number', 'hedge'],
        sourcing: { type: SOURCING_TYPES[made % SOURCING_TYPES.length], suggested: 'anonymous-source', confirmed: true, attribution: 'a source in North Hamgyong Province', cue: 'told' },
        hedge: { hedged: made % 2 === 0, cue: made % 2 === 0 ? 'reportedly' : null },
        reliability: 'C',
        credibility: 3,
        corroboration,
        evidence:
          made % 3 === 0
            ? [{ id: 'e1', citation: 'Satellite image, 20 Oct 2020', url: 'https://example.org/imagery/1', note: 'Kiln area <visible>, "maybe".', stance: 'supports', independent: true, file: null, addedAt: '2026-11-21T08:30:00.000Z' }]
            : [],
        note: made % 4 === 0 ? 'Checked with a second source, who said: "=not sure"\nFollow up next week.' : '',
        tags: made % 5 === 0 ? ['numbers', '부상자'] : [],
        history: [{ field: 'corroboration', from: 'unreviewed', to: corroboration, at: '2026-11-21T10:00:00.000Z', by: 'Kim Min-ji' }],
        createdAt: '2026-11-20T09:00:00.000Z',
        updatedAt: '2026-11-21T10:00:00.000Z',
      })
    }
    files.push({
      schemaVersion: 1,
      article: {
        id: `article-${a + 1}`,
        title: `Generated article ${a + 1}: explosion, injuries & "import disease"`,
        outlet: 'Daily NK',
        author: 'Jong So Yong',
        url: `https://example.org/articles/${a + 1}`,
        publishedAt: '2020-11-02',
        language: 'en',
        text,
        contentHash: 'e'.repeat(64),
        importedAt: '2026-11-20T08:59:00.000Z',
        sourceFormat: 'text',
        sourceName: null,
        nonClaims: [],
      },
      claims: list,
    })
  }
  return files
}
