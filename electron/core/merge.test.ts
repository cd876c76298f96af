import { describe, expect, it } from 'vitest'
import { CLAIM_FIELDS, type ClaimField, type ClaimFieldValue } from './claim-fields'
import { diffClaim, manualClaim } from './claim-ops'
import { canonical, MERGE_CONFLICT_FIELD, mergeArticle, type MergeConflictRecord } from './merge'
import { SCHEMA_VERSION, type ArticleFile, type Claim, type Evidence } from './schema'

const TEXT =
  'A source in North Hamgyong Province told Daily NK that the factory exploded on Monday. ' +
  'At least 30 workers were reportedly injured. The authorities have not commented.'
const T0 = '2026-11-01T09:00:00.000Z'
const OPTIONS = { at: '2026-11-30T12:00:00.000Z', by: 'Kim (merge)' }

function span(text: string, phrase: string): [number, number] {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`no "${phrase}"`)
  return [start, start + phrase.length]
}

function file(claims: Claim[], text = TEXT, meta: Partial<ArticleFile['article']> = {}): ArticleFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: 'a-0123456789abcdef',
      title: 'Explosion at Chongjin factory',
      outlet: 'Daily NK',
      author: null,
      url: null,
      publishedAt: null,
      language: 'en',
      text,
      contentHash: '0'.repeat(64),
      importedAt: T0,
      sourceFormat: 'text',
      sourceName: null,
      nonClaims: [],
      ...meta,
    },
    claims,
  }
}

const base = () => [
  manualClaim(TEXT, ...span(TEXT, 'the factory exploded on Monday'), 'c-one', T0),
  manualClaim(TEXT, ...span(TEXT, 'At least 30 workers were reportedly injured.'), 'c-two', T0),
]

/** What the workspace does on an edit: set the field, record the change. */
function edit<F extends ClaimField>(claim: Claim, field: F, value: ClaimFieldValue<F>, at: string, by: string): Claim {
  const spec = CLAIM_FIELDS[field] as unknown as { set(c: Claim, v: unknown): Claim }
  const next = spec.set(claim, value)
  return { ...next, updatedAt: at, history: [...claim.history, ...diffClaim(claim, next).map((c) => ({ ...c, at, by }))] }
}

function withEvidence(claim: Claim, evidence: Evidence[], at: string, by: string): Claim {
  const next = { ...claim, evidence }
  return { ...next, updatedAt: at, history: [...claim.history, ...diffClaim(claim, next).map((c) => ({ ...c, at, by }))] }
}

const item = (id: string, citation: string): Evidence => ({
  id,
  citation,
  url: null,
  note: '',
  stance: 'supports',
  independent: true,
  file: null,
  addedAt: T0,
})

const byId = (f: ArticleFile, id: string) => f.claims.find((c) => c.id === id)!

