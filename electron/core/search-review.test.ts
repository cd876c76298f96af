import { describe, expect, it } from 'vitest'
import { addArticle, createClaimIndex, updateClaim, useSegment, type ClaimIndex } from './search'
import { reviewClaims } from './search-review'
import { memorySegment, segmentSource } from './search-segment'
import { article, AT, claim } from './__fixtures__/search-claims'

const anonymous = { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: true, attribution: 'a source in North Hamgyong Province', cue: 'told' } as const
const chongjin = article('chongjin', 'Explosion at Chongjin munitions factory', [
  claim('c1', 'An explosion hit a munitions factory in Chongjin on Tuesday.', { sourcing: anonymous, corroboration: 'contradicted' }),
  claim('c2', 'At least 12 workers were reportedly injured.', { note: 'Hospital in Chongjin not reachable.', tags: ['casualties'], corroboration: 'contradicted' }),
  claim('c3', 'The factory produces artillery shells.', {
    evidence: [{ id: 'e1', citation: 'KINU white paper 2024', url: 'https://www.kinu.or.kr/report', note: 'lists the plant as a shell factory', stance: 'supports', independent: true, file: null, addedAt: AT }],
  }),
  claim('c4', 'Residents were told to stay indoors after the explosion.', { state: 'dismissed', corroboration: 'contradicted' }),
])
const hyesan = article('hyesan', 'Rice prices jump in Hyesan', [claim('h1', 'An explosion was heard near the border, a resident said.', { corroboration: 'corroborated' })])

const modes: Array<[string, (index: ClaimIndex) => ClaimIndex]> = [
  ['in memory', (index) => index],
  ['from a segment', (index) => (useSegment(index, memorySegment(segmentSource(index))), index)],
]
const ids = (hits: Array<{ articleId: string; claimId: string }>) => hits.map((h) => `${h.articleId}/${h.claimId}`)

describe.each(modes)('reviewClaims (the search box, answered from the index), %s', (_mode, as) => {
  const build = () => {
    const index = createClaimIndex()
    addArticle(index, chongjin)
    addArticle(index, hyesan)
    return as(index)
  }

  it('filters alone: every live claim whose status and sourcing fit, dismissed ones left out', () => {
    const index = build()
    expect(ids(reviewClaims(index, 'status:contradicted', 10))).toEqual(['chongjin/c1', 'chongjin/c2'])
    expect(ids(reviewClaims(index, 'status:contradicted sourcing:anonymous', 10))).toEqual(['chongjin/c1'])
    expect(ids(reviewClaims(index, 'tag:casualties', 10))).toEqual(['chongjin/c2'])
    expect(reviewClaims(index, 'status:contradicted', 1)).toHaveLength(1)
    expect(reviewClaims(index, 'status:contradicted', 10)[0]).toMatchObject({ score: 0, match: 'none', ranges: [], corroboration: 'contradicted', text: chongjin.claims[0].anchor.quote.exact })
  })

  it('words: matched in the claim\'s own fields (text, note, evidence, attribution), not by the title alone, highlighted in the text', () => {
    const index = build()
    const explosion = reviewClaims(index, 'explosion', 10)
    expect(ids(explosion)).toEqual(['chongjin/c1', 'hyesan/h1'])
    expect(explosion[0].ranges).toEqual([{ start: 3, end: 12 }])
    expect(ids(reviewClaims(index, 'hospital', 10))).toEqual(['chongjin/c2'])
    expect(ids(reviewClaims(index, 'kinu', 10))).toEqual(['chongjin/c3'])
    expect(ids(reviewClaims(index, 'hamgyong', 10))).toEqual(['chongjin/c1'])
    expect(ids(reviewClaims(index, 'explosion status:corroborated', 10))).toEqual(['hyesan/h1'])
    expect(reviewClaims(index, '"munitions factory" explosion', 10)[0]).toMatchObject({ claimId: 'c1', match: 'phrase' })
    expect(reviewClaims(index, 'explosoin', 10).every((h) => h.match === 'form')).toBe(true)
  })

  it('an edit is matched and filtered at once, also above a segment', () => {
    const index = build()
    updateClaim(index, 'hyesan', { ...hyesan.claims[0], corroboration: 'contradicted', note: 'Seismic data disagrees.', tags: ['disputed'] })
    expect(ids(reviewClaims(index, 'status:contradicted', 10))).toEqual(['chongjin/c1', 'chongjin/c2', 'hyesan/h1'])
    expect(ids(reviewClaims(index, 'seismic tag:disputed', 10))).toEqual(['hyesan/h1'])
    expect(reviewClaims(index, 'status:corroborated', 10)).toEqual([])
  })
})
