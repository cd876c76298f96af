// The labelled set of real published reports (data/related-corpus): same-event, same-fact
// groups across outlets and languages, unrelated pairs, and the conflicts a reviewer
// should see. The issue asks for precision >= 0.90 and recall >= 0.80; both are asserted.
// History: round 2 ended at precision 0.908 / recall 0.611; round 3 (toll-before-number
// figures, a multilingual city list, German nouns kept out of names, dates weeks apart,
// shared uneven numbers, one event through a third report) measured 0.919 / 0.810.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { buildGroups, type RelatedGroup } from './groups'
import { RelatedIndex } from './linking'
import { profileArticle, type ArticleProfile } from './profile'

const RECALL_FLOOR = 0.8
const ROOT = resolve(__dirname, '../../../data/related-corpus')

interface Report {
  id: string
  url: string
  outlet: string
  date: string | null
  language: string
  title: string
  text: string
  /** Fact label -> the quote (or quotes, when the article states the fact twice) of its claim. */
  facts: Record<string, string | string[]>
}
interface EventFile {
  event: string
  reports: Report[]
  conflicts: Record<string, string>
  updates: Record<string, string>
}

const events: (EventFile & { file: string })[] = readdirSync(join(ROOT, 'events'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(ROOT, 'events', f), 'utf8')) as EventFile) }))
const unrelated: { a: string; b: string; why: string }[] = JSON.parse(readFileSync(join(ROOT, 'unrelated.json'), 'utf8'))

/** Claim key of each labelled fact: `${event}#${fact}` -> claim keys. */
const gold = new Map<string, string[]>()
const unmatched: string[] = []
const index = new RelatedIndex()
const profiles: ArticleProfile[] = []
for (const event of events) {
  for (const report of event.reports) {
    const claims = extract(report.text, { language: report.language }).claims.map((c, i) => ({ id: `c${i}`, text: c.text, attribution: c.sourcing.attribution }))
    const profile = profileArticle({ id: report.id, title: report.title, text: report.text, outlet: report.outlet, publishedAt: report.date, language: report.language, claims })
    profiles.push(profile)
    for (const [fact, quotes] of Object.entries(report.facts)) {
      for (const quote of Array.isArray(quotes) ? quotes : [quotes]) {
        const claim = claims.find((c) => c.text.includes(quote))
        if (!claim) {
          unmatched.push(`${report.id}: ${quote}`)
          continue
        }
        const key = `${event.file}#${fact}`
        gold.set(key, [...(gold.get(key) ?? []), `${report.id}/${claim.id}`])
      }
    }
  }
}
for (const profile of profiles) index.upsert(profile)
const groups: RelatedGroup[] = buildGroups(index, new Map(), (key) => {
  const claim = index.claim(key)
  const article = index.article(key.split('/')[0])
  if (!claim || !article) return null
  return { articleId: article.id, claimId: claim.claimId, figures: claim.figures, outlet: article.outlet, attribution: claim.attribution, day: article.day, origins: claim.origins.size > 0 ? claim.origins : article.origins }
})

const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)
const article = (key: string) => key.split('/')[0]

function pairsOf(lists: Iterable<string[]>): Set<string> {
  const out = new Set<string>()
  for (const list of lists) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (article(list[i]) !== article(list[j])) out.add(pair(list[i], list[j]))
  return out
}

// A predicted link is right when both claims carry the same event's same fact label.
// Recall counts pairs of articles that state a fact: found when some claim of each is linked.
const goldPairs = pairsOf(gold.values())
const predicted = pairsOf(groups.map((g) => g.claims))
const hits = [...predicted].filter((p) => goldPairs.has(p))
const precision = predicted.size ? hits.length / predicted.size : 1
const articlePairs = new Set<string>()
const foundArticlePairs = new Set<string>()
for (const [fact, keys] of gold) {
  const articles = [...new Set(keys.map(article))]
  for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) articlePairs.add(`${fact}:${pair(articles[i], articles[j])}`)
  for (const p of hits) {
    const [x, y] = p.split('|')
    if (keys.includes(x) && keys.includes(y)) foundArticlePairs.add(`${fact}:${pair(article(x), article(y))}`)
  }
}
const recall = articlePairs.size ? foundArticlePairs.size / articlePairs.size : 1

