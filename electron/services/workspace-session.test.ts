import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_DIR, lockWorkspace } from '../store/workspace-lock'
import { SettingsService } from './settings'
import { chooseStartWorkspace, WorkspaceSession } from './workspace-session'

const DATA = resolve(__dirname, '../../data')
let root: string
let settings: SettingsService
let session: WorkspaceSession | null = null

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'claimdesk-session-'))
  settings = await SettingsService.open(join(root, 'user-data'))
})
afterEach(async () => {
  await session?.close()
  session = null
  rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

const start = async () => {
  const started = await WorkspaceSession.start(settings, { defaultDir: join(root, 'default'), dataDir: DATA })
  session = started.session
  return started
}

describe('start workspace', () => {
  it('opens the default workspace with the sample on the first start and remembers it', async () => {
    const { missing } = await start()
    expect(missing).toBeNull()
    expect(session!.current.listArticles()).toHaveLength(1)
    expect(settings.get()).toMatchObject({ lastWorkspace: join(root, 'default'), recentWorkspaces: [join(root, 'default')] })
  })

  it('reopens the last workspace', async () => {
    await start()
    await session!.create(join(root, 'second'))
    await session!.close()
    session = null
    await start()
    expect(session!.current.dir).toBe(join(root, 'second'))
  })

  it('falls back to the default workspace when the last one vanished, and names it', async () => {
    await start()
    await session!.create(join(root, 'moved'))
    await session!.close()
    session = null
    renameSync(join(root, 'moved'), join(root, 'elsewhere'))
    const { missing } = await start()
    expect(missing).toBe(join(root, 'moved'))
    expect(session!.current.dir).toBe(join(root, 'default'))
  })

  it('a forced folder (CLAIMDESK_WORKSPACE) wins and is not remembered', () => {
    expect(chooseStartWorkspace({ lastWorkspace: '/w/last' }, { forcedDir: '/w/forced', defaultDir: '/w/default' })).toEqual({
      dir: '/w/forced',
      remember: false,
      missing: null,
    })
  })
})

describe('switching workspaces', () => {
  it('New makes an empty workspace, Open goes back, both go to the top of Open recent', async () => {
    await start()
    const switched: string[] = []
    session!.onSwitch((ws) => switched.push(ws.dir))
    const created = await session!.create(join(root, 'new'))
    expect(created.dir).toBe(join(root, 'new'))
    expect(session!.current.listArticles()).toEqual([])
    await session!.open(join(root, 'default'))
    expect(session!.current.listArticles()).toHaveLength(1)
    expect(switched).toEqual([join(root, 'new'), join(root, 'default')])
    expect(settings.get().recentWorkspaces).toEqual([join(root, 'default'), join(root, 'new')])
  })

  it('a vanished workspace is a clear not-found error, and the open one stays open', async () => {
    await start()
    await expect(session!.open(join(root, 'gone'))).rejects.toMatchObject({
      code: 'not-found',
      message: `The workspace ${join(root, 'gone')} is not there any more: it may have been moved, renamed or deleted, or be on a drive that is not connected.`,
      detail: { code: 'error.workspaceGone', values: { dir: join(root, 'gone') } },
    })
    expect(session!.current.dir).toBe(join(root, 'default'))
    expect(session!.current.listArticles()).toHaveLength(1)
  })

  it('refuses to open a folder that is not a workspace, and to make one among other files', async () => {
    await start()
    const other = join(root, 'photos')
    mkdirSync(other)
    writeFileSync(join(other, 'a.jpg'), 'x')
    await expect(session!.open(other)).rejects.toMatchObject({
      code: 'not-found',
      message: `${other} is not a Claimdesk workspace (it has no claimdesk.json). Use New workspace to make one there.`,
      detail: { code: 'error.notWorkspace', values: { dir: other, index: 'claimdesk.json' } },
    })
    await expect(session!.create(other)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: `${other} already holds other files. Choose an empty folder for a new workspace.`,
      detail: { code: 'error.workspaceNotEmpty', values: { dir: other } },
    })
    await expect(session!.create(join(other, 'a.jpg'))).rejects.toMatchObject({ message: `${join(other, 'a.jpg')} is a file, not a folder.`, detail: { code: 'error.workspaceIsFile' } })
    await expect(session!.openRecent(other)).rejects.toMatchObject({ message: `${other} is not in the list of recent workspaces.`, detail: { code: 'error.notRecent' } })
    expect(existsSync(join(other, 'claimdesk.json'))).toBe(false)
  })

  it('forgets a recent workspace', async () => {
    await start()
    await session!.create(join(root, 'b'))
    await session!.forgetRecent(join(root, 'default'))
    expect(settings.get().recentWorkspaces).toEqual([join(root, 'b')])
  })
})

describe('unsaved changes', () => {
  it('are never closed away by a switch: the switch is refused until they are saved', async () => {
    await start()
    const ws = session!.current
    // Another process took the workspace over: this window's changes wait in memory.
    rmSync(join(ws.dir, LOCK_DIR), { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
    const other = await lockWorkspace(ws.dir, { holder: 'claimdesk merge' })
    await ws.lockLost()
    const id = ws.listArticles()[0].id
    const claimId = ws.getArticle(id).claims[0].id
    await expect(ws.updateClaim(id, claimId, 'note', 'kept')).rejects.toMatchObject({ code: 'not-saved' })
    await expect(session!.create(join(root, 'second'))).rejects.toMatchObject({
      message: expect.stringMatching(/^1 change not saved: the workspace is in use by claimdesk merge.*; the workspace was not switched\. Free the file or the disk and try again\.$/),
      detail: { code: 'error.notSwitched' },
    })
    expect(session!.current).toBe(ws)
    await other.release()
    expect(await ws.retakeLock()).toMatchObject({ retaken: true, unsaved: null })
    await session!.create(join(root, 'second'))
    expect(session!.current.dir).toBe(join(root, 'second'))
  })
})
