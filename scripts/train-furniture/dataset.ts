// The furniture model's training units: the tuned corpus articles (a file without `split: heldout` and without
// `round: 5`), cut into sentences the way the extractor cuts them, each labelled by the corpus
// label it falls in: furniture (F) against claim (C) and not-a-claim (N).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseLabels, type PublishedArticle } from '../../electron/core/extract/published-corpus'
import { createSegmenter, segmentLines, splitLines } from '../../electron/core/extract/segment'
import { FEATURE_COUNT, furnitureFeatures } from '../../electron/core/extract/furniture-model-features'
import { furniturePage } from '../../electron/core/extract/furniture-model'
import { extract } from '../../electron/core/extract'

export interface Unit {
  article: string
  outlet: string
  /** 1 furniture, 0 body (claim or not-a-claim). */
  y: number
  /** Holds the start of a claim label: dropping it loses a claim. */
  claim: boolean
  x: Float64Array
  text: string
}

/** Tuned articles only: the header is read first, and a held-out article's text is never opened. */
export function loadTunedArticles(dir: string): PublishedArticle[] {
  const out: PublishedArticle[] = []
  for (const lang of readdirSync(dir).sort()) {
    if (!/^[a-z]{2}$/.test(lang)) continue
    for (const file of readdirSync(join(dir, lang)).sort()) {
      if (!file.endsWith('.labels')) continue
      const labels = readFileSync(join(dir, lang, file), 'utf8')
      const head = labels.split(/^---$/m)[0]
      if (/^split:\s*heldout\b/m.test(head) || /^round:\s*5\b/m.test(head)) continue
      const id = file.replace(/\.labels$/, '')
      const text = readFileSync(join(dir, lang, `${id}.txt`), 'utf8')
      out.push(parseLabels(`${lang}/${id}`, lang, text, labels))
    }
  }
  return out
}

interface Span {
  kind: 'claim' | 'not-claim' | 'furniture'
  start: number
  end: number
}

function labelSpans(a: PublishedArticle): Span[] {
  const out: Span[] = []
  let cursor = 0
  for (const l of a.labels) {
    const at = a.text.indexOf(l.key, cursor)
    if (at < 0) throw new Error(`${a.id}: label key not found in order: ${l.key}`)
    if (out.length) out[out.length - 1].end = at
    out.push({ kind: l.kind, start: at, end: a.text.length })
    cursor = at + l.key.length
  }
  return out
}

/**
 * Which sentences train the model: every sentence of the page ('sentences', cut by the segmenter over all
 * lines), the sentences the extractor's rules keep as body ('work': its would-be claims and the sentences it
 * skips as questions, opinions, fragments …), or only its would-be claims ('candidates', the sentences the
 * model is asked about). In all three the page's layout is the extractor's: the lines its rules made furniture.
 */
export type Population = 'sentences' | 'work' | 'candidates'

export function unitsOf(a: PublishedArticle, population: Population = 'sentences'): Unit[] {
  const lines = splitLines(a.text)
  const rules = extract(a.text, { furnitureModel: null })
  const work = [...rules.claims, ...(rules.skipped ?? [])].sort((x, y) => x.start - y.start)
  const page = furniturePage(a.text, lines, work)
  const sentences =
    population === 'sentences' ? segmentLines(a.text, lines, lines.map((_, i) => i), createSegmenter(a.language)) : population === 'work' ? work : rules.claims
  const spans = labelSpans(a)
  const units: Unit[] = []
  for (const s of sentences) {
    if (s.end <= s.start) continue
    const holder = spans.findLast((l) => l.start <= s.start)
    if (!holder) continue
    const inside = spans.filter((l) => l.start >= s.start && l.start < s.end)
    // the scorer finds a claim by the sentence that holds its label's start; the rest of a claim cut
    // into lines (a broadcast script) is body, but losing it loses no claim
    const claim = inside.some((l) => l.kind === 'claim')
    const furniture = !claim && (inside.length ? inside[0].kind === 'furniture' : holder.kind === 'furniture')
    const x = furnitureFeatures(page, s.start, s.end, new Float64Array(FEATURE_COUNT))
    units.push({ article: a.id, outlet: a.outlet, y: furniture ? 1 : 0, claim, x, text: a.text.slice(s.start, s.end) })
  }
  return units
}

/** The body sentences the rules keep on each page (the extractor without the model): the page layout the signals are read from. */
export function workOf(a: PublishedArticle): { start: number; end: number }[] {
  const rules = extract(a.text, { furnitureModel: null })
  return [...rules.claims, ...(rules.skipped ?? [])].sort((x, y) => x.start - y.start)
}

/**
 * SHA-256 of the body sentences the rules keep on every training page: the signals depend on them, so a
 * change to the furniture rules (lines.ts, boilerplate.ts, the packs) changes the fit without any change to
 * the corpus. The model file records it, and its test asks for a retraining instead of failing.
 */
export function rulesFingerprint(articles: PublishedArticle[]): string {
  const hash = createHash('sha256')
  for (const a of articles) hash.update(`${a.id}\0${workOf(a).map((s) => `${s.start}-${s.end}`).join(',')}\0`)
  return hash.digest('hex')
}

/** Outlets in sorted order, dealt round-robin into `k` folds: articles of one outlet are never split. */
export function outletFolds(articles: PublishedArticle[], k: number): Map<string, number> {
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort()
  return new Map(outlets.map((o, i) => [o, i % k]))
}
