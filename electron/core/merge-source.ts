// What a merge merged, as the report, the interrupted-merge notice and the window name it:
// a folder's path, or an export named by when it was made ("export of <time>", the English
// kept in the merge's record), which reads in the window's language as a message.
import { message, type Message } from './messages'

const EXPORT_OF = /^export of (.+)$/

/** The label a merge record keeps for an export (English: old records hold the same words). */
export function exportLabel(exportedAt: string): string {
  return `export of ${exportedAt}`
}

/** A record's source label, as a message when it names an export, else the path as it is. */
export function sourceLabel(source: string): string | Message {
  const match = EXPORT_OF.exec(source)
  return match ? message('mergeReport.exportOf', { at: match[1] }) : source
}
