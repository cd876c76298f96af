import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { renderMarkdown } from './markdown'
import { RELATED_EARLIER_URL, sampleRelated } from './__fixtures__/related'

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

  it('carries related claims: a "Conflicting reports" section in words and an "Also reported in" list', () => {
    const withRelated = renderMarkdown(files, { ...options, related: sampleRelated })
    expect(withRelated.startsWith(markdown.trimEnd())).toBe(true) // the articles are unchanged; the sections follow them
    const doc = rendered(withRelated)
    const h2 = [...doc.querySelectorAll('h2')].map((h) => h.textContent)
    expect(h2.slice(-2)).toEqual(['Conflicting reports', 'Also reported in'])
    const text = doc.body.textContent ?? ''
    expect(text).toContain('1 claim has reports elsewhere whose figures conflict.')
    expect(text).toContain('⚠ Conflicting figures for injured: 3 (North News), 7 (East Asia Wire)')
    expect(text).toContain('↻ Updated figures for dead: at least 1 (East Asia Wire), 2 (East Asia Wire)')
    const listed = [...doc.querySelectorAll('h2:last-of-type ~ ul li')].map((li) => li.textContent ?? '')
    // Confirmed and suggested links are listed with their status; the rejected one is not.
    expect(listed.some((l) => l.includes('North News, 2020-10-31: Blast at Chongjin chemical plant') && l.includes('(confirmed by the reviewer)'))).toBe(true)
    expect(listed.some((l) => l.includes('Guess Daily') && l.endsWith('(suggested)'))).toBe(true)
    expect(text).not.toContain('Other Post')
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
    expect(hrefs).toContain(RELATED_EARLIER_URL)
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//)
  })

  it('adds no related section when no listed claim has related claims', () => {
    expect(renderMarkdown(files, { ...options, related: {} })).toBe(markdown)
    expect(renderMarkdown(files, { ...options, related: sampleRelated, filter: { corroboration: ['contradicted'] } })).not.toContain('Conflicting reports')
  })
})
