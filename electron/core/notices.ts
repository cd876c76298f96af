// One wording for a workspace notice, shown by the window's banner and printed by the CLI,
// so a damaged or busy file is never silent in either (a report of "0 articles" with no word
// of why was the CLI's failure on a Notepad-saved workspace).
import type { RecoveryNotice } from './api'

export function describeNotice(notice: RecoveryNotice): string {
  return notice.movedTo === notice.file
    ? `Could not open ${notice.file}: ${notice.reason}. It was left untouched.`
    : `A damaged file could not be read (${notice.reason}). It was moved aside, not deleted: ${notice.movedTo}`
}
