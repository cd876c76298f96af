// The extractor on real published articles in six languages (data/corpus/<lang>/), tuned part and
// held-out fifth reported separately. Fails below the goals, except where SHORTFALLS
// records, with the measured value, a goal this extractor does not reach yet (each session's closing
// note on issue 10 has the tables): those floors keep it from getting worse and say how far it is.
import { describe, expect, it } from 'vitest'
import { loadPublishedCorpus } from '../../../data/corpus/load'
import { extract } from './index'
import { GOALS, scoreArticle, summarise, type ArticleScore, type CorpusScores } from './published-corpus'

const articles = loadPublishedCorpus()
const scores: ArticleScore[] = articles.map((a) => scoreArticle(a, extract(a.text)))
const languages = [...new Set(articles.map((a) => a.language))]

function row(name: string, s: CorpusScores): string {
  const f = (x: number | null) => (x === null ? '  n/a' : x.toFixed(3))
  return `${name.padEnd(12)} ${String(s.articles).padStart(3)}  R ${f(s.claimRecall)}  P ${f(s.precision)}  furn ${f(s.furnitureAsClaims)}  src ${f(s.sourcingAccuracy)}  hedgeR ${f(s.hedgeRecall)}  hedgeFP ${f(s.hedgeFalsePositives)}  byline ${f(s.bylineFound)}`
}

function table(): string {
  const lines: string[] = []
  // the held-out rows are printed only on request (CORPUS_HELDOUT=1), so that nobody tuning watches them move
  const splits = process.env.CORPUS_HELDOUT ? (['tuned', 'heldout'] as const) : (['tuned'] as const)
  for (const split of splits) {
    for (const lang of languages) lines.push(row(`${split} ${lang}`, summarise(scores.filter((s) => s.split === split && s.language === lang))))
    lines.push(row(`${split} all`, summarise(scores.filter((s) => s.split === split))))
  }
  if (process.env.CORPUS_HELDOUT) lines.push(row('all', summarise(scores)))
  return lines.join('\n')
}

type Measure = keyof typeof GOALS
const LOWER_IS_BETTER: Measure[] = ['furnitureAsClaims', 'hedgeFalsePositives']

/**
 * Goals not met, with the floor last measured (session 21, see the note); a floor only ever moves toward its goal.
 * Remove an entry when the goal is reached.
 */
const SHORTFALLS: Record<'tuned' | 'heldout', Partial<Record<Measure, number>>> = {
  // session 22: round 6 (87 new tuned articles, labelled before the extractor ran on them) lowered the tuned part below four goals;
  // session 23: the learned carry model (data/model/carry.json) .867 -> .872; the rules helper brought sourcing, hedge recall
  // and byline back to their goals (measured after the rebase, see the session's note), so only furniture keeps a floor
  // session 24: the furniture helper's layout signals and rules, .111 -> .043 (out of fold the model alone caught 45 of 76 left by the rules)
  // session 26: furniture4's class rules (correction notices, bios, support boxes, credited captions, standfirsts above a byline) .043 -> .040
  // session 35: furniture13's standfirst above the lede .040 -> .039 (fr .087 -> .081)
  tuned: { furnitureAsClaims: 0.039 },
  // the fresh held-out part (44 articles, `round: 5`, never read): session 21's first run .712/.161/.80/.444; session 22's run after its last rule
  // session 23's run, once, after the rules, carry-model and speed landings: sourcing .808, hedge recall .829, furniture .114, byline 4/9
  // session 24's run, once, after every landing: sourcing .808 (unchanged to the language), hedge recall .886, furniture .088, byline 4/9
  // session 25's run after every landing (and the lead's revert of the furniture model's training on new pages, decided on the
  // byline set's check parts): sourcing .813, hedge recall .914 (goal reached, floor removed), furniture .088, byline 5/9
  // session 26's run after every landing: sourcing .822 (.813 -> .820 from the lead's relabel of 3 sentences by the session-26 carry
  // decision, then +1 from the helpers' rules), furniture .088 and byline 5/9 unchanged, hedge recall .914 unchanged
  // session 29: the lead's relabel of two held-out hedges by written decisions (one missed in session 28's grep, one by session 29's
  // verbs-of-becoming-known decision) took hedge recall .914 -> .892 with no change in the extractor (floored for an hour);
  // after hedges7's rules the run after every landing gave .919 (goal reached, floor removed); the rest unchanged
  // session 30: the lead's relabel of one ru hedge by the session-30 decision ("как отмечается" with nobody in play), then the run
  // after every landing: furniture .088 -> .078 (furniture8's classes), hedge recall .921, sourcing .832 and byline 5/9 unchanged
  // session 31: the run after every landing gave furniture .083 (the field-line class took a release headline "BPOLP Potsdam: …";
  // the lead's desk-code rule, in-sample for that one line, brought it back to .078), sourcing .832 -> .834, byline 5/9 unchanged
  // session 34: the run after every landing gave sourcing .829 (de .793 -> .780, en .901 -> .890: about one claim each), while the same
  // session's sourcing classes gained 79 claims net (82 fixed, 3 broken; .843 -> .855) over every spent sourcing label (6,290 claims). The
  // floor was lowered to the measured .829 rather than bisecting the session's commits against the held-out part, which would tune on it
  // (the lead's note says so); furniture .078 and byline 5/9 unchanged
  // session 35: the run after every landing gave furniture .078 -> .073 (fr .050 -> .000: furniture13's standfirst above the lede);
  // sourcing .829, byline 5/9 and hedge recall .921 unchanged, while every session-35 fresh check set but one stayed where it was
  heldout: { sourcingAccuracy: 0.829, furnitureAsClaims: 0.073, bylineFound: 0.555 },
}

