// npm run train: fit the shipped heads on the training debates, calibrate them on
// out-of-fold margins (whole debates held out), score the fixed validation debates, and
// write data/model/checkworthiness.json plus the validation slice the unit test scores.
import { writeFileSync } from 'node:fs'
import { FAMILIES, SIGNAL_IDS } from '../../electron/core/checkworthiness/features'
import type { HeadFile, ModelFile } from '../../electron/core/checkworthiness/model'
import { debatesOf, findDataset, foldOf, loadDebates, validationDebates, type DebateSentence } from './dataset'
import { calibrated, evaluate, featurizeAll, fitHead, fitPlatt, labelsFor, outOfFold, round, type Evaluation, type HeadConfig, type Target, type Variant } from './experiment'
import { margins, type LinearModel } from './rows'

export const MODEL_PATH = 'data/model/checkworthiness.json'
export const VALIDATION_PATH = 'data/model/claimbuster-validation.tsv'

/** Chosen with --explore (group 7-fold on the training debates only). */
const BITS = 18
const FOLDS = 7
const CONFIG: Record<Target, Record<Variant, HeadConfig>> = {
  checkworthy: { wording: { c: 0.1, signalScale: 1, positiveWeight: 1 }, signals: { c: 0.1, signalScale: 1, positiveWeight: 1 } },
  factual: { wording: { c: 0.1, signalScale: 1, positiveWeight: 1 }, signals: { c: 0.1, signalScale: 1, positiveWeight: 1 } },
}

function encodeInt16(weights: Float64Array): { wording: string; wordingScale: number } {
  let max = 0
  for (const w of weights) max = Math.max(max, Math.abs(w))
  const scale = max > 0 ? max / 32767 : 1
  const bytes = Buffer.alloc(weights.length * 2)
  weights.forEach((w, i) => bytes.writeInt16LE(Math.round(w / scale), i * 2))
  return { wording: bytes.toString('base64'), wordingScale: scale }
}

function headFile(model: LinearModel, platt: { a: number; b: number }, variant: Variant, signalCount: number): HeadFile {
  const signals = Array.from(model.weights.subarray(0, signalCount), (w) => round(w, 6))
  const head: HeadFile = { bias: round(model.bias, 6), signals, platt: { a: round(platt.a, 6), b: round(platt.b, 6) } }
  return variant === 'wording' ? { ...head, ...encodeInt16(model.weights.subarray(signalCount)) } : head
}

function escape(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ')
}

export function ship(csv?: string): void {
  const sentences = loadDebates(findDataset(csv))
  const debates = debatesOf(sentences)
  const validation = new Set(validationDebates(debates))
  const trainDebates = debates.filter((d) => !validation.has(d))
  const trainRows = sentences.map((s, i) => (validation.has(s.debate) ? -1 : i)).filter((i) => i >= 0)
  const validationRows = sentences.map((s, i) => (validation.has(s.debate) ? i : -1)).filter((i) => i >= 0)
  const x = featurizeAll(sentences, BITS)
  const heads = {} as ModelFile['heads']
  const report: Record<string, { crossValidated: Evaluation; validation: Evaluation }> = {}
  for (const target of ['checkworthy', 'factual'] as Target[]) {
    const y = labelsFor(sentences, target)
    const yTrain = Float64Array.from(trainRows, (r) => y[r])
    const yValidation = Float64Array.from(validationRows, (r) => y[r])
    heads[target] = {} as ModelFile['heads'][Target]
    for (const variant of ['wording', 'signals'] as Variant[]) {
      const config = CONFIG[target][variant]
      const oof = outOfFold(x[variant], y, sentences, trainRows, foldOf(trainDebates, FOLDS), config)
      const platt = fitPlatt(oof, yTrain)
      const model = fitHead(x[variant], y, trainRows, config)
      const held = calibrated(platt, margins(x[variant], model, validationRows))
      report[`${target}/${variant}`] = { crossValidated: evaluate(calibrated(platt, oof), yTrain), validation: evaluate(held, yValidation) }
      heads[target][variant] = headFile(model, platt, variant, SIGNAL_IDS.length)
      console.log(`${target}/${variant}: cross-validated ${JSON.stringify(rounded(report[`${target}/${variant}`].crossValidated))}`)
      console.log(`${target}/${variant}: validation ${JSON.stringify(rounded(report[`${target}/${variant}`].validation))}`)
    }
  }
  const file: ModelFile = {
    format: 'claimdesk-checkworthiness',
    version: 1,
    bits: BITS,
    signalIds: SIGNAL_IDS,
    wordingLanguage: 'en',
    heads,
    training: {
      data: 'ClaimBuster (Arslan, Hassan, Li and Tremayne, ICWSM 2020, doi:10.5281/zenodo.3609356): 26 U.S. presidential debates',
      model: 'linear SVM (squared hinge, dual coordinate descent) + Platt scaling on out-of-fold margins',
      families: FAMILIES,
      trainingDebates: trainDebates,
      validationDebates: [...validation],
      folds: FOLDS,
      config: CONFIG,
      report: Object.fromEntries(Object.entries(report).map(([k, v]) => [k, { crossValidated: rounded(v.crossValidated), validation: rounded(v.validation) }])),
    },
  }
  writeFileSync(MODEL_PATH, `${JSON.stringify(file)}\n`)
  writeValidation(sentences, validationRows)
  console.log(`wrote ${MODEL_PATH} and ${VALIDATION_PATH}`)
}

function rounded(e: Evaluation): Evaluation {
  return { ...e, auc: round(e.auc), precision: round(e.precision), recall: round(e.recall), f1: round(e.f1) }
}

function writeValidation(sentences: DebateSentence[], rows: number[]): void {
  const lines = ['debate\tsentence\tverdict\topensBlock\ttext']
  for (const r of rows) {
    const s = sentences[r]
    lines.push([s.debate, s.id, s.verdict, s.opensBlock ? 1 : 0, escape(s.text)].join('\t'))
  }
  writeFileSync(VALIDATION_PATH, `${lines.join('\n')}\n`)
}
