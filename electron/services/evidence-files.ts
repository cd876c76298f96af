// Evidence files (screenshots, PDFs) are copied into the workspace, named by their
// SHA-256, so the evidence travels with the workspace and can be shown unchanged.
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

function safeName(name: string): string {
  const cleaned = name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^\.+/, '').slice(0, 120)
  return cleaned || 'file'
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
    throw new ClaimdeskError('unreadable-file', `The evidence file "${basename(source)}" was not found.`)
  }
  if (!info.isFile()) throw new ClaimdeskError('unreadable-file', `"${basename(source)}" is not a file.`)
  if (info.size > MAX_EVIDENCE_BYTES) {
    throw new ClaimdeskError('unreadable-file', `"${basename(source)}" is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`)
  }
  const dir = join(workspaceDir, EVIDENCE_DIR)
  await mkdir(dir, { recursive: true })
  // Copy first, hash the copy: what is recorded is exactly what the workspace holds.
  const temp = join(dir, `.incoming-${process.pid}-${Date.now()}`)
  await copyFile(source, temp)
  const sha256 = await sha256File(temp)
  const name = safeName(basename(source))
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
