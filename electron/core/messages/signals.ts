// The check-worthiness model's reasons are stored with each claim as English sentences
// ("+ names someone or something: 'Chongjin Chemical'"): the files keep what the model said.
// The window shows them in its language by reading each back as the signal's message code.
import { CUE_LABELS } from '../checkworthiness/cues'
import { SHAPE_LABELS } from '../checkworthiness/features'
import { NOTHING_FOUND } from '../checkworthiness/model'
import type { Message, MessageCode } from '.'

/** The English of every reason, by signal, in the catalogue's form ({} is {{match}}); `words` is the wording's, `nothing` the reason when nothing moved the score. */
export const SIGNAL_MESSAGES: Record<string, string> = Object.fromEntries(
  Object.entries({ ...SHAPE_LABELS, ...CUE_LABELS, words: "words: '{}'", nothing: NOTHING_FOUND }).map(([id, label]) => [id, label.replace('{}', '{{match}}')]),
)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const PATTERNS = Object.entries(SIGNAL_MESSAGES).map(([id, english]) => ({
  code: `signal.${id}` as MessageCode,
  pattern: new RegExp(`^${english.split('{{match}}').map(escape).join('(.*)')}$`, 's'),
}))

/** A stored reason's text (without its sign) as a message, or null when no signal says it (shown as stored). */
export function signalMessage(text: string): Message | null {
  for (const { code, pattern } of PATTERNS) {
    const match = pattern.exec(text)
    if (match) return match[1] === undefined ? { code } : { code, values: { match: match[1] } }
  }
  return null
}
