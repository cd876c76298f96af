// npm run train -- --stack-explore: which heads, stacked by a small logistic regression, rank
// check-worthy sentences best. Scored only by group k-fold on the training debates: the heads'
// margins are out-of-fold, and the stacker itself is fitted on the other folds (nested), so
// nothing here looks at the fixed validation debates.
import { debatesOf, findDataset, foldOf, loadDebates, validationDebates } from './dataset'
import { evaluate, featurizeAll, round, type HeadConfig } from './experiment'
import { nestedStack, outOfFoldKind, type HeadKind } from './stack'

export function stackExplore(csv?: string): void {
  const sentences = loadDebates(findDataset(csv))
  const debates = debatesOf(sentences)
  const held = new Set(validationDebates(debates))
  const trainDebates = debates.filter((d) => !held.has(d))
  const rows = sentences.map((s, i) => (held.has(s.debate) ? -1 : i)).filter((i) => i >= 0)
  const folds = foldOf(trainDebates, Number(process.env.FOLDS ?? 7))
  const foldOfRow = Int32Array.from(rows, (r) => folds.get(sentences[r].debate)!)
  const cfs = Float64Array.from(rows, (r) => (sentences[r].verdict === 1 ? 1 : 0))
  const factual = Float64Array.from(rows, (r) => (sentences[r].verdict >= 0 ? 1 : 0))
  const familyGrid = (process.env.FAMILIES ?? '1:1:1:0').split(',').map((f) => f.split(':').map(Number))
  const configs: Record<string, HeadConfig> = JSON.parse(process.env.CONFIGS ?? '{"svm":{"c":0.1,"signalScale":1,"positiveWeight":1}}')
  const kinds = (process.env.KINDS ?? 'cfs,factual,cfsOfFactual,cfsOfStated').split(',') as HeadKind[]
  for (const families of familyGrid) {
    const x = featurizeAll(sentences, 18, families).wording
    const all: Record<string, Float64Array> = {}
    for (const [name, config] of Object.entries(configs)) for (const kind of kinds) {
      const t0 = Date.now()
      all[`${kind}/${name}`] = outOfFoldKind(x, sentences, rows, folds, kind, config)
      console.log(`families ${families.join(':')} ${kind}/${name}: ${Date.now() - t0} ms`)
    }
    const report = (label: string, names: string[], target: 'cfs' | 'factual') => {
      const y = target === 'cfs' ? cfs : factual
      const p = nestedStack(names.map((n) => all[n]), y, foldOfRow)
      const e = evaluate(p, y)
      console.log(`  ${target} <- ${label}: AUC ${round(e.auc)} F1@0.5 ${round(e.f1)} (P ${round(e.precision)} R ${round(e.recall)})`)
    }
    const names = Object.keys(all)
    for (const n of names) report(n, [n], n.startsWith('factual') ? 'factual' : 'cfs')
    for (const name of Object.keys(configs)) {
      const k = (kind: HeadKind) => `${kind}/${name}`
      report(`${name}: cfs+factual`, [k('cfs'), k('factual')].filter((n) => all[n]), 'cfs')
      report(`${name}: cfs+factual+cfsOfFactual`, [k('cfs'), k('factual'), k('cfsOfFactual')].filter((n) => all[n]), 'cfs')
      report(`${name}: all four`, kinds.map(k), 'cfs')
      report(`${name}: factual+cfs`, [k('factual'), k('cfs')].filter((n) => all[n]), 'factual')
      report(`${name}: all four`, kinds.map(k), 'factual')
    }
    if (names.length > kinds.length) {
      report('every head of every config', names, 'cfs')
      report('every head of every config', names, 'factual')
    }
  }
}
