// The catalogue's shape is the type of t(): a key that is not in en/ or a {{value}} left out fails typecheck.
import 'i18next'
import type { en } from './en'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
    returnNull: false
    strictKeyChecks: true
  }
}
