import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, open, rm, writeFile, mkdir, readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ArticleReadError, parseArticleSource, readArticleFile, UNTRUSTED_HTML_OPTIONS } from './article-file'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-article-file-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

async function fixture(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

async function readError(path: string, options?: { maxBytes?: number }): Promise<ArticleReadError> {
  try {
    await readArticleFile(path, options)
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleReadError)
    return error as ArticleReadError
  }
  throw new Error(`expected ${path} to be refused`)
}

describe('plain text', () => {
  it('keeps the text as it is', async () => {
    const text = 'Explosion at Chongjin factory\n\nA source told Daily NK that 12 people were injured.\n'
    const source = await readArticleFile(await fixture('story.txt', text))
    expect(source).toEqual({
      text,
      format: 'text',
      sourceName: 'story.txt',
      meta: { title: null, author: null, outlet: null, url: null, publishedAt: null, language: null },
    })
  })

  it('removes a UTF-8 byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Über den Fluss.', 'utf8')])
    const source = await readArticleFile(await fixture('bom.txt', bytes))
    expect(source.text).toBe('Über den Fluss.')
  })

  it('normalises CRLF and lone CR line ends to LF', async () => {
    const source = await readArticleFile(await fixture('crlf.txt', 'One.\r\n\r\nTwo.\rThree.\r\n'))
    expect(source.text).toBe('One.\n\nTwo.\nThree.\n')
  })

  it('reads Windows-1252 text, including its curly quotes and dashes', async () => {
    // 'The “café” owner paid €5 – reportedly…' saved as Windows-1252
    const bytes = Buffer.concat([
      Buffer.from('The ', 'latin1'),
      Buffer.from([0x93]),
      Buffer.from('caf\u00e9', 'latin1'),
      Buffer.from([0x94]),
      Buffer.from(' owner paid ', 'latin1'),
      Buffer.from([0x80]),
      Buffer.from('5 ', 'latin1'),
      Buffer.from([0x96]),
      Buffer.from(' reportedly', 'latin1'),
      Buffer.from([0x85]),
    ])
    const source = await readArticleFile(await fixture('cp1252.txt', bytes))
    expect(source.text).toBe('The \u201ccaf\u00e9\u201d owner paid \u20ac5 \u2013 reportedly\u2026')
  })

  it('reads UTF-16 with a byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello, 평양.', 'utf16le')])
    const source = await readArticleFile(await fixture('utf16.txt', bytes))
    expect(source.text).toBe('Hello, 평양.')
  })

  it('accepts a string and sniffs HTML without an extension', () => {
    const source = parseArticleSource('<!DOCTYPE html><html lang="en"><body><p>Hello there.</p></body></html>', null)
    expect(source.format).toBe('html')
    expect(source.text).toBe('Hello there.')
  })
})

