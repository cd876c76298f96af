import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { renderMarkdown } from './markdown'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', organization: 'Claimdesk Desk' }

function rendered(markdown: string): Document {
  return new JSDOM(marked.parse(markdown, { async: false })).window.document
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(files, options)

  it('matches the reviewed golden file', async () => {
    await expect(markdown).toMatchFileSnapshot('./__golden__/report.md')
  })

  it('matches the reviewed golden file with a filter', async () => {
    await expect(renderMarkdown(files, { ...options, filter: { corroboration: ['contradicted', 'unverified'] } })).toMatchFileSnapshot('./__golden__/report-contradicted-unverified.md')
  })

  it('has no raw HTML and no javascript: link, before or after rendering', () => {
    expect(markdown).not.toMatch(/<script/i)
    expect(markdown).not.toMatch(/(?<!\\)\](\s*)\(javascript:/i)
    const doc = rendered(markdown)
    expect(doc.querySelectorAll('script, iframe, img, style')).toHaveLength(0)
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//)
    // The hostile note is visible as text.
    expect(doc.body.textContent).toContain('<script>alert(1)</script>')
    expect(doc.body.textContent).toContain('[x](javascript:alert(1))')
  })

  it('renders the structure an editor expects', () => {
    const doc = rendered(markdown)
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Summary',
      '1. Explosion at Chongjin factory injures workers (청진 화학섬유공장 폭발)',
      '2. 청진 폭발, "부상자 7명"',
    ])
    expect(doc.querySelectorAll('h3')).toHaveLength(7)
    expect(doc.querySelectorAll('blockquote')).toHaveLength(7)
    // Notes that look like Markdown blocks stay text.
    expect(doc.body.textContent).toContain('# Not a heading')
    expect(doc.body.textContent).toContain('- not a list')
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    expect(doc.querySelector('table')?.textContent).toContain('Resting on a single anonymous source')
    expect(doc.body.textContent).toContain('Plan deadline confirmed; "import disease" quote not found, 50% | 100%.')
  })

  it('never lists dismissed claims', () => {
    expect(markdown).not.toContain('Please direct any comments')
  })
})
