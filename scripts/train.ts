// npm run train [-- CSV] [--explore]: reproduces data/model/checkworthiness.json from the
// ClaimBuster debates (see scripts/train/dataset.ts); --explore prints the tuning grid.
import { explore } from './train/explore'
import { ship } from './train/ship'

const args = process.argv.slice(2)
const csv = args.find((a) => !a.startsWith('--'))
if (args.includes('--explore')) explore(csv)
else ship(csv)
