import { describe, expect, it } from 'vitest'
import { addArticle, claimCount, createClaimIndex, documentsInMemory, removeArticle, removeClaim, searchClaims, tokenize, updateClaim, useSegment, type ClaimIndex } from './search'
import { memorySegment, segmentSource } from './search-segment'
import { article, AT, claim } from './__fixtures__/search-claims'

const chongjin = article('chongjin', 'Explosion at Chongjin munitions factory', [
  claim('c1', 'An explosion hit a munitions factory in Chongjin on Tuesday.', {
    sourcing: { type: 'anonymous-source', suggested: 'anonymous-source', confirmed: true, attribution: 'a source in North Hamgyong Province', cue: 'told' },
  }),
  claim('c2', 'At least 12 workers were reportedly injured.', { note: 'Hospital in Chongjin not reachable.', tags: ['casualties'] }),
  claim('c3', 'The factory produces artillery shells.', {
    evidence: [{ id: 'e1', citation: 'KINU white paper 2024', url: 'https://www.kinu.or.kr/report', note: 'lists the plant as a shell factory', stance: 'supports', independent: true, file: null, addedAt: AT }],
  }),
  claim('c4', 'Residents were told to stay indoors.', { state: 'dismissed' }),
])
const hyesan = article('hyesan', 'Rice prices jump in Hyesan', [
  claim('h1', 'Rice prices in Hyesan rose by a third in two weeks.'),
  claim('h2', 'Border guards were ordered to shoot smugglers near P\u2019yŏngyang road.', { tags: ['border', 'military'] }),
  claim('h3', 'An explosion was heard near the border, a resident said.'),
])

/** The index frozen into a segment (as the search worker keeps it on disk), with nothing in memory above it. */
function frozen(index: ClaimIndex): ClaimIndex {
  useSegment(index, memorySegment(segmentSource(index)))
  return index
}

// Every behaviour holds for an index in memory and for one loaded from a segment (with
// the edits then made in memory above it).
const modes: Array<[string, (index: ClaimIndex) => ClaimIndex]> = [
  ['in memory', (index) => index],
  ['from a segment', frozen],
]
const ids = (hits: Array<{ articleId: string; claimId: string }>) => hits.map((h) => `${h.articleId}/${h.claimId}`)

describe.each(modes)('searchClaims, %s', (_mode, as) => {
  const build = () => {
    const index = createClaimIndex()
    addArticle(index, chongjin)
    addArticle(index, hyesan)
    return as(index)
  }

  it('finds claims by their text, best first, with where each word matched', () => {
    const hits = searchClaims(build(), 'explosion')
    expect(ids(hits)).toEqual(['chongjin/c1', 'hyesan/h3', 'chongjin/c2', 'chongjin/c3'])
    expect(hits[0]).toMatchObject({ articleId: 'chongjin', claimId: 'c1', text: chongjin.claims[0].anchor.quote.exact })
    expect(hits[0].match).toEqual({ explosion: ['text', 'title'] })
    expect(hits[2].match).toEqual({ explosion: ['title'] }) // only through the article title
    expect(hits[0].score).toBeGreaterThan(hits[2].score)
  })

  it('searches notes, tags, attribution, evidence and the article title', () => {
    const index = build()
    expect(ids(searchClaims(index, 'hospital'))).toEqual(['chongjin/c2'])
    expect(ids(searchClaims(index, 'casualties'))).toEqual(['chongjin/c2'])
    expect(ids(searchClaims(index, 'hamgyong'))).toEqual(['chongjin/c1'])
    expect(ids(searchClaims(index, 'KINU white paper'))).toEqual(['chongjin/c3'])
    expect(ids(searchClaims(index, 'kinu.or.kr'))).toEqual(['chongjin/c3'])
    expect(ids(searchClaims(index, 'jump')).sort()).toEqual(['hyesan/h1', 'hyesan/h2', 'hyesan/h3'])
    expect(searchClaims(index, 'military')[0].match).toEqual({ military: ['tags'] })
  })

  it('requires every word by default and any word with OR', () => {
    const index = build()
    expect(ids(searchClaims(index, 'explosion border'))).toEqual(['hyesan/h3'])
    const any = ids(searchClaims(index, 'artillery smugglers', { combineWith: 'OR' }))
    expect(any.sort()).toEqual(['chongjin/c3', 'hyesan/h2'])
    expect(searchClaims(index, 'artillery smugglers')).toEqual([])
    // Under OR, a claim matching more of the words ranks higher.
    expect(ids(searchClaims(index, 'explosion border', { combineWith: 'OR' }))[0]).toBe('hyesan/h3')
  })

  it('matches prefixes while typing and forgives typos', () => {
    const index = build()
    expect(ids(searchClaims(index, 'artil'))).toEqual(['chongjin/c3'])
    expect(ids(searchClaims(index, 'smug'))).toEqual(['hyesan/h2'])
    expect(ids(searchClaims(index, 'artilery'))).toEqual(['chongjin/c3'])
    expect(ids(searchClaims(index, 'smugglres'))).toEqual(['hyesan/h2'])
    // An exact match outranks a prefix match.
    const index2 = createClaimIndex()
    addArticle(index2, article('x', 'X', [claim('long', 'The shelling continued.'), claim('exact', 'A shell landed.')]))
    expect(ids(searchClaims(as(index2), 'shell'))).toEqual(['x/exact', 'x/long'])
    // Numbers are not typos of each other.
    addArticle(index2, article('y', 'Y', [claim('y1', 'In 20245 cases.'), claim('y2', 'In 20246 cases.')]))
    as(index2)
    expect(ids(searchClaims(index2, '20245'))).toEqual(['y/y1'])
  })

  it('ignores case and diacritics', () => {
    const index = build()
    expect(ids(searchClaims(index, 'PYONGYANG'))).toEqual(['hyesan/h2'])
    expect(ids(searchClaims(index, 'pyŏngyang'))).toEqual(['hyesan/h2'])
    expect(tokenize('Kim Jŏng-ŭn’s ＰＹＯＮＧＹＡＮＧ')).toEqual(['kim', 'jong', 'un', 's', 'pyongyang'])
  })

  it('leaves out dismissed claims unless asked, and filters by article', () => {
    const index = build()
    expect(searchClaims(index, 'indoors')).toEqual([])
    expect(ids(searchClaims(index, 'indoors', { includeDismissed: true }))).toEqual(['chongjin/c4'])
    expect(ids(searchClaims(index, 'explosion', { articleIds: ['hyesan'] }))).toEqual(['hyesan/h3'])
  })

  it('honours the limit and returns nothing for an empty query', () => {
    const index = build()
    expect(searchClaims(index, 'explosion', { limit: 2 })).toHaveLength(2)
    expect(searchClaims(index, 'explosion', { limit: 0 })).toEqual([])
    expect(searchClaims(index, '   ')).toEqual([])
    expect(searchClaims(index, '!!!')).toEqual([])
    expect(searchClaims(createClaimIndex(), 'explosion')).toEqual([])
  })
})

