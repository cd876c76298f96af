// A word the core, the services or main make for the window is a Message: a code from the
// English catalogue (./en.ts) with its values, never finished English text. The renderer
// translates the code through its i18next catalogue (which holds this one under `msg`), so a
// Korean window shows Korean; the CLI, the logs and the reports print formatMessage(), the
// same catalogue entry in English: one source of English.
import i18next from 'i18next'
import { coreMessages } from './en'

type Catalogue = typeof coreMessages
type Plain<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K
/** Every code the core can emit: "group.key" of ./en.ts (a plural's _one/_other forms are one code). */
export type MessageCode = { [G in keyof Catalogue & string]: `${G}.${Plain<keyof Catalogue[G] & string>}` }[keyof Catalogue & string]

export type MessageValue = string | number | Message
export interface Message {
  code: MessageCode
  values?: Record<string, MessageValue>
}

export function message(code: MessageCode, values?: Record<string, MessageValue>): Message {
  return values ? { code, values } : { code }
}

/** Items one after the other, through a code of the form '{{first}}<separator>{{rest}}' (a translation picks its own separator). */
export function joinMessages(items: readonly MessageValue[], code: MessageCode): MessageValue {
  return items.length === 0 ? '' : items.slice(0, -1).reduceRight<MessageValue>((rest, first) => message(code, { first, rest }), items[items.length - 1])
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).code === 'string'
}

// The same engine the renderer uses, so interpolation and plurals read the same in both.
const english = i18next.createInstance()
void english.init({
  lng: 'en',
  resources: { en: { translation: { msg: coreMessages } } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
})

/** The English text of a message (for the CLI, logs, reports and stored English). */
export function formatMessage(m: Message): string {
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(m.values ?? {})) values[name] = isMessage(value) ? formatMessage(value) : value
  return (english.t as (key: string, options: object) => string)(`msg.${m.code}`, values)
}

/** A code this catalogue has (for a message read back from a file or another version). */
export function knownCode(code: string): code is MessageCode {
  const [group, key] = code.split('.') as [string, string | undefined]
  const entries = (coreMessages as Record<string, Record<string, string>>)[group]
  return !!key && !!entries && (key in entries || `${key}_one` in entries)
}

export { coreMessages }
