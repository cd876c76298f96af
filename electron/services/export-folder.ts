// The default export folder (Settings): chosen in a native folder dialog, checked to be a
// folder this user can write to, and used as the "Save as" dialog's starting place. A
// folder that has since vanished is not an error at export time: the dialog starts from
// the OS default instead.
import { message } from '../core/messages'
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { ClaimdeskError } from '../core/errors'
import type { AppSettings } from '../core/settings'
import type { SettingsService } from './settings'

/** Refuses anything but an existing, writable folder given as an absolute path. */
export async function checkExportFolder(path: string): Promise<string> {
  if (!isAbsolute(path)) throw new ClaimdeskError('invalid-argument', message('error.exportFolderRelative', { path }))
  const info = await stat(path).catch(() => null)
  if (!info) throw new ClaimdeskError('not-found', message('error.exportFolderMissing', { path }))
  if (!info.isDirectory()) throw new ClaimdeskError('invalid-argument', message('error.exportFolderFile', { path }))
  try {
    await access(path, constants.W_OK)
  } catch {
    throw new ClaimdeskError('invalid-argument', message('error.exportFolderUnwritable', { path }))
  }
  return path
}

/**
 * Settings > Default export folder > Choose…: asks the host for a folder (starting at
 * the current one), checks it and saves it. Null when the reviewer cancelled.
 */
export async function chooseExportFolder(
  settings: SettingsService,
  chooseFolder: (current: string | null) => Promise<string | null>,
): Promise<AppSettings | null> {
  const chosen = await chooseFolder(settings.get().exportFolder)
  if (!chosen) return null
  return settings.update({ exportFolder: await checkExportFolder(chosen) })
}

/** Where "Save as" starts: the export folder when it is still there, else the bare file name (the OS default). */
export async function exportDefaultPath(folder: string | null, suggestedName: string): Promise<string> {
  if (!folder) return suggestedName
  const info = await stat(folder).catch(() => null)
  return info?.isDirectory() ? join(folder, suggestedName) : suggestedName
}
