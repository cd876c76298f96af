// Runs inside the test page in place of the preload: the same buildApi() the preload
// uses, over a Playwright binding instead of ipcRenderer.
import { buildApi, type Api, type Channel, type Envelope, type EventName } from '../electron/core/api'

declare global {
  interface Window {
    api: Api
    __claimdeskInvoke(channel: Channel, args: unknown[]): Promise<string>
    __claimdeskEmit(event: EventName, payload?: unknown): void
    __claimdeskListening(event: EventName): boolean
  }
}

const listeners = new Map<EventName, Set<(payload?: unknown) => void>>()
window.__claimdeskEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload))
// A menu event sent before the window subscribed is lost, as in Electron; a test waits for this
// first, as a reviewer can only use the menu once the window is up.
window.__claimdeskListening = (event) => (listeners.get(event)?.size ?? 0) > 0
window.api = buildApi(
  async (channel, args) => JSON.parse(await window.__claimdeskInvoke(channel, args)) as Envelope<unknown>,
  (event, listener) => {
    if (!listeners.has(event)) listeners.set(event, new Set())
    listeners.get(event)!.add(listener)
    return () => listeners.get(event)?.delete(listener)
  },
)
