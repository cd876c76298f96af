// npm run train:furniture [-- --explore]: writes data/model/furniture.json from the tuned corpus
// (data/corpus, `split: tuned` only); --explore prints the cross-validated grid and the ablations; --spent the out-of-fold
// figures with and without the spent fresh furniture sets in training (train-furniture/spent.ts).
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { explore } from './train-furniture/explore'
import { compareSpent } from './train-furniture/spent'
import { trainFurniture } from './train-furniture/train'

export const FURNITURE_MODEL_PATH = 'data/model/furniture.json'
const CORPUS = resolve('data/corpus')

if (process.argv.includes('--explore')) explore(CORPUS)
else if (process.argv.includes('--spent')) compareSpent(CORPUS)
else {
  const file = trainFurniture(CORPUS)
  writeFileSync(FURNITURE_MODEL_PATH, `${JSON.stringify(file, null, 1)}\n`)
  console.log(JSON.stringify(file.training.crossValidation))
}