describe('related-claims corpus', () => {
  it('is a real labelled set: every report sourced, at least 4 languages', () => {
    const languages = new Set(events.flatMap((e) => e.reports.map((r) => r.language)))
    const reports = events.flatMap((e) => e.reports)
    for (const r of reports) {
      expect(r.url, r.id).toMatch(/^https?:\/\//)
      expect(r.outlet, r.id).not.toBe('')
      expect(r.date === null || /^\d{4}-\d{2}-\d{2}$/.test(r.date), r.id).toBe(true)
    }
    console.log(`corpus: ${events.length} events, ${gold.size} fact groups, ${reports.length} reports, languages ${[...languages].sort().join(' ')}, ${unrelated.length} unrelated pairs`)
    expect(languages.size).toBeGreaterThanOrEqual(4)
    // Groups of at least two reports: the issue asks for 30, and as many unrelated pairs.
    const groups = [...gold.values()].filter((keys) => new Set(keys.map(article)).size >= 2).length
    expect(groups).toBeGreaterThanOrEqual(30)
    expect(unrelated.length).toBeGreaterThanOrEqual(groups)
  })

  it('links with precision >= 0.90 and recall >= 0.80', () => {
    const wrong = [...predicted].filter((p) => !goldPairs.has(p))
    const missed = [...articlePairs].filter((p) => !foundArticlePairs.has(p))
    console.log(`links: predicted ${predicted.size} claim pairs, ${hits.length} right; article pairs stating one fact ${articlePairs.size}, ${foundArticlePairs.size} linked; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`)
    const language = new Map(events.flatMap((e) => e.reports.map((r) => [r.id, r.language] as const)))
    const byLanguage = new Map<string, [number, number]>()
    for (const p of articlePairs) {
      const [x, y] = p.slice(p.indexOf(':') + 1).split('|').map((id) => language.get(id)!)
      for (const key of new Set([x, y, x === y ? 'same language' : 'across languages'])) {
        const [found, all] = byLanguage.get(key) ?? [0, 0]
        byLanguage.set(key, [found + (foundArticlePairs.has(p) ? 1 : 0), all + 1])
      }
    }
    console.log(`recall by language: ${[...byLanguage].sort().map(([k, [f, a]]) => `${k} ${(f / a).toFixed(2)} (${f}/${a})`).join(', ')}`)
    if (wrong.length) console.log(`wrong links:\n  ${wrong.join('\n  ')}`)
    if (missed.length) console.log(`missed links:\n  ${missed.join('\n  ')}`)
    if (unmatched.length) console.log(`labels without a claim:\n  ${unmatched.join('\n  ')}`)
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR)
  })

  it('links no claim across the unrelated pairs', () => {
    const linked = unrelated.filter(({ a, b }) => [...predicted].some((p) => { const [x, y] = p.split('|').map(article); return (x === a && y === b) || (x === b && y === a) }))
    expect(linked).toEqual([])
  })

  it('finds every labelled conflict', () => {
    const found: string[] = []
    const missed: string[] = []
    for (const event of events) {
      for (const fact of Object.keys(event.conflicts)) {
        const keys = gold.get(`${event.file}#${fact}`) ?? []
        // An article that states the fact twice may leave its second claim in a group of its own.
        const conflict = groups.some((g) => keys.some((k) => g.claims.includes(k)) && g.disagreements.some((d) => d.kind === 'conflict'))
        ;(conflict ? found : missed).push(`${event.file}#${fact}`)
      }
    }
    const unlabelled = groups
      .filter((g) => g.disagreements.some((d) => d.kind === 'conflict'))
      .filter((g) => !events.some((e) => Object.keys(e.conflicts).some((f) => (gold.get(`${e.file}#${f}`) ?? []).some((k) => g.claims.includes(k)))))
    console.log(`conflicts: labelled ${found.length + missed.length}, found ${found.length}; conflicts flagged outside the labels: ${unlabelled.length}`)
    for (const g of unlabelled) console.log(`  unlabelled conflict: ${g.claims.join(', ')} ${JSON.stringify(g.disagreements.map((d) => [d.quantity, d.values.map((v) => v.value)]))}`)
    expect(missed).toEqual([])
  })
})
