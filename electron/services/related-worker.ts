// Worker thread: holds the related-claims state (related-protocol.ts) so linking a whole
// workspace, and each imported article, runs beside the main process's event loop.
import { parentPort } from 'node:worker_threads'
import { RelatedHandler, type RelatedRequest } from './related-protocol'

const handler = new RelatedHandler((event) => parentPort?.postMessage(event))
parentPort?.on('message', (request: RelatedRequest) => handler.handle(request))
parentPort?.postMessage({ type: 'started' })
