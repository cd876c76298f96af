// Settings > default export folder: chosen through the host's folder dialog, checked, saved,
// and used as the starting place of the export's "Save as".
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkExportFolder, chooseExportFolder, exportDefaultPath } from './export-folder'
import { SettingsService } from './settings'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-export-folder-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

describe('default export folder', () => {
  it('saves a chosen folder, starting the dialog at the current one; cancel changes nothing', async () => {
    const settings = SettingsService.inMemory({})
    const asked: (string | null)[] = []
    const chosen = await chooseExportFolder(settings, async (current) => (asked.push(current), root))
    expect(chosen?.exportFolder).toBe(root)
    expect(settings.get().exportFolder).toBe(root)
    expect(await chooseExportFolder(settings, async (current) => (asked.push(current), null))).toBeNull()
    expect(asked).toEqual([null, root])
    expect(settings.get().exportFolder).toBe(root)
  })

  it('refuses a relative path, a missing folder, a file and (not as root) a read-only folder', async () => {
    const settings = SettingsService.inMemory({})
    const file = join(root, 'a.txt')
    writeFileSync(file, 'x')
    await expect(chooseExportFolder(settings, async () => 'relative/dir')).rejects.toThrow(/must be a full path/)
    await expect(chooseExportFolder(settings, async () => join(root, 'gone'))).rejects.toThrow(/does not exist; the export folder was not changed/)
    await expect(chooseExportFolder(settings, async () => file)).rejects.toThrow(/is a file, not a folder/)
    if (process.getuid?.() !== 0 && process.platform !== 'win32') {
      const readOnly = join(root, 'ro')
      mkdirSync(readOnly)
      chmodSync(readOnly, 0o500)
      await expect(checkExportFolder(readOnly)).rejects.toThrow(/cannot write to/)
    }
    expect(settings.get().exportFolder).toBeNull()
  })

  it('"Save as" starts in the folder while it exists, else from the bare name (the OS default)', async () => {
    expect(await exportDefaultPath(root, 'report.md')).toBe(join(root, 'report.md'))
    expect(await exportDefaultPath(null, 'report.md')).toBe('report.md')
    expect(await exportDefaultPath(join(root, 'vanished'), 'report.md')).toBe('report.md')
  })
})