describe.each(modes)('keeping the index current, %s', (_mode, as) => {
  const build = () => {
    const index = createClaimIndex()
    addArticle(index, chongjin)
    addArticle(index, hyesan)
    return as(index)
  }

  it('re-indexes one edited claim', () => {
    const index = build()
    expect(claimCount(index)).toBe(7)
    const edited = { ...chongjin.claims[1], note: 'Confirmed by the provincial hospital register.', tags: ['verified'] }
    updateClaim(index, 'chongjin', edited)
    expect(claimCount(index)).toBe(7)
    expect(ids(searchClaims(index, 'register'))).toEqual(['chongjin/c2'])
    expect(searchClaims(index, 'casualties')).toEqual([])
    // The article title still counts for the re-indexed claim.
    expect(ids(searchClaims(index, 'munitions injured'))).toEqual(['chongjin/c2'])
  })

  it('indexes a new claim and removes a deleted one', () => {
    const index = build()
    updateClaim(index, 'hyesan', claim('h4', 'Corn prices also rose.'))
    expect(ids(searchClaims(index, 'corn'))).toEqual(['hyesan/h4'])
    removeClaim(index, 'hyesan', 'h4')
    expect(searchClaims(index, 'corn')).toEqual([])
    expect(claimCount(index)).toBe(7)
  })

  it('removes and replaces whole articles without duplicates', () => {
    const index = build()
    removeArticle(index, 'hyesan')
    expect(searchClaims(index, 'rice')).toEqual([])
    expect(ids(searchClaims(index, 'explosion'))).toEqual(['chongjin/c1', 'chongjin/c2', 'chongjin/c3'])
    addArticle(index, hyesan)
    addArticle(index, hyesan)
    const rice = ids(searchClaims(index, 'rice')) // h1 by its text, all three by the title
    expect(rice[0]).toBe('hyesan/h1')
    expect(rice.sort()).toEqual(['hyesan/h1', 'hyesan/h2', 'hyesan/h3'])
    expect(claimCount(index)).toBe(7)
  })

  it('stays correct after many edits squeeze out discarded entries', () => {
    const index = createClaimIndex()
    const claims = Array.from({ length: 300 }, (_, i) => claim(`k${i}`, `Report number ${i} mentions village${i % 10}.`))
    addArticle(index, article('big', 'Many reports', claims))
    as(index)
    const rounds = ['alpha', 'bravo', 'charlie', 'delta', 'echo'] // no two within a typo of each other
    for (const round of rounds) {
      for (const c of claims) updateClaim(index, 'big', { ...c, note: round })
    }
    expect(claimCount(index)).toBe(300)
    expect(searchClaims(index, 'delta')).toEqual([])
    expect(searchClaims(index, 'echo', { limit: 1000 })).toHaveLength(300)
    expect(ids(searchClaims(index, 'village7', { limit: 1000 }))).toHaveLength(30)
    expect(ids(searchClaims(index, 'number 42 village2'))).toEqual(['big/k42'])
  })
})

describe('a segment written again with what changed above it', () => {
  it('keeps edits, new claims, removals and titles, and drops what was discarded', () => {
    const index = frozen(buildBoth())
    expect(documentsInMemory(index)).toBe(0)
    updateClaim(index, 'chongjin', { ...chongjin.claims[1], note: 'Confirmed by the provincial hospital register.' })
    updateClaim(index, 'hyesan', claim('h4', 'Corn prices also rose.'))
    removeClaim(index, 'hyesan', 'h1')
    const before = ['register', 'corn', 'rice', 'munitions injured', 'explosion', 'casualties'].map((q) => ids(searchClaims(index, q)))
    frozen(index)
    expect(claimCount(index)).toBe(7)
    expect(['register', 'corn', 'rice', 'munitions injured', 'explosion', 'casualties'].map((q) => ids(searchClaims(index, q)))).toEqual(before)
    expect(ids(searchClaims(index, 'corn prices'))).toEqual(['hyesan/h4'])
    removeArticle(index, 'chongjin')
    expect(searchClaims(frozen(index), 'explosion').map((h) => h.articleId)).toEqual(['hyesan'])
  })
})

function buildBoth(): ClaimIndex {
  const index = createClaimIndex()
  addArticle(index, chongjin)
  addArticle(index, hyesan)
  return index
}
