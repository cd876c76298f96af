// A FileSystem that fails the way real machines do, for tests: EPERM from a Windows
// antivirus on rename, ENOSPC when the disk is full, EBUSY on read. Faults are switched on
// and off by the test; everything else goes to the real file system.
import { nodeFileSystem, type FileSystem, type RetryPolicy } from '../file-system'

export type FaultOp = 'open' | 'rename' | 'readFile' | 'stat'

export interface Fault {
  op: FaultOp
  code: string
  /** Only paths matching this; default: every path. */
  path?: RegExp
  /** How many calls fail; default: until removed. */
  times?: number
}

export interface FaultyFs extends FileSystem {
  faults: Fault[]
  /** How many calls failed, per op. */
  failed: Record<FaultOp, number>
  calls: Record<FaultOp, number>
}

function fail(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${op} '${path}'`), { code, syscall: op, path })
}

export function faultyFs(faults: Fault[] = []): FaultyFs {
  const fs: FaultyFs = {
    faults,
    failed: { open: 0, rename: 0, readFile: 0, stat: 0 },
    calls: { open: 0, rename: 0, readFile: 0, stat: 0 },
    open: (path, flags, mode) => check('open', path, flags === 'r' ? null : flags).then(() => nodeFileSystem.open(path, flags, mode)),
    rename: (from, to) => check('rename', to).then(() => nodeFileSystem.rename(from, to)),
    unlink: (path) => nodeFileSystem.unlink(path),
    stat: (path) => check('stat', path).then(() => nodeFileSystem.stat(path)),
    readFile: (path) => check('readFile', path).then(() => nodeFileSystem.readFile(path)),
  }
  async function check(op: FaultOp, path: string, flags?: string | null): Promise<void> {
    fs.calls[op]++
    if (op === 'open' && flags === null) return // folder fsync and reads: never faulted here
    const fault = fs.faults.find((f) => f.op === op && (!f.path || f.path.test(path)) && (f.times === undefined || f.times > 0))
    if (!fault) return
    if (fault.times !== undefined) fault.times--
    fs.failed[op]++
    throw fail(fault.code, op, path)
  }
  return fs
}

/** Retries without waiting: tests never depend on wall-clock time. */
export const NO_WAIT: RetryPolicy = { delays: [1, 1, 1, 1, 1], sleep: async () => undefined }
