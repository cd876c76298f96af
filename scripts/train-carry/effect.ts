// Session 32: the sourcing figures with the shipped carry model, with no carry model, and with models trained now on the tuned
// corpus alone and on the tuned corpus plus the spent carry sets (folds by host), on the tuned corpus and on carry-check8 dev
// (never trained on). `npx tsx scripts/train-carry/effect.ts`
import { resolve } from 'node:path'
import { loadCarryCheck8Set } from '../../data/corpus/carry-check'
import { extract } from '../../electron/core/extract'
import { shippedCarryModel, type CarryModel } from '../../electron/core/extract/carry-model'
import { scoreArticle, type PublishedArticle } from '../../electron/core/extract/published-corpus'
import { loadTunedArticles } from './dataset'
import { loadCarryUnitsByHost } from './spent'
import { SHIPPED_CONFIG, trainCarry } from './train'

const corpus = resolve('data/corpus')
const tunedOnly = trainCarry(corpus, SHIPPED_CONFIG, loadCarryUnitsByHost(corpus, false))
const withSpent = trainCarry(corpus, SHIPPED_CONFIG, loadCarryUnitsByHost(corpus, true))
const sets: [string, PublishedArticle[]][] = [['tuned', loadTunedArticles(corpus)], ['carry-check8 dev', loadCarryCheck8Set('dev')]]
if (process.argv.includes('--check')) sets.push(['carry-check8 check', loadCarryCheck8Set('check')])
for (const [name, model] of [['none', null], ['shipped', shippedCarryModel()], ['tuned only (hosts)', tunedOnly], ['tuned + spent (hosts)', withSpent]] as [string, CarryModel | null][]) {
  const cells = sets.map(([set, articles]) => {
    const s = articles.map((a) => scoreArticle(a, extract(a.text, { carryModel: model })))
    const c = s.reduce((n, x) => n + x.sourcingCorrect, 0)
    const f = s.reduce((n, x) => n + x.claimsFound, 0)
    return `${set} ${(c / f).toFixed(3)} (${c}/${f})`
  })
  console.log(`${name.padEnd(22)} threshold ${model ? model.threshold : '-'} | ${cells.join(' | ')}`)
}
console.log(JSON.stringify({ tunedOnly: tunedOnly.training.crossValidation, withSpent: withSpent.training.crossValidation }))
