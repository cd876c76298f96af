// Test fixture: workspaces seeded with the sample article in a fresh temp folder per test,
// every one still open closed after the test and the folder removed, whatever the test did.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { openWithSample } from '../seed'
import { Workspace, type WorkspaceOptions } from '../workspace'

const DATA = resolve(__dirname, '../../../data')

export interface SampleWorkspaces {
  /** This test's temp folder. */
  readonly dir: string
  /** Opens (creating with the sample when new) the workspace at `path`, closed after the test. */
  open(path: string, options?: WorkspaceOptions): Promise<Workspace>
  /** A workspace the test opened itself: closed after the test like the others. */
  adopt(ws: Workspace): Workspace
  /** A workspace the test closed itself, or meant to leave unclosed (a simulated crash). */
  forget(ws: Workspace): void
}

export function sampleWorkspaces(prefix: string): SampleWorkspaces {
  let dir = ''
  let open: Workspace[] = []
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix))
  })
  afterEach(async () => {
    for (const ws of open) await ws.close().catch(() => undefined)
    open = []
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  })
  return {
    get dir() {
      return dir
    },
    async open(path, options = {}) {
      const ws = await openWithSample(() => Workspace.open(path, options), DATA)
      open.push(ws)
      return ws
    },
    adopt(ws) {
      open.push(ws)
      return ws
    },
    forget(ws) {
      open = open.filter((w) => w !== ws)
    },
  }
}
