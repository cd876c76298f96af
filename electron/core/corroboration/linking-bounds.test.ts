// Linking stays bounded when one event is reported over and over (issue 9: the related
// worker held a link from every claim to its match in every other report, 200 million
// links at 2,000 copies of one story, and its build never finished): each article's claims
// are matched with at most MAX_PARTNERS others, a group holds at most MAX_GROUP_CLAIMS
// claims, and the bounded links still do not depend on the order articles arrived in.
import { describe, expect, it } from 'vitest'
import { MAX_PARTNERS } from './event-partners'
import { buildGroups, MAX_GROUP_CLAIMS } from './groups'
import { RelatedIndex } from './linking'
import { profileArticle, type ArticleProfile } from './profile'

const REPORTS = 60
// One explosion, reported 60 times on the same two days with the same names: every pair is one event.
const reports: ArticleProfile[] = Array.from({ length: REPORTS }, (_, i) =>
  profileArticle({
    id: `r${String(i).padStart(3, '0')}`,
    title: `Explosion at the Ostvale chemical plant near Ridgeford, Chile`,
    text: `An explosion tore through the Ostvale chemical plant near Ridgeford, Chile, on Monday, officials said.`,
    outlet: `Outlet ${i}`,
    publishedAt: `2024-03-0${1 + (i % 2)}`,
    language: 'en',
    claims: [
      { id: 'dead', text: `At least ${10 + (i % 3)} workers were killed in the explosion at the Ostvale plant, officials said.` },
      { id: 'injured', text: `Some ${40 + (i % 5)} people were injured in Ridgeford, the hospital said.` },
      { id: 'cause', text: `Investigators said a gas leak in the Ostvale boiler room caused the blast near Ridgeford.` },
    ],
  }),
)

function state(index: RelatedIndex): string {
  const verdicts: string[] = []
  for (const a of reports) for (const b of reports) if (a.id < b.id && index.sameEvent(a.id, b.id)) verdicts.push(`${a.id}|${b.id}`)
  return JSON.stringify({ verdicts, edges: index.allEdges() })
}

describe('linking one event reported many times', () => {
  const index = new RelatedIndex()
  for (const p of reports) index.upsert(p)

  it('judges every pair one event, but matches each claim with at most MAX_PARTNERS others', () => {
    expect(index.sameEvent('r000', 'r059')).toBe(true)
    for (const p of reports) {
      for (const claim of p.claims) {
        const links = index.linksOf(claim.key)
        expect(links.size).toBeLessThanOrEqual(MAX_PARTNERS)
        // One link per other article at most, and never within the article.
        const articles = [...links.keys()].map((k) => k.split('/')[0])
        expect(new Set(articles).size).toBe(articles.length)
        expect(articles).not.toContain(p.id)
      }
    }
    // Bounded, not cut to nothing: the reports are still linked to many others.
    const linked = reports.filter((p) => index.linksOf(p.claims[0].key).size > 0).length
    expect(linked).toBeGreaterThan(REPORTS / 2)
    expect(index.allEdges().length).toBeLessThanOrEqual((REPORTS * MAX_PARTNERS * 3) / 2)
  })

  it('keeps each group within MAX_GROUP_CLAIMS claims, one per article', () => {
    const groups = buildGroups(index, new Map(), () => null)
    expect(groups.length).toBeGreaterThan(3)
    for (const g of groups) {
      expect(g.claims.length).toBeLessThanOrEqual(MAX_GROUP_CLAIMS)
      const articles = g.claims.map((k) => k.split('/')[0])
      expect(new Set(articles).size).toBe(articles.length)
    }
  })

  it('gives the same verdicts and links in any arrival order, with removals on the way', () => {
    const reversed = new RelatedIndex()
    for (const p of [...reports].reverse()) reversed.upsert(p)
    expect(state(reversed)).toBe(state(index))
    const churned = new RelatedIndex()
    for (const p of reports) churned.upsert(p)
    for (const p of reports.filter((_, i) => i % 7 === 3)) churned.remove(p.id)
    for (const p of reports.filter((_, i) => i % 7 === 3).reverse()) churned.upsert(p)
    expect(state(churned)).toBe(state(index))
  })
})
