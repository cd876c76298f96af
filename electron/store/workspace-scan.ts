// What is lying around in a workspace folder on open: temp files a killed save left
// behind (removed: they are never the only copy, the rename had not happened), and
// files in articles/ that are not article files (reported, left alone).
import { message } from '../core/messages'
import { noticeWith } from '../core/notices'
import { readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { RecoveryNotice } from './quarantine'

/** writeFileAtomic's temp names: `.<name>.<12 hex>.tmp`; evidence copies: `.incoming-...`, `*.<hex>.incoming`. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/
const EVIDENCE_TEMP = /^\.incoming-|\.[0-9a-f]{8}\.incoming$/
/** Files the app itself moved aside: reported when it moved them, not again on every open. */
const MOVED_ASIDE = /\.json\.(corrupt|removed)-/
/** What file managers drop into every folder. */
const OS_FILES = /^(\..*|desktop\.ini|thumbs\.db)$/i

async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => [])
}

/** Removes leftover temp files; returns how many. */
export async function removeTempFiles(workspaceDir: string, folders: string[]): Promise<number> {
  let removed = 0
  for (const folder of folders) {
    const dir = join(workspaceDir, folder)
    for (const name of await names(dir)) {
      const temp = folder === 'evidence' ? EVIDENCE_TEMP.test(name) || TEMP_FILE.test(name) : TEMP_FILE.test(name)
      if (!temp) continue
      await unlink(join(dir, name)).then(
        () => removed++,
        () => undefined,
      )
    }
  }
  return removed
}

/** Names in articles/ that may be article files (`*.json`, not hidden). */
export function isArticleFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.')
}

/** Files in articles/ that are neither article files, nor temp files, nor moved aside by the app. */
export function strayNotices(articlesDir: string, entries: string[]): RecoveryNotice[] {
  return entries
    .filter((name) => !isArticleFileName(name) && !OS_FILES.test(name) && !MOVED_ASIDE.test(name))
    .map((name) => noticeWith(join(articlesDir, name), join(articlesDir, name), message('notice.notArticleFile')))
}
