// Links must not depend on the order articles arrived in: how rare a name is changes as
// articles come and go, and a verdict judged when two articles met went stale (found on the
// labelled corpus: five article pairs judged one event in file order and not in reverse,
// 196 links against 191). A fresh `claimdesk related` run and a long session must agree.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { extract } from '../extract'
import { RelatedIndex } from './linking'
import { profileArticle, type ArticleProfile } from './profile'

const ROOT = resolve(__dirname, '../../../data/related-corpus/events')
const profiles: ArticleProfile[] = readdirSync(ROOT)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as { reports: { id: string; title: string; text: string; outlet: string; date: string | null; language: string }[] }).reports)
  .map((r) =>
    profileArticle({
      id: r.id, title: r.title, text: r.text, outlet: r.outlet, publishedAt: r.date, language: r.language,
      claims: extract(r.text, { language: r.language }).claims.map((c, i) => ({ id: `c${i}`, text: c.text, attribution: c.sourcing.attribution })),
    }),
  )

function state(index: RelatedIndex): { verdicts: string[]; edges: string } {
  const verdicts: string[] = []
  for (const a of profiles) for (const b of profiles) if (a.id < b.id && index.sameEvent(a.id, b.id)) verdicts.push(`${a.id}|${b.id}`)
  return { verdicts, edges: JSON.stringify(index.allEdges()) }
}

it('gives the same same-event verdicts and links in any arrival order, with removals on the way', () => {
  const inOrder = new RelatedIndex()
  for (const p of profiles) inOrder.upsert(p)
  const reversed = new RelatedIndex()
  for (const p of [...profiles].reverse()) reversed.upsert(p)
  expect(state(reversed)).toEqual(state(inOrder))

  // Every article removed and added back, one after another: a long session's edits.
  const churned = new RelatedIndex()
  for (const p of profiles) churned.upsert(p)
  for (const p of [...profiles].reverse()) {
    churned.remove(p.id)
    churned.upsert(p)
  }
  expect(state(churned)).toEqual(state(inOrder))
  expect(state(inOrder).verdicts.length).toBeGreaterThan(100)
})

it('judges a pair again when a name they share stops being rare, and after it is rare again', () => {
  // Seven reports name "Ridgeford": past the limit of six, the name is not specific enough alone.
  const report = (id: string, day: string, place: string) =>
    profileArticle({ id, title: `Flood in ${place}`, text: `Floods hit ${place} on Monday, officials in ${place} said. Rescuers searched ${place} and Ostvale.`, outlet: `Outlet ${id}`, publishedAt: day, language: 'en', claims: [{ id: 'c0', text: `At least 12 people died in the flood in ${place}, officials said.` }] })
  const index = new RelatedIndex()
  const first = report('r1', '2024-01-01', 'Ridgeford')
  const second = report('r2', '2024-01-02', 'Ridgeford')
  index.upsert(first)
  index.upsert(second)
  const judgedAlone = index.sameEvent('r1', 'r2')
  const fresh = new RelatedIndex()
  const others = ['r3', 'r4', 'r5', 'r6', 'r7'].map((id, i) => report(id, `2025-0${i + 1}-10`, 'Ridgeford'))
  for (const p of others) index.upsert(p)
  for (const p of [...others, first, second]) fresh.upsert(p) // the shared names already common when they meet
  expect(judgedAlone).toBe(true)
  expect(fresh.sameEvent('r1', 'r2')).toBe(false)
  expect(index.sameEvent('r1', 'r2')).toBe(false)
  for (const p of others) index.remove(p.id)
  expect(index.sameEvent('r1', 'r2')).toBe(true)
})
