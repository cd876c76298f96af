import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesFromArgv, PendingFiles, splitOpenedFiles } from './open-files'

describe('filesFromArgv', () => {
  it('takes the article and export files of a packaged launch, resolved against its folder', () => {
    const argv = ['/opt/Claimdesk/claimdesk', '--allow-file-access-from-files', 'notes.txt', '/home/kim/export.json', 'photo.jpg', '--flag=x.txt']
    expect(filesFromArgv(argv, '/home/kim/Downloads', true)).toEqual([resolve('/home/kim/Downloads', 'notes.txt'), '/home/kim/export.json'])
  })

  it('skips the app path of a development launch', () => {
    expect(filesFromArgv(['/usr/bin/electron', 'out/main/index.js', 'a.md'], '/w', false)).toEqual([resolve('/w', 'a.md')])
    expect(filesFromArgv(['/usr/bin/electron', '.'], '/w', false)).toEqual([])
  })

  it('recognises extensions in any case (Windows Explorer passes REPORT.JSON as is)', () => {
    expect(filesFromArgv(['C:\\Claimdesk\\Claimdesk.exe', '/x/REPORT.JSON', '/x/Article.HTM'], '/x', true)).toEqual(['/x/REPORT.JSON', '/x/Article.HTM'])
  })
})

describe('opened files', () => {
  it('splits articles (Import) from Claimdesk exports (Merge)', () => {
    expect(splitOpenedFiles(['/a.txt', '/b.json', '/c.html'])).toEqual({ articles: ['/a.txt', '/c.html'], exports: ['/b.json'] })
  })

  it('wait for the renderer to ask once, then expire so a later Import shows its dialog', () => {
    let now = 0
    const pending = new PendingFiles(() => now, 60_000)
    pending.push(['/a.txt'])
    pending.push([])
    expect(pending.take()).toEqual(['/a.txt'])
    expect(pending.take()).toBeNull()
    pending.push(['/b.txt'])
    now = 61_000
    expect(pending.take()).toBeNull()
  })
})
