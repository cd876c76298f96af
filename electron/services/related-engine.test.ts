// The engine the related worker runs: regrouping only the part an article touched must
// give exactly the groups a full rebuild gives, on the real labelled corpus.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../core/extract'
import type { RelatedArticle } from './related-engine'
import { RelatedEngine } from './related-engine'

const ROOT = resolve(__dirname, '../../data/related-corpus/events')
const articles: RelatedArticle[] = readdirSync(ROOT)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as { reports: { id: string; title: string; text: string; outlet: string; date: string | null; language: string }[] }).reports)
  .map((r) => ({
    input: {
      id: r.id, title: r.title, text: r.text, outlet: r.outlet, publishedAt: r.date, language: r.language,
      claims: extract(r.text, { language: r.language }).claims.map((c, i) => ({ id: `c${i}`, text: c.text, attribution: c.sourcing.attribution })),
    },
    decisions: [],
  }))

function fullBuild(list: RelatedArticle[]): string {
  const engine = new RelatedEngine()
  for (const a of list) engine.upsert(a)
  return JSON.stringify(engine.groups())
}

describe('related engine', () => {
  it('regroups article by article to exactly the groups of a full rebuild', () => {
    const engine = new RelatedEngine()
    for (const a of articles) {
      engine.upsert(a)
      engine.regroup()
    }
    const stepwise = JSON.stringify(engine.groups())
    expect(engine.groups().length).toBeGreaterThan(20)
    expect(stepwise).toBe(fullBuild(articles))
  })

  it('removing an article, changing one and recording decisions match a rebuild too', () => {
    const engine = new RelatedEngine()
    for (const a of articles) engine.upsert(a)
    engine.groups()
    const group = engine.groups().find((g) => g.claims.length >= 3)!
    const [first, second] = group.claims
    const firstArticle = first.slice(0, first.indexOf('/'))
    const removed = articles.find((a) => group.claims.some((k) => k.startsWith(`${a.input.id}/`)) && a.input.id !== firstArticle)!
    engine.remove(removed.input.id)
    const decided = articles.map((a) =>
      a.input.id === firstArticle ? { ...a, decisions: [{ from: first, to: second, status: 'rejected' as const, at: '2026-01-01T00:00:00.000Z' }] } : a,
    )
    engine.upsert(decided.find((a) => a.input.id === firstArticle)!)
    const rest = decided.filter((a) => a !== removed && a.input.id !== removed.input.id)
    expect(JSON.stringify(engine.groups())).toBe(fullBuild(rest))
    expect(engine.lookup(first).related.find((r) => r.key === second)?.status).toBe('rejected')
  })

  it('gives the same groups whatever order the articles arrived in: a fresh run agrees with a long session', () => {
    // A long session: articles arrive in reverse, with one edited and one removed and re-imported on the way.
    const session = new RelatedEngine()
    const reversed = [...articles].reverse()
    for (const [i, a] of reversed.entries()) {
      session.upsert(a)
      session.regroup()
      if (i === 40) {
        session.remove(reversed[10].input.id)
        session.regroup()
      }
    }
    session.upsert(reversed[10])
    session.upsert(reversed[20])
    // A fresh `claimdesk related` run: every article once, in file order.
    expect(JSON.stringify(session.groups())).toBe(fullBuild(articles))
    // And interleaved: the events mixed, as a reviewer imports them.
    const mixed = [...articles].sort((x, y) => (x.input.id.split('-').slice(1).join('-') < y.input.id.split('-').slice(1).join('-') ? -1 : 1))
    expect(fullBuild(mixed)).toBe(fullBuild(articles))
  })
})
