// Errors the services raise on purpose, with a code the UI and CLI can act on and a
// message written for the user: a message code (messages/en.ts) that the window translates,
// whose English is the Error's message (the CLI prints it). Anything else is a bug, 'internal'.
import { formatMessage, type Message } from './messages'

export const ERROR_CODES = ['invalid-argument', 'not-found', 'unreadable-file', 'conflict', 'cancelled', 'locked', 'not-saved', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export class ClaimdeskError extends Error {
  /** The message as a code, when it was made from one (not yet every refusal is). */
  readonly detail?: Message
  constructor(
    readonly code: ErrorCode,
    message: string | Message,
  ) {
    super(typeof message === 'string' ? message : formatMessage(message))
    this.name = 'ClaimdeskError'
    if (typeof message !== 'string') this.detail = message
  }
}

export interface ErrorPayload {
  code: ErrorCode
  message: string
  detail?: Message
}
