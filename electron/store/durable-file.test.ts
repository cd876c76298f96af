import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { faultyFs, NO_WAIT } from './__fixtures__/faulty-fs'
import { DurableJSONFile, encodeAndHash, ExternalChangeError } from './durable-file'
import { decodeJsonText } from './json-text'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-durable-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))

describe('saving over a file another program holds open (Windows)', () => {
  it('retries a rename refused with EPERM, EBUSY or EACCES, and then succeeds', async () => {
    const fs = faultyFs([
      { op: 'rename', code: 'EPERM', times: 2 },
      { op: 'rename', code: 'EBUSY', times: 1 },
      { op: 'rename', code: 'EACCES', times: 1 },
    ])
    const file = new DurableJSONFile<{ note: string }>(join(dir, 'a.json'), { fs, retry: NO_WAIT })
    await file.write({ note: 'kept' })
    expect(fs.failed.rename).toBe(4)
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toEqual({ note: 'kept' })
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('gives up after its retries with the error, leaves the old file and no temp file', async () => {
    writeFileSync(join(dir, 'a.json'), '{"note":"old"}')
    const fs = faultyFs([{ op: 'rename', code: 'EPERM' }])
    const file = new DurableJSONFile<{ note: string }>(join(dir, 'a.json'), { fs, retry: NO_WAIT })
    await file.read()
    await expect(file.write({ note: 'new' })).rejects.toMatchObject({ code: 'EPERM' })
    expect(fs.failed.rename).toBe(NO_WAIT.delays.length + 1)
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"note":"old"}')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('does not retry a disk-full error: it is not going away in a second', async () => {
    const fs = faultyFs([{ op: 'open', code: 'ENOSPC', times: 1 }])
    const file = new DurableJSONFile<{ n: number }>(join(dir, 'a.json'), { fs, retry: NO_WAIT })
    await expect(file.write({ n: 1 })).rejects.toMatchObject({ code: 'ENOSPC' })
    await file.write({ n: 2 }) // space is back
    expect(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'))).toEqual({ n: 2 })
  })

  it('retries a busy read instead of giving up', async () => {
    writeFileSync(join(dir, 'a.json'), '{"n":1}')
    const fs = faultyFs([{ op: 'readFile', code: 'EBUSY', times: 3 }])
    expect(await new DurableJSONFile(join(dir, 'a.json'), { fs, retry: NO_WAIT }).read()).toEqual({ n: 1 })
    expect(fs.failed.readFile).toBe(3)
  })
})

describe('a file changed on disk since it was read is never overwritten', () => {
  it('refuses the write and leaves the other program’s version', async () => {
    const path = join(dir, 'a.json')
    writeFileSync(path, '{"note":"mine"}')
    const file = new DurableJSONFile<{ note: string }>(path)
    await file.read()
    writeFileSync(path, '{"note":"from git pull, longer"}')
    const error = await file.write({ note: 'edited' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ExternalChangeError)
    expect((error as ExternalChangeError).current.toString()).toBe('{"note":"from git pull, longer"}')
    expect(readFileSync(path, 'utf8')).toBe('{"note":"from git pull, longer"}')
  })

  it('sees a change of the same size by its mtime and hash', async () => {
    const path = join(dir, 'a.json')
    writeFileSync(path, '{"n":1}')
    const file = new DurableJSONFile<{ n: number }>(path)
    await file.read()
    writeFileSync(path, '{"n":2}')
    utimesSync(path, new Date(2030, 0, 1), new Date(2030, 0, 1))
    await expect(file.write({ n: 3 })).rejects.toBeInstanceOf(ExternalChangeError)
  })

  it('a file only touched (same bytes) is written; so are its own earlier writes', async () => {
    const path = join(dir, 'a.json')
    const file = new DurableJSONFile<{ n: number }>(path)
    await file.write({ n: 1 })
    await file.write({ n: 2 })
    utimesSync(path, new Date(2030, 0, 1), new Date(2030, 0, 1))
    await file.write({ n: 3 })
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ n: 3 })
  })

  it('never writes over a file it has not read', async () => {
    const path = join(dir, 'a.json')
    writeFileSync(path, '{"schemaVersion":99}')
    await expect(new DurableJSONFile(path).write({ schemaVersion: 1 })).rejects.toBeInstanceOf(ExternalChangeError)
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion":99}')
  })
})

describe('JSON written by Windows tools', () => {
  const json = '{"title":"청진 — Chongjin"}'
  it.each([
    ['UTF-8 with a BOM (Notepad, Set-Content in PowerShell 5.1)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')])],
    ['UTF-16 LE with a BOM (PowerShell >)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()])],
    ['UTF-8 without a BOM', Buffer.from(json, 'utf8')],
  ])('reads %s', async (_name, bytes) => {
    writeFileSync(join(dir, 'a.json'), bytes)
    expect(await new DurableJSONFile(join(dir, 'a.json')).read()).toEqual({ title: '청진 — Chongjin' })
    expect(decodeJsonText(bytes)).toBe(json)
  })
})

describe('a large file written in parts', () => {
  it('encodes and hashes a slice at a time, giving the event loop turns in between', async () => {
    const parts = Array.from({ length: 5 }, (_, i) => `${'x'.repeat(5 << 20)}${i}\n`)
    let turns = 0
    let ticking = true
    const tick = () => {
      turns++
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    const started = turns
    const { chunks, sha256 } = await encodeAndHash(parts)
    const during = turns - started
    ticking = false
    // 25 MB with no I/O at all: only the pauses can let the ticker in (before, none did).
    expect(during).toBeGreaterThanOrEqual(5)
    const whole = Buffer.from(parts.join(''), 'utf8')
    expect(Buffer.concat(chunks).equals(whole)).toBe(true)
    expect(sha256).toBe(createHash('sha256').update(whole).digest('hex'))
  })

  it('writes the parts as one file, and tells the SHA-256 of exactly its bytes before the rename', async () => {
    const data = { claims: Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}: ${'é'.repeat(2000)}` })) }
    const serialise = async (value: typeof data) => {
      const text = JSON.stringify(value, null, 2) + '\n'
      return [text.slice(0, 1000), text.slice(1000, 5_000_000), text.slice(5_000_000)]
    }
    const file = new DurableJSONFile<typeof data>(join(dir, 'big.json'), { serialise: serialise as never })
    let toldSha = ''
    file.beforeReplace = async (_data, sha) => {
      toldSha = sha
    }
    await file.write(data)
    const bytes = readFileSync(join(dir, 'big.json'))
    expect(bytes.toString('utf8')).toBe(JSON.stringify(data, null, 2) + '\n')
    const sha = createHash('sha256').update(bytes).digest('hex')
    expect(toldSha).toBe(sha)
    expect(file.fingerprint).toMatchObject({ size: bytes.byteLength, sha256: sha })
    expect(readdirSync(dir)).toEqual(['big.json'])
  })
})
