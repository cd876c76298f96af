// The preload exposes one typed object, `window.api`, with a named function per call.
// No generic invoke, no Node, no process.env.
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi, EVENTS, type Api, type EventName } from '../core/api'

const api: Api = buildApi(
  (channel, args) => ipcRenderer.invoke(channel, ...args),
  (event: EventName, listener: (payload?: unknown) => void) => {
    if (!EVENTS.includes(event)) throw new Error(`Unknown event ${event}`)
    const wrapped = (_event: unknown, payload?: unknown) => listener(payload)
    ipcRenderer.on(`event:${event}`, wrapped)
    return () => {
      ipcRenderer.removeListener(`event:${event}`, wrapped)
    }
  },
)

contextBridge.exposeInMainWorld('api', api)
