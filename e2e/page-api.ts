// Runs inside the test page in place of the preload: the same buildApi() the preload
// uses, over a Playwright binding instead of ipcRenderer.
import { buildApi, type Api, type Channel, type Envelope, type EventName } from '../electron/core/api'

declare global {
  interface Window {
    api: Api
    __claimdeskInvoke(channel: Channel, args: unknown[]): Promise<Envelope<unknown>>
    __claimdeskEmit(event: EventName): void
  }
}

const listeners = new Map<EventName, Set<() => void>>()
window.__claimdeskEmit = (event) => listeners.get(event)?.forEach((listener) => listener())
window.api = buildApi(
  (channel, args) => window.__claimdeskInvoke(channel, args),
  (event, listener) => {
    if (!listeners.has(event)) listeners.set(event, new Set())
    listeners.get(event)!.add(listener)
    return () => listeners.get(event)?.delete(listener)
  },
)
