// zod's issue text (English, from its own locale) inside a refusal or a notice: read back
// into a message of the catalogue (`zodIssue.*`) with its technical parts (type names,
// bounds, keys, patterns) as values, so the sentence reads in the window's language while
// the English stays zod's, to the letter. A schema's own message is found by its English
// among the catalogue's `zodOwn` texts; other text is kept as it is.
import { formatMessage, message, type Message, type MessageCode, type MessageValue } from '.'
import { zodMessages } from './en-zod'

const UNITS = new Set(['characters', 'bytes', 'items', 'entries', 'elements'])

// Most specific first: "Invalid input: expected X, received Y" before "Invalid input: expected X".
const FORMS: [MessageCode, RegExp, string[]][] = [
  ['zodIssue.invalidType', /^Invalid input: expected (.+), received (.+)$/s, ['expected', 'received']],
  ['zodIssue.moreThanOne', /^Invalid input: more than one option matched$/, []],
  ['zodIssue.expected', /^Invalid input: expected (.+)$/s, ['expected']],
  ['zodIssue.oneOf', /^Invalid option: expected one of (.+)$/s, ['options']],
  ['zodIssue.tooBigHave', /^Too big: expected (\S+) to have (\S+) (\S+)$/, ['origin', 'bound', 'unit']],
  ['zodIssue.tooBigBe', /^Too big: expected (\S+) to be (\S+)$/, ['origin', 'bound']],
  ['zodIssue.tooSmallHave', /^Too small: expected (\S+) to have (\S+) (\S+)$/, ['origin', 'bound', 'unit']],
  ['zodIssue.tooSmallBe', /^Too small: expected (\S+) to be (\S+)$/, ['origin', 'bound']],
  ['zodIssue.startsWith', /^Invalid string: must start with "(.*)"$/s, ['text']],
  ['zodIssue.endsWith', /^Invalid string: must end with "(.*)"$/s, ['text']],
  ['zodIssue.includes', /^Invalid string: must include "(.*)"$/s, ['text']],
  ['zodIssue.pattern', /^Invalid string: must match pattern (.+)$/s, ['pattern']],
  ['zodIssue.multipleOf', /^Invalid number: must be a multiple of (.+)$/, ['divisor']],
  ['zodIssue.unrecognizedKey', /^Unrecognized key: (.+)$/s, ['keys']],
  ['zodIssue.unrecognizedKeys', /^Unrecognized keys: (.+)$/s, ['keys']],
  ['zodIssue.invalidKey', /^Invalid key in (.+)$/, ['origin']],
  ['zodIssue.invalidElement', /^Invalid value in (.+)$/, ['origin']],
  ['zodIssue.discriminator', /^Invalid discriminator value\. Expected (.+)$/s, ['options']],
  ['zodIssue.invalid', /^Invalid input$/, []],
  ['zodIssue.invalidFormat', /^Invalid (.+)$/s, ['format']],
]

let own: Map<string, Message> | null = null
function ownMessage(text: string): Message | undefined {
  own ??= new Map(
    Object.keys(zodMessages.zodOwn).map((key) => {
      const m = message(`zodOwn.${key}` as MessageCode)
      return [formatMessage(m), m] as const
    }),
  )
  return own.get(text)
}

/** zod's English issue text as a message whose English is the same text, or the text itself. */
export function zodIssueText(text: string): MessageValue {
  for (const [code, pattern, names] of FORMS) {
    const match = pattern.exec(text)
    if (!match) continue
    const values: Record<string, MessageValue> = {}
    names.forEach((name, i) => {
      const value = match[i + 1]
      values[name] = name === 'unit' && UNITS.has(value) ? message(`zodIssue.${value}` as MessageCode) : value
    })
    const candidate = names.length ? message(code, values) : message(code)
    if (formatMessage(candidate) === text) return candidate
  }
  return ownMessage(text) ?? text
}
