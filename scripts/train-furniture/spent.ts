// The spent fresh furniture sets as training pages (lead decision, session 32: a fresh set whose check part is spent may
// train a learned model, scored out of fold grouped by host). Each page of data/corpus/furniture-s26 … -s31 (both parts)
// becomes a tuned-like article: its C/N/F lines as labels, its host as its outlet (one host, one fold). Sourcing and hedge
// are not labelled in these sets: a claim's are left `unattributed` / unhedged and no figure here reads them.
// `npm run train:furniture -- --spent` prints the extractor's out-of-fold figures with and without them.
import type { PublishedArticle } from '../../electron/core/extract/published-corpus'
import { loadFreshFurnitureSet, type FreshPage } from '../../data/corpus/furniture-s26'
import { loadFurnitureS27 } from '../../data/corpus/furniture-s27'
import { loadFurnitureS28 } from '../../data/corpus/furniture-s28'
import { loadFurnitureS29 } from '../../data/corpus/furniture-s29'
import { loadFurnitureS30 } from '../../data/corpus/furniture-s30'
import { loadFurnitureS31 } from '../../data/corpus/furniture-s31'
import { loadFurnitureS32 } from '../../data/corpus/furniture-s32'
import { loadFurnitureS33 } from '../../data/corpus/furniture-s33'
import { loadTunedArticles, outletFolds, unitsOf, type Unit } from './dataset'
import { addArticle as sum, emptyFigures as empty, foldModels, GRID, type PipelineFigures } from './pipeline'
import { SHIPPED_CONFIG } from './train'
import { fitWeighted } from './fit'
import { FEATURE_NAMES } from '../../electron/core/extract/furniture-model-features'

/** The spent sets, every page of both parts (session 31's check is spent in session 32). */
export const SPENT_SETS: [string, () => FreshPage[]][] = [
  ['s26', () => loadFreshFurnitureSet()],
  ['s27', loadFurnitureS27],
  ['s28', loadFurnitureS28],
  ['s29', loadFurnitureS29],
  ['s30', loadFurnitureS30],
  ['s31', loadFurnitureS31],
  ['s32', loadFurnitureS32],
  ['s33', loadFurnitureS33],
]

export function freshAsArticle(set: string, p: FreshPage): PublishedArticle {
  return {
    id: `furniture-${set}/${p.id}`,
    language: p.language,
    split: 'tuned',
    url: p.url,
    // grouped by host: a host's pages never score themselves
    outlet: `host:${p.host}`,
    date: p.date,
    genre: p.genre,
    byline: null,
    text: p.text,
    labels: p.lines.map((l) => (l.kind === 'claim' ? { kind: 'claim' as const, key: l.key, sourcing: 'unattributed' as const, hedged: false } : { kind: l.kind, key: l.key })),
  }
}

export function spentArticles(): PublishedArticle[] {
  return SPENT_SETS.flatMap(([set, load]) => load().map((p) => freshAsArticle(set, p)))
}

const row = (name: string, f: PipelineFigures) => `${name.padEnd(28)} furniture as claims ${String(f.furnitureAsClaims).padStart(3)}/${f.furniture}  claims lost ${String(f.claims - f.claimsFound).padStart(3)}/${f.claims}`

/**
 * Out of fold, on the tuned part and on the spent pages separately: the rules alone; the model trained on the tuned part
 * only (tuned pages scored by their outlet's fold model, spent pages by the model fitted on the whole tuned part: they
 * were never in its training); the model trained on both (every page scored by the fold model that never saw its
 * outlet or host). Same config and folds (10) as the shipped model.
 */
export function compareSpent(dir: string, thresholds: readonly number[] = process.env.THRESHOLDS ? process.env.THRESHOLDS.split(',').map(Number) : GRID): void {
  const tuned = loadTunedArticles(dir)
  const spent = spentArticles()
  // (experiments: CLAIM_WEIGHT, L2 override the shipped config for the model trained with the spent pages)
  const cfg = SHIPPED_CONFIG
  const withCfg = { ...cfg, claimWeight: Number(process.env.CLAIM_WEIGHT ?? cfg.claimWeight), l2: Number(process.env.L2 ?? cfg.l2) }
  const unitsFor = (as: PublishedArticle[]): Unit[] => as.flatMap((a) => unitsOf(a, cfg.population))
  const tunedUnits = unitsFor(tuned)
  const spentUnits = unitsFor(spent)
  console.log(`${tuned.length} tuned articles (${tunedUnits.length} sentences), ${spent.length} spent pages (${spentUnits.length} sentences)`)
  const tunedFolds = outletFolds(tuned, cfg.folds)
  const tunedModels = foldModels(tunedUnits, tunedFolds, cfg.folds, cfg.l2, cfg.claimWeight)
  const whole = fitWeighted(tunedUnits.map((u) => u.x), tunedUnits.map((u) => u.y), tunedUnits.map((u) => (u.claim ? cfg.claimWeight : 1)), cfg.l2)
  const all = [...tuned, ...spent]
  const allFolds = outletFolds(all, cfg.folds)
  const allModels = foldModels([...tunedUnits, ...spentUnits], allFolds, cfg.folds, withCfg.l2, withCfg.claimWeight)
  console.log(`with spent: l2 ${withCfg.l2}, claim weight ${withCfg.claimWeight}`)
  const rulesT = empty()
  const rulesS = empty()
  for (const a of tuned) sum(rulesT, a, null)
  for (const a of spent) sum(rulesS, a, null)
  console.log(row('rules, tuned', rulesT))
  console.log(row('rules, spent', rulesS))
  for (const t of thresholds) {
    const aT = empty()
    const aS = empty()
    const bT = empty()
    const bS = empty()
    for (const a of tuned) sum(aT, a, { ...tunedModels[tunedFolds.get(a.outlet)!], threshold: t })
    for (const a of spent) sum(aS, a, { features: [...FEATURE_NAMES], weights: whole.weights, bias: whole.bias, threshold: t })
    for (const a of tuned) sum(bT, a, { ...allModels[allFolds.get(a.outlet)!], threshold: t })
    for (const a of spent) sum(bS, a, { ...allModels[allFolds.get(a.outlet)!], threshold: t })
    console.log(`threshold ${t}`)
    console.log(row('  tuned-only model, tuned', aT))
    console.log(row('  tuned-only model, spent', aS))
    console.log(row('  with spent, tuned', bT))
    console.log(row('  with spent, spent', bS))
  }
}