describe('refusals', () => {
  it('refuses a PNG image as binary, naming the file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const error = await readError(await fixture('photo.png', png))
    expect(error.code).toBe('binary')
    expect(error.message).toBe('"photo.png" looks like a PNG image, not an article (plain text, Markdown or HTML).')
  })

  it.each([
    ['doc.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'PDF'],
    ['a.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'ZIP'],
    ['a.gz', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0]), 'gzip'],
    ['p.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'JPEG'],
  ])('refuses %s by its magic number', async (name, bytes, kind) => {
    const error = await readError(await fixture(name, bytes))
    expect(error.code).toBe('binary')
    expect(error.message).toContain(kind)
  })

  it('refuses data with NUL bytes even when named .txt', async () => {
    const error = await readError(await fixture('renamed.txt', Buffer.from('text\u0000\u0001\u0002more', 'latin1')))
    expect(error.code).toBe('binary')
  })

  it('refuses bytes that are neither UTF-8 nor plausible Windows-1252', async () => {
    const bytes = Buffer.alloc(400)
    for (let i = 0; i < bytes.length; i++) bytes[i] = 0x80 + ((i * 37) % 0x7f)
    const error = await readError(await fixture('noise.txt', bytes))
    expect(error.code).toBe('binary')
  })

  it('refuses an empty file', async () => {
    const error = await readError(await fixture('empty.txt', ''))
    expect(error.code).toBe('empty')
    expect(error.message).toBe('"empty.txt" is empty.')
  })

  it('refuses a file with only whitespace', async () => {
    const error = await readError(await fixture('blank.md', ' \n\r\n\t  \n'))
    expect(error.code).toBe('empty')
    expect(error.message).toContain('"blank.md"')
  })

  it('refuses a missing file', async () => {
    const error = await readError(join(dir, 'gone.txt'))
    expect(error.code).toBe('not-found')
    expect(error.message).toContain('"gone.txt"')
  })

  it('refuses a directory', async () => {
    await mkdir(join(dir, 'folder.txt'))
    const error = await readError(join(dir, 'folder.txt'))
    expect(error.code).toBe('not-a-file')
  })

  it('refuses a file over the limit without reading it', async () => {
    const path = join(dir, 'huge.txt')
    const handle = await open(path, 'w')
    await handle.truncate(5 * 1024 * 1024 * 1024) // sparse: 5 GB on paper, nothing on disk
    await handle.close()
    const error = await readError(path)
    expect(error.code).toBe('too-large')
    expect(error.message).toBe('"huge.txt" is 5.0 GB, more than the 50 MB an article may have.')
    const small = await readError(await fixture('small-limit.txt', 'x'.repeat(2000)), { maxBytes: 1000 })
    expect(small.code).toBe('too-large')
  })

  it('refuses HTML with no article text', () => {
    expect(() => parseArticleSource('<html><body><script>var a = 1</script><img src="x.png"></body></html>', 'blank.html')).toThrow(
      expect.objectContaining({ code: 'no-article-text' }),
    )
  })
})

describe('Markdown', () => {
  it('turns Markdown into paragraphs of plain text, with front-matter metadata', async () => {
    const md = [
      '---',
      'title: "Blast at Chongjin plant"',
      'author: Jong So Yong',
      'date: 2026-03-02',
      'outlet: Daily NK',
      'url: https://www.dailynk.com/english/blast',
      'lang: en',
      '---',
      '# Blast at Chongjin plant',
      '',
      'A source in North Hamgyong Province told [Daily NK](https://dailynk.com) that',
      'the blast **injured** 12 workers &amp; a guard.',
      '',
      '![Satellite image](https://example.com/sat.png)',
      '',
      '<div class="ad">Subscribe now</div>',
      '',
      '## Reaction',
      '',
      '- Officials denied it.',
      '- KCNA said nothing.',
      '',
      '> "It was loud," he added.',
    ].join('\r\n')
    const source = await readArticleFile(await fixture('story.md', md))
    expect(source.format).toBe('markdown')
    expect(source.meta).toEqual({
      title: 'Blast at Chongjin plant',
      author: 'Jong So Yong',
      outlet: 'Daily NK',
      url: 'https://www.dailynk.com/english/blast',
      publishedAt: '2026-03-02',
      language: 'en',
    })
    expect(source.text).toBe(
      [
        'Blast at Chongjin plant',
        'A source in North Hamgyong Province told Daily NK that the blast injured 12 workers & a guard.',
        'Reaction',
        'Officials denied it.',
        'KCNA said nothing.',
        '"It was loud," he added.',
      ].join('\n\n'),
    )
  })

  it('takes the title from the first heading when there is no front matter', () => {
    const source = parseArticleSource('# Headline here\n\nBody text.\n', 'x.markdown')
    expect(source.meta.title).toBe('Headline here')
    expect(source.text).toBe('Headline here\n\nBody text.')
  })

  it('reads the wire-story fixture', async () => {
    const source = await readArticleFile(resolve(__dirname, '../../e2e/fixtures/wire-story.md'))
    expect(source.format).toBe('markdown')
    expect(source.meta.title).toBeTruthy()
    expect(source.text).not.toMatch(/https?:|\]\(|^#/m)
  })
})

describe('HTML from a hostile page', () => {
  let server: Server
  let origin: string
  const requests: string[] = []
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '')
      res.end('document.title = "fetched"')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((done) => server.close(done))
  })

  it('parses with jsdom defaults: no scripts, no resource loader', () => {
    expect(UNTRUSTED_HTML_OPTIONS).not.toHaveProperty('runScripts')
    expect(UNTRUSTED_HTML_OPTIONS).not.toHaveProperty('resources')
    expect(Object.isFrozen(UNTRUSTED_HTML_OPTIONS)).toBe(true)
  })

  it('runs nothing, fetches nothing, and keeps only the article text', async () => {
    const marker = join(dir, 'pwned.txt').replace(/\\/g, '/')
    const evil = `globalThis.__pwned = true; try { require('fs').writeFileSync('${marker}', 'x') } catch (e) {}`
    const html = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Factory blast | Example News</title>
  <meta property="og:title" content="Factory blast injures 12">
  <meta property="og:site_name" content="Example News">
  <meta name="author" content="Kim Min-ji">
  <meta property="article:published_time" content="2026-03-02T09:00:00Z">
  <link rel="canonical" href="https://news.example.com/blast">
  <link rel="stylesheet" href="${origin}/style.css">
  <script src="${origin}/tracker.js"></script>
  <script>${evil}</script>
</head>
<body onload="${evil.replace(/"/g, '&quot;')}">
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Factory blast injures 12</h1>
    <p>A source in North Hamgyong Province told the paper that an explosion<br>hit the plant on Sunday.</p>
    <img src="${origin}/photo.png" onerror="${evil.replace(/"/g, '&quot;')}">
    <iframe src="${origin}/frame.html"></iframe>
    <p>Twelve workers were reportedly injured, <a href="javascript:alert(1)" onclick="${evil.replace(/"/g, '&quot;')}">the source said</a>.</p>
    <p>Local officials did not respond to questions, and state media has not reported the blast so far.</p>
    <script>${evil}</script>
  </article>
  <object data="${origin}/x.swf"></object>
