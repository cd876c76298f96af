// Worker thread: extracts an article's claims away from the main process's event loop,
// so a 20 MB import does not stall every other call from the window.
import { parentPort } from 'node:worker_threads'
import { buildClaims, type BuildClaimsInput } from './build-claims'

parentPort?.on('message', (input: BuildClaimsInput) => {
  try {
    const result = buildClaims(input, (stage) => parentPort?.postMessage({ type: 'progress', stage }))
    parentPort?.postMessage({ type: 'done', result })
  } catch (error) {
    parentPort?.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})
