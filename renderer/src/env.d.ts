import type { Api } from '../../electron/core/api'

declare global {
  interface Window {
    api: Api
  }
}
export {}
