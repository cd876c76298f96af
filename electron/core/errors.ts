// Errors the services raise on purpose, with a code the UI and CLI can act on and a
// message written for the user. Anything else is a bug and is reported as 'internal'.
export const ERROR_CODES = ['invalid-argument', 'not-found', 'unreadable-file', 'conflict', 'cancelled', 'locked', 'not-saved', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export class ClaimdeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ClaimdeskError'
  }
}

export interface ErrorPayload {
  code: ErrorCode
  message: string
}
