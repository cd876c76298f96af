// npm run train:carry [-- --explore]: writes data/model/carry.json from the tuned corpus
// (data/corpus, `split: tuned` only); --explore prints the grid per language, l2 and the ablations.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { explore } from './train-carry/explore'
import { trainCarry } from './train-carry/train'

export const CARRY_MODEL_PATH = 'data/model/carry.json'
const CORPUS = resolve('data/corpus')

if (process.argv.includes('--explore')) explore(CORPUS)
else {
  const file = trainCarry(CORPUS)
  writeFileSync(CARRY_MODEL_PATH, `${JSON.stringify(file, null, 1)}\n`)
  console.log(JSON.stringify(file.training.crossValidation))
}