</body>
</html>`
    const source = await readArticleFile(await fixture('page.html', html))
    await new Promise((done) => setTimeout(done, 200))

    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined()
    expect(existsSync(marker)).toBe(false)
    expect(requests).toEqual([])

    expect(source.format).toBe('html')
    expect(source.meta).toEqual({
      title: 'Factory blast injures 12',
      author: 'Kim Min-ji',
      outlet: 'Example News',
      url: 'https://news.example.com/blast',
      publishedAt: '2026-03-02T09:00:00Z',
      language: 'en-GB',
    })
    expect(source.text).toContain('told the paper that an explosion\nhit the plant on Sunday.')
    expect(source.text).toContain('Twelve workers were reportedly injured, the source said.')
    expect(source.text).toMatch(/\n\nLocal officials did not respond/)
    expect(source.text).not.toMatch(/pwned|writeFileSync|<|javascript:|Home/)
  })

  it('extracts the malicious fixture safely', async () => {
    const path = resolve(__dirname, '../../e2e/fixtures/malicious.html')
    const html = await readFile(path, 'utf8')
    expect(html).toMatch(/<script/)
    const source = await readArticleFile(path)
    expect((globalThis as Record<string, unknown>).__claimdeskPwned).toBeUndefined()
    expect(source.text.length).toBeGreaterThan(300)
    expect(source.text).not.toMatch(/<script|onerror|__claimdeskPwned|Sign up|Your email/)
    expect(source.text).toContain('said the jump was consistent with earlier episodes')
    expect(source.meta.title).toBeTruthy()
  })

  it('refuses a javascript: canonical URL and honours a declared legacy charset', () => {
    // "평양" in EUC-KR
    const body = Buffer.concat([
      Buffer.from('<html><head><meta charset="euc-kr"><link rel="canonical" href="javascript:alert(1)"></head><body><p>', 'latin1'),
      Buffer.from([0xc6, 0xf2, 0xbe, 0xe7]),
      Buffer.from(' news.</p></body></html>', 'latin1'),
    ])
    const source = parseArticleSource(body, 'kr.htm')
    expect(source.text).toBe('평양 news.')
    expect(source.meta.url).toBeNull()
  })
})
