// A process taking the workspace lock that dies (SIGKILL) the instant the lock folder
// appears on disk: the worst moment for a kill while taking the lock. The file-system
// calls are the real ones; they are only watched, so the kill lands at that instant.
// Usage: node lock-child.mjs <workspace dir>
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { join, resolve } from 'node:path'

const dir = process.argv[2]
const lockPath = resolve(join(dir, '.claimdesk', 'workspace.lock'))
const dieIfLock = (target: fs.PathLike) => {
  if (resolve(String(target)) === lockPath) process.kill(process.pid, 'SIGKILL')
}
type Callback = (error: NodeJS.ErrnoException | null, ...rest: unknown[]) => void

const { mkdir, mkdirSync, rename, renameSync } = fs
Object.assign(fs, {
  mkdir: (path: fs.PathLike, ...args: unknown[]) => {
    const callback = args.pop() as Callback
    ;(mkdir as (...a: unknown[]) => void)(path, ...args, (error: NodeJS.ErrnoException | null, ...rest: unknown[]) => {
      if (!error) dieIfLock(path)
      callback(error, ...rest)
    })
  },
  mkdirSync: (path: fs.PathLike, ...args: unknown[]) => {
    const made = (mkdirSync as (...a: unknown[]) => unknown)(path, ...args)
    dieIfLock(path)
    return made
  },
  rename: (from: fs.PathLike, to: fs.PathLike, callback: Callback) =>
    rename(from, to, (error) => {
      if (!error) dieIfLock(to)
      callback(error)
    }),
  renameSync: (from: fs.PathLike, to: fs.PathLike) => {
    renameSync(from, to)
    dieIfLock(to)
  },
})
syncBuiltinESMExports()

const { lockWorkspace } = await import('../workspace-lock')
await lockWorkspace(dir, { holder: 'claimdesk import' })
process.exit(3) // never reached: the lock appeared, and the process died with it
