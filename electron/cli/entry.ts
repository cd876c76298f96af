// The built command line (out/main/cli.js): plain JavaScript that needs production
// dependencies only. bin/claimdesk.js loads it; the extraction worker for large files
// is the bundle electron-vite puts beside it, so nothing resolves from the repo folder.
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { configureExtractWorker } from '../services/build-claims'
import { configureRelatedWorker } from '../services/related'
import { main } from './index'

export async function runBuiltCli(argv: string[], here: string): Promise<number> {
  configureExtractWorker(pathToFileURL(join(here, 'extract-worker.js')))
  configureRelatedWorker(pathToFileURL(join(here, 'related-worker.js')))
  return main(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  })
}
