import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix, win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evidenceFileName, MAX_NAME_LENGTH, storeEvidenceFile } from './evidence-files'

describe('evidence file names that survive every system and git', () => {
  it('stores a macOS decomposed (NFD) name composed (NFC)', () => {
    const nfd = '청진 공장 사진.png'.normalize('NFD')
    expect(nfd).not.toBe('청진 공장 사진.png')
    expect(evidenceFileName(`/Users/kim/Desktop/${nfd}`, posix)).toBe('청진 공장 사진.png')
    expect(evidenceFileName('/Users/kim/Re\u0301sume\u0301.pdf', posix)).toBe('Résumé.pdf')
  })

  it('strips trailing dots and spaces (Git for Windows cannot check them out) and leading dots', () => {
    expect(evidenceFileName('C:\\Users\\kim\\Desktop\\report. . ', win32)).toBe('report')
    expect(evidenceFileName('C:\\Users\\kim\\Desktop\\..hidden notes.txt.', win32)).toBe('hidden notes.txt')
    expect(evidenceFileName('C:\\Users\\kim\\Desktop\\...', win32)).toBe('file')
  })

  it('reads a Windows path with path.win32: the folder never leaks into the name', () => {
    expect(evidenceFileName('C:\\Users\\kim\\Documents\\KCNA statement.html', win32)).toBe('KCNA statement.html')
    expect(evidenceFileName('\\\\server\\share\\photos\\IMG_0042.JPG', win32)).toBe('IMG_0042.JPG')
  })

  it('cuts a long name to 120 characters in the stem, keeping the extension', () => {
    const long = `${'satellite image of the Chongjin chemical and textile factory '.repeat(4)}.jpeg`
    const name = evidenceFileName(`/tmp/${long}`, posix)
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH)
    expect(name.endsWith('.jpeg')).toBe(true)
    expect(name).not.toMatch(/[. ]\.jpeg$/)
    const korean = `${'북한 함경북도 청진시 화학섬유공장 폭발 현장 사진 '.repeat(8)}.png`
    const cut = evidenceFileName(`/tmp/${korean}`, posix)
    expect(Array.from(cut).length).toBeLessThanOrEqual(MAX_NAME_LENGTH)
    expect(cut.endsWith('.png')).toBe(true)
  })

  it('storeEvidenceFile uses the same rules on the file it copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-evidence-'))
    try {
      const source = join(dir, `${'사진'.normalize('NFD')} .txt`)
      writeFileSync(source, 'line one\r\nline two\r\n')
      const stored = await storeEvidenceFile(join(dir, 'ws'), source)
      expect(stored.name).toBe('사진 .txt')
      expect(stored.path).toMatch(/^evidence\/[0-9a-f]{16}-사진 \.txt$/)
      expect(readdirSync(join(dir, 'ws', 'evidence'))).toEqual([stored.path.slice('evidence/'.length)])
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
    }
  })
})