describe('mergeArticle', () => {
  it('takes a field from the side that changed it, and the newer of two changes', () => {
    const [one, two] = base()
    const ours = file([
      edit(one, 'corroboration', 'unverified', '2026-11-02T10:00:00.000Z', 'Kim'),
      edit(two, 'note', 'Kim: asked the ministry', '2026-11-02T11:00:00.000Z', 'Kim'),
    ])
    const theirs = file([
      edit(one, 'sourcing.type', 'anonymous-source', '2026-11-03T10:00:00.000Z', 'Lee'),
      edit(two, 'note', 'Lee: hospital confirms 30', '2026-11-04T10:00:00.000Z', 'Lee'),
    ])
    const { merged, report } = mergeArticle(ours, theirs, OPTIONS)

    expect(byId(merged, 'c-one')).toMatchObject({ corroboration: 'unverified', sourcing: { type: 'anonymous-source', confirmed: true } })
    expect(byId(merged, 'c-two').note).toBe('Lee: hospital confirms 30')
    expect(report.counts).toEqual({ added: 0, updated: 2, unchanged: 0, orphaned: 0, conflicts: 1 })
    expect(report.conflicts).toEqual([
      {
        claimId: 'c-two',
        quote: 'At least 30 workers were reportedly injured.',
        field: 'note',
        kept: { side: 'theirs', value: 'Lee: hospital confirms 30', by: 'Lee', at: '2026-11-04T10:00:00.000Z' },
        overridden: { side: 'ours', value: 'Kim: asked the ministry', by: 'Kim', at: '2026-11-02T11:00:00.000Z' },
      },
    ])
    // Both changes are on record, in time order, followed by the merge's own entry.
    const history = byId(merged, 'c-two').history
    expect(history.map((h) => [h.field, h.to, h.by])).toEqual([
      ['note', 'Kim: asked the ministry', 'Kim'],
      ['note', 'Lee: hospital confirms 30', 'Lee'],
      [MERGE_CONFLICT_FIELD, expect.objectContaining({ value: 'Lee: hospital confirms 30' }), 'Kim (merge)'],
    ])
    const record = history[2].from as MergeConflictRecord
    expect(record).toEqual({ field: 'note', value: 'Kim: asked the ministry', side: 'ours', by: 'Kim', at: '2026-11-02T11:00:00.000Z' })
    expect(history[2].at).toBe(OPTIONS.at)
    expect(byId(merged, 'c-one').history.map((h) => h.field)).toEqual(['corroboration', 'sourcing.type'])
  })

  it('keeps ours when our change is the newer one, and on a tie', () => {
    const [, two] = base()
    const newer = mergeArticle(
      file([edit(two, 'note', 'ours', '2026-11-05T00:00:00.000Z', 'Kim')]),
      file([edit(two, 'note', 'theirs', '2026-11-04T00:00:00.000Z', 'Lee')]),
      OPTIONS,
    )
    expect(newer.merged.claims[0].note).toBe('ours')
    expect(newer.report.conflicts[0]).toMatchObject({ kept: { side: 'ours' }, overridden: { side: 'theirs', value: 'theirs' } })
    const tie = mergeArticle(
      file([edit(two, 'note', 'ours', '2026-11-05T00:00:00.000Z', 'Kim')]),
      file([edit(two, 'note', 'theirs', '2026-11-05T00:00:00.000Z', 'Lee')]),
      OPTIONS,
    )
    expect(tie.merged.claims[0].note).toBe('ours')
  })

  it('is idempotent, and merging back the other way changes no values', () => {
    const [one, two] = base()
    const ours = file([edit(one, 'tags', ['casualties'], '2026-11-02T00:00:00.000Z', 'Kim'), edit(two, 'note', 'a', '2026-11-02T00:00:00.000Z', 'Kim')])
    const theirs = file([one, edit(two, 'note', 'b', '2026-11-03T00:00:00.000Z', 'Lee')])
    const first = mergeArticle(ours, theirs, OPTIONS)
    const again = mergeArticle(first.merged, theirs, { ...OPTIONS, at: '2026-12-01T00:00:00.000Z' })
    expect(again.report.status).toBe('unchanged')
    expect(again.report.conflicts).toEqual([])
    expect(canonical(again.merged)).toBe(canonical(first.merged))

    const back = mergeArticle(theirs, first.merged, OPTIONS)
    for (const claim of back.merged.claims) {
      const mine = byId(first.merged, claim.id)
      expect({ note: claim.note, tags: claim.tags }).toEqual({ note: mine.note, tags: mine.tags })
    }
    expect(back.report.conflicts).toEqual([])
    // Theirs now knows about the conflict too, and the histories agree.
    expect(back.merged.claims.map((c) => c.history)).toEqual(first.merged.claims.map((c) => c.history))
  })

  it('decides a conflict no history explains by update time, and reports it once', () => {
    const [one] = base()
    const ours = file([{ ...one, credibility: 2, updatedAt: '2026-11-02T00:00:00.000Z' }])
    const theirs = file([{ ...one, credibility: 3, updatedAt: '2026-11-03T00:00:00.000Z' }])
    const first = mergeArticle(ours, theirs, OPTIONS)
    expect(first.merged.claims[0].credibility).toBe(3)
    expect(first.report.conflicts[0]).toMatchObject({ field: 'credibility', kept: { value: 3, by: null }, overridden: { value: 2 } })
    const again = mergeArticle({ ...first.merged, claims: [{ ...first.merged.claims[0], credibility: 2 }] }, theirs, OPTIONS)
    expect(again.report.conflicts).toEqual([]) // this pair was decided before
  })

  it('adds claims only they have, re-anchored to our text; a claim whose text is gone is kept as orphaned', () => {
    const theirText = TEXT.replace('The authorities have not commented.', 'Officials declined to comment. Power was cut for two days.')
    const oursText = TEXT.replace('At least 30', 'At least 35') // our copy was corrected
    const theirs = file(
      [
        manualClaim(theirText, ...span(theirText, 'the factory exploded on Monday'), 'c-three', T0),
        manualClaim(theirText, ...span(theirText, 'Power was cut for two days.'), 'c-four', T0),
      ],
      theirText,
    )
    const { merged, report } = mergeArticle(file([], oursText), theirs, OPTIONS)
    expect(report.textDiffers).toBe(true)
    expect(merged.article.text).toBe(oursText)
    expect(report.addedClaimIds.sort()).toEqual(['c-four', 'c-three'])
    expect(report.orphanedClaimIds).toEqual(['c-four'])
    const three = byId(merged, 'c-three')
    expect(oursText.slice(three.anchor.position.start, three.anchor.position.end)).toBe('the factory exploded on Monday')
    expect(three.state).toBe('active')
    const four = byId(merged, 'c-four')
    expect(four.state).toBe('orphaned')
    expect(four.history.at(-1)).toMatchObject({ field: 'state', from: 'active', to: 'orphaned', by: 'Kim (merge)' })
  })

  it('matches claims with different ids by their anchor', () => {
    const [s, e] = span(TEXT, 'The authorities have not commented.')
    const ours = file([edit(manualClaim(TEXT, s, e, 'c-mine', T0), 'corroboration', 'unverifiable', '2026-11-02T00:00:00.000Z', 'Kim')])
    const theirs = file([edit(manualClaim(TEXT, s, e, 'c-yours', T0), 'reliability', 'B', '2026-11-03T00:00:00.000Z', 'Lee')])
    const { merged, report } = mergeArticle(ours, theirs, OPTIONS)
    expect(merged.claims).toHaveLength(1)
    expect(merged.claims[0]).toMatchObject({ id: 'c-mine', corroboration: 'unverifiable', reliability: 'B' })
    expect(report.counts).toMatchObject({ added: 0, updated: 1 })
  })

  it('merges evidence by id: additions from both sides, the newer edit of one item, a deliberate removal', () => {
    const [one] = base()
    const shared = withEvidence(one, [item('e-shared', 'Hospital list'), item('e-dropped', 'Rumour')], '2026-11-02T00:00:00.000Z', 'Kim')
    const ours = withEvidence(
      shared,
      [item('e-shared', 'Hospital list (Kim)'), item('e-kim', 'Satellite image')],
      '2026-11-03T00:00:00.000Z',
      'Kim',
    )
    const theirs = withEvidence(
      shared,
      [item('e-shared', 'Hospital list (Lee)'), item('e-dropped', 'Rumour'), item('e-lee', 'KCNA report')],
      '2026-11-04T00:00:00.000Z',
      'Lee',
    )
    const { merged, report } = mergeArticle(file([ours]), file([theirs]), OPTIONS)
    const evidence = merged.claims[0].evidence
    expect(evidence.map((e) => [e.id, e.citation])).toEqual([
      ['e-shared', 'Hospital list (Lee)'],
      ['e-kim', 'Satellite image'],
      ['e-lee', 'KCNA report'],
    ])
    expect(report.conflicts).toEqual([
      expect.objectContaining({ field: 'evidence', evidenceId: 'e-shared', overridden: expect.objectContaining({ side: 'ours' }) }),
    ])
    // The removed item is still in the history, with everything it said.
    expect(merged.claims[0].history.some((h) => h.field === 'evidence' && (h.from as Evidence | null)?.id === 'e-dropped' && h.to === null)).toBe(true)
  })

  it('fills empty metadata from theirs and keeps ours otherwise', () => {
    const ours = file(base(), TEXT, { author: null, url: '' })
    const theirs = file(base(), TEXT, { author: 'Jong So Yong', url: 'https://www.dailynk.com/english/x', title: 'Other title' })
    const { merged, report } = mergeArticle(ours, theirs, OPTIONS)
    expect(merged.article).toMatchObject({ author: 'Jong So Yong', url: 'https://www.dailynk.com/english/x', title: 'Explosion at Chongjin factory' })
    expect(report.metadataFilled).toEqual(['author', 'url'])
    expect(report.counts.unchanged).toBe(2)
  })

  it('reports an identical copy as unchanged and returns ours untouched', () => {
    const ours = file(base())
    const { merged, report } = mergeArticle(ours, structuredClone(ours), OPTIONS)
    expect(report.status).toBe('unchanged')
    expect(merged).toEqual(ours)
  })
})
