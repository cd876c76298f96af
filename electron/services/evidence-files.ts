// Evidence files (screenshots, PDFs) are copied into the workspace, named by their
// SHA-256, so the evidence travels with the workspace and can be shown unchanged.
import { message } from '../core/messages'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { ClaimdeskError } from '../core/errors'

export const EVIDENCE_DIR = 'evidence'
export const MAX_EVIDENCE_BYTES = 500 * 1024 * 1024

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export const MAX_NAME_LENGTH = 120

/**
 * The name an evidence file is stored under (after its hash prefix), the same on every
 * system and checkout-able by git everywhere:
 *  - NFC: macOS hands over decomposed names (NFD); git on Windows or Linux would then
 *    see a different name for the same file;
 *  - no leading dots (hidden files), no trailing dots or spaces (Git for Windows refuses
 *    to check those out), only letters, marks, digits, '.', '_', ' ', '-';
 *  - at most 120 characters, cut in the stem so the extension survives.
 * `pathApi` reads the base name the way the user's system writes paths (path.win32 for
 * C:\\... paths): tests pass it, production uses the running system's.
 */
export function evidenceFileName(source: string, pathApi: { basename(p: string): string } = { basename }): string {
  const name = pathApi
    .basename(source)
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._ -]+/gu, '_')
    .replace(/^[. ]+/, '')
    .replace(/[. ]+$/, '')
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : ''
  const stem = extension ? name.slice(0, dot) : name
  const chars = Array.from(stem) // never cut a character in half
  const room = MAX_NAME_LENGTH - Array.from(extension).length
  const cut = chars.length > room ? chars.slice(0, room).join('').replace(/[. ]+$/, '') : stem
  return cut ? `${cut}${extension}` : `file${extension}`
}

export interface StoredEvidenceFile {
  path: string
  name: string
  sha256: string
  bytes: number
}

export async function storeEvidenceFile(workspaceDir: string, source: string): Promise<StoredEvidenceFile> {
  let info
  try {
    info = await stat(source)
  } catch {
    throw new ClaimdeskError('unreadable-file', message('error.evidenceMissing', { name: basename(source) }))
  }
  if (!info.isFile()) throw new ClaimdeskError('unreadable-file', message('error.evidenceNotFile', { name: basename(source) }))
  if (info.size > MAX_EVIDENCE_BYTES) {
    throw new ClaimdeskError('unreadable-file', message('error.evidenceTooLarge', { name: basename(source), megabytes: MAX_EVIDENCE_BYTES / 1024 / 1024 }))
  }
  const dir = join(workspaceDir, EVIDENCE_DIR)
  await mkdir(dir, { recursive: true })
  // Copy first, hash the copy: what is recorded is exactly what the workspace holds.
  const temp = join(dir, `.incoming-${process.pid}-${Date.now()}`)
  await copyFile(source, temp)
  const sha256 = await sha256File(temp)
  const name = evidenceFileName(source)
  const relative = `${EVIDENCE_DIR}/${sha256.slice(0, 16)}-${name}`
  try {
    await rename(temp, join(workspaceDir, relative))
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  return { path: relative, name, sha256, bytes: info.size }
}

/** True when the stored file still has the recorded hash. */
export async function verifyEvidenceFile(workspaceDir: string, file: { path: string; sha256: string }): Promise<boolean> {
  try {
    return (await sha256File(join(workspaceDir, file.path))) === file.sha256
  } catch {
    return false
  }
}
