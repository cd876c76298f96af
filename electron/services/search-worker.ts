// Worker thread: holds the claim search index (search-engine.ts) so building it over a
// whole workspace, and every query, run beside the main process's event loop.
import { parentPort } from 'node:worker_threads'
import { SearchEngine, type SearchRequest } from './search-engine'

const engine = new SearchEngine((event) => parentPort?.postMessage(event))
parentPort?.on('message', (request: SearchRequest) => engine.handle(request))
parentPort?.postMessage({ type: 'started' })
