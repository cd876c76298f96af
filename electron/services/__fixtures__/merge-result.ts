// A merge result with every kind of line the report has (services/merge-report.test.ts).
import type { MergeResult } from '../merge'

// Only the parts the report reads (no claim id lists).
export const MERGE_RESULT = {
  mergeId: '2026-11-26T09-00-00-000Z-abc123',
  at: '2026-11-26T09:00:00.000Z',
  by: 'Kim (merge)',
  source: 'export of 2026-11-26T08:00:00.000Z',
  articles: [
    {
      articleId: 'a1', title: 'Blast at Chongjin', status: 'merged',
      counts: { added: 1, updated: 3, unchanged: 10, orphaned: 1, conflicts: 2 },
      metadataFilled: ['outlet', 'byline'], textDiffers: true,
      conflicts: [
        { claimId: 'c1', field: 'note', quote: 'An explosion at the Chongjin Chemical and Textile Factory reportedly injured several workers', kept: { side: 'theirs', value: 'Lee: no second source yet.', by: 'Lee', at: '2026-11-25T11:00:05.000Z' }, overridden: { side: 'ours', value: '', by: null, at: null } },
        { claimId: 'c2', field: 'evidence', evidenceId: 'e7', quote: 'Workers were hurt', kept: { side: 'ours', value: { citation: 'KCNA, 3 May', stance: 'supports' }, by: 'Kim', at: '2026-11-25T10:00:00.000Z' }, overridden: { side: 'theirs', value: ['a', 'b'], by: 'Lee', at: '2026-11-25T10:30:00.000Z' } },
        { claimId: 'c3', field: 'sourcing.type', quote: 'q', kept: { side: 'ours', value: 'official', by: null, at: null }, overridden: { side: 'theirs', value: [], by: null, at: null } },
        { claimId: 'c4', field: 'span', quote: 'q2', kept: { side: 'ours', value: { exact: 'the span' }, by: null, at: null }, overridden: { side: 'theirs', value: 3, by: null, at: null } },
      ],
    },
    { articleId: 'a2', title: 'Market in Hyesan', status: 'added', counts: { added: 1, updated: 0, unchanged: 0, orphaned: 0, conflicts: 0 }, metadataFilled: [], textDiffers: false, conflicts: [] },
    { articleId: 'a3', title: 'Rains', status: 'added', counts: { added: 4, updated: 0, unchanged: 0, orphaned: 0, conflicts: 0 }, metadataFilled: [], textDiffers: false, conflicts: [] },
    { articleId: 'a4', title: 'Same', status: 'unchanged', counts: { added: 0, updated: 0, unchanged: 3, orphaned: 0, conflicts: 0 }, metadataFilled: [], textDiffers: false, conflicts: [] },
  ],
  skipped: [{ file: 'articles/a-broken.json', reason: 'not valid JSON (Unexpected end of JSON input)' }],
  evidenceFiles: { copied: ['evidence/a.png'], missing: ['evidence/b.pdf', 'evidence/c.pdf'] },
  totals: { articlesAdded: 2, articlesMerged: 1, articlesUnchanged: 1, claimsAdded: 6, claimsUpdated: 3, claimsUnchanged: 13, claimsOrphaned: 1, conflicts: 4, skipped: 1 },
  backupDir: '/w/.claimdesk/merges/x/before',
} as unknown as MergeResult
