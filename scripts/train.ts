// npm run train [-- CSV] [--explore | --analyse [CORPUS_DIR]]: reproduces data/model/checkworthiness.json from the
// ClaimBuster debates (see scripts/train/dataset.ts); --explore prints the tuning grid.
import { analyse } from './train/analyse'
import { explore } from './train/explore'
import { ship } from './train/ship'
import { stackExplore } from './train/stack-explore'

const args = process.argv.slice(2)
const path = args.find((a) => !a.startsWith('--'))
if (args.includes('--explore')) explore(path)
else if (args.includes('--stack-explore')) stackExplore(path)
else if (args.includes('--analyse')) analyse(path)
else ship(path)
