// A file that does not parse or validate is moved aside, never overwritten or deleted,
// and the user is told where it went.
import { rename } from 'node:fs/promises'

import type { RecoveryNotice } from '../core/api'
import type { Message } from '../core/messages'
import { noticeWith } from '../core/notices'

export type { RecoveryNotice }

export function quarantineName(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return `${path}.corrupt-${stamp}`
}

export async function quarantine(path: string, reason: string | Message, now = new Date()): Promise<RecoveryNotice> {
  const movedTo = quarantineName(path, now)
  await rename(path, movedTo)
  return noticeWith(path, movedTo, reason)
}
