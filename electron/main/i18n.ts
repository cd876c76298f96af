// Main's words (menus, dialog titles and buttons, message boxes) and the services' messages it
// shows come from the core's catalogue (core/messages/en.ts: `menu.*`, `dialog.*`, ...), the
// same entries the window's catalogue holds under `msg`, in the OS's language (app.getLocale()),
// English for what a language lacks. Its own i18next instance: main has no window to share one.
import i18next, { type Resource } from 'i18next'
import { coreMessages, knownCode, type Message, type MessageCode, type MessageValue } from '../core/messages'

export type MainTranslate = (code: MessageCode, values?: Record<string, MessageValue>) => string

/** A translator for `language`; `extra` adds catalogues of the core's shape ({ lang: { translation: { msg } } }). */
export function createMainTranslator(language: string, extra: Resource = {}): MainTranslate {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: { msg: coreMessages } }, ...extra },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  })
  const translate: MainTranslate = (code, values = {}) => {
    const plain: Record<string, string | number> = {}
    for (const [name, value] of Object.entries(values)) plain[name] = typeof value === 'object' ? translateMessage(value) : value
    return (instance.t as (key: string, options: object) => string)(`msg.${code}`, plain)
  }
  const translateMessage = (m: Message): string => translate(m.code, m.values)
  return translate
}

let current: MainTranslate = createMainTranslator('en')

/** Main's translator; set once at start from the OS's language (electron/main/index.ts). */
export const mt: MainTranslate = (code, values) => current(code, values)

/** A refusal for main's error box: in main's language when the service gave its code (a locked or newer workspace), else its text. */
export function errorWords(error: unknown, translate: MainTranslate = mt): string {
  const detail = (error as { detail?: Message } | null)?.detail
  if (detail && typeof detail.code === 'string' && knownCode(detail.code)) return translate(detail.code, detail.values)
  return error instanceof Error ? error.message : String(error)
}

export function setMainLanguage(language: string, extra: Resource = {}): void {
  current = createMainTranslator(language, extra)
}
