// One wording for a workspace notice, shown by the window's banner and printed by the CLI,
// so a damaged or busy file is never silent in either (a report of "0 articles" with no word
// of why was the CLI's failure on a Notepad-saved workspace). The wording is a message code
// (messages/en.ts `notice.*`): the window translates it, the CLI prints its English.
import type { RecoveryNotice } from './api'
import { formatMessage, message, type Message } from './messages'

export function noticeMessage(notice: RecoveryNotice): Message {
  const reason = notice.why ?? notice.reason
  return notice.movedTo === notice.file
    ? message('notice.leftUntouched', { file: notice.file, reason })
    : message('notice.movedAside', { reason, movedTo: notice.movedTo })
}

export function describeNotice(notice: RecoveryNotice): string {
  return formatMessage(noticeMessage(notice))
}

/** A notice; a reason given as a message also gives its English `reason` (files, logs, older readers). */
export function noticeWith(file: string, movedTo: string, why: string | Message): RecoveryNotice {
  return typeof why === 'string' ? { file, movedTo, reason: why } : { file, movedTo, reason: formatMessage(why), why }
}