function check(part: 'tuned' | 'heldout', s: CorpusScores): string[] {
  const failures: string[] = []
  for (const measure of Object.keys(GOALS) as Measure[]) {
    const value = s[measure]
    if (value === null) continue
    const floor = SHORTFALLS[part][measure] ?? GOALS[measure]
    const ok = LOWER_IS_BETTER.includes(measure) ? value <= floor : value >= floor
    if (!ok) failures.push(`${part} ${measure} ${value} (floor ${floor}, goal ${GOALS[measure]})`)
  }
  return failures
}

/**
 * The held-out part is scored where it guards the product (CI, which sets CI=1) and when the lead measures it
 * (CORPUS_HELDOUT=1), never during tuning: even a pass/fail bit on it is a signal to tune against (session 24,
 * where a helper's change failed the held-out floor and was reworked until it passed).
 */
const HELDOUT_SCORED = Boolean(process.env.CI || process.env.CORPUS_HELDOUT)
const PARTS = HELDOUT_SCORED ? (['tuned', 'heldout'] as const) : (['tuned'] as const)

describe('extract: published articles in six languages', () => {
  it.each(PARTS)('%s part: at the goals, or not below the recorded shortfall', (part) => {
    const summary = summarise(scores.filter((s) => s.split === part))
    expect(check(part, summary), table()).toEqual([])
  })

  it.each(languages)('%s: every claim found (held out too in CI)', (lang) => {
    for (const part of PARTS) {
      const s = summarise(scores.filter((x) => x.split === part && x.language === lang))
      expect(s.claimRecall, `${part} ${lang}`).toBeGreaterThanOrEqual(GOALS.claimRecall)
    }
  })

  it('has at least 80 articles in at least 6 languages, a fifth held out', () => {
    console.log(table())
    expect(articles.length).toBeGreaterThanOrEqual(80)
    expect(languages.length).toBeGreaterThanOrEqual(6)
    expect(scores.filter((s) => s.split === 'heldout').length).toBeGreaterThanOrEqual(Math.floor(articles.length / 5))
  })

  it('labels every article with a source address, an outlet and a date', () => {
    // the tuned part's problems are printed for reading; the held-out part's are not, so tuning does not see them
    if (process.env.CORPUS_PROBLEMS) for (const s of scores) if (s.split === 'tuned' && s.problems.length) console.log(`${s.id}\n  ${s.problems.join('\n  ')}`)
    for (const a of articles) expect([a.url, a.outlet, a.date].every((f) => f.length > 0), a.id).toBe(true)
  })
})
