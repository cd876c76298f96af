import { readFileSync } from 'node:fs'
import { HtmlValidate } from 'html-validate'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { koreanArticleFile, sampleArticleFile } from './__fixtures__/sample'
import { REPORT_CSP, renderHtml, renderPrintHtml } from './html'
import { prepareReport } from './model'

const text = readFileSync(new URL('../../../data/chongjin-explosion.txt', import.meta.url), 'utf8')
const files = [sampleArticleFile(text), koreanArticleFile()]
const options = { reportedAt: '2026-11-24T10:00:00.000Z', reviewer: 'Kim Min-ji', organization: 'Claimdesk Desk' }

describe('renderHtml', () => {
  const html = renderHtml(files, options)
  const doc = new JSDOM(html).window.document

  it('matches the reviewed golden file', async () => {
    await expect(html).toMatchFileSnapshot('./__golden__/report.html')
  })

  it('passes html-validate (recommended rules, none turned off), filtered or not', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })
    const filtered = renderHtml(files, { ...options, filter: { corroboration: ['contradicted'] } })
    const headline = renderHtml([{ ...files[0], claims: files[0].claims.map((c) => ({ ...c, headline: 'A <short> "claim"' })) }], options)
    for (const page of [html, filtered, headline, renderHtml([], options)]) {
      const report = await validator.validateString(page)
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`))).toEqual([])
    }
  })

  it('is self-contained: strict CSP, no scripts, nothing remote', () => {
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:")
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')
    expect(csp?.getAttribute('content')).toBe(REPORT_CSP)
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8')
    expect(doc.querySelectorAll('script, link, iframe, object, embed, img, base, form')).toHaveLength(0)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/@import|url\(/i)
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        expect(attr.startsWith('on'), `event handler ${attr} on ${el.tagName}`).toBe(false)
        if (attr === 'src') throw new Error(`src attribute on ${el.tagName}`)
      }
    }
  })

  it('links only to its own anchors and to http(s) URLs', () => {
    const hrefs = [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '')
    expect(hrefs).toContain('#article-chongjin-explosion')
    expect(hrefs).toContain('https://example.org/register?ward=3&year=2020')
    for (const href of hrefs) expect(href).toMatch(/^(#[A-Za-z0-9_-]+|https?:\/\/)/)
    for (const href of hrefs.filter((h) => h.startsWith('#'))) expect(doc.getElementById(href.slice(1)), href).not.toBeNull()
    expect(html).not.toMatch(/href="javascript:/i)
  })

  it('shows hostile text as text', () => {
    const notes = [...doc.querySelectorAll('.note')].map((n) => n.textContent)
    expect(notes).toContain('Tried to check <script>alert(1)</script> and found nothing.\nNo second source.')
    expect(notes).toContain('See [x](javascript:alert(1)) — numbers differ, by 1.')
    expect(doc.body.textContent).toContain('javascript:alert(1)')
  })

  it('has a summary, a chart with text labels, a table of contents and one card per listed claim', () => {
    const counts = Object.fromEntries([...doc.querySelectorAll('.counts tr')].map((tr) => [tr.querySelector('th')?.textContent, Number(tr.querySelector('td')?.textContent)]))
    expect(counts).toMatchObject({ Claims: 7, 'Resting on a single anonymous source': 5, Contradicted: 1, Unreviewed: 1, 'Dismissed (not a claim)': 1 })
    const chart = doc.querySelector('svg.chart')!
    expect(chart.getAttribute('role')).toBe('img')
    const labels = [...chart.querySelectorAll('text')].map((t) => t.textContent)
    expect(labels).toEqual(['Corroborated', '1', 'Partly corroborated', '1', 'Contradicted', '1', 'Unverified', '2', 'Unverifiable', '1', 'Unreviewed', '1'])
    expect(chart.querySelector('title')?.textContent).toContain('Unverified 2')
    expect([...doc.querySelectorAll('nav li a')].map((a) => a.textContent)).toEqual([
      'Explosion at Chongjin factory injures workers (청진 화학섬유공장 폭발)',
      '청진 폭발, "부상자 7명"',
    ])
    expect(doc.querySelectorAll('article.claim')).toHaveLength(7)
    expect([...doc.querySelectorAll('.badge')].map((b) => b.textContent)).toContain('Contradicted')
    expect(doc.querySelector('#article-ko-1 blockquote')?.getAttribute('lang')).toBe('ko')
  })

  it('is printable: page size, a page per article, colours kept, nothing per claim that slows a 10,000-claim print', () => {
    expect(html).toContain('@page { size: A4')
    expect(html).toMatch(/\.article \{ break-before: page; \}/)
    expect(html).toContain('print-color-adjust: exact')
    // No break rule names a claim or its parts, and no claim carries its own style.
    const css = html.replace(/\/\*[\s\S]*?\*\//g, '')
    for (const rule of css.match(/[^{}]*\{[^{}]*break-(?:inside|after|before)[^{}]*\}/g) ?? []) expect(rule).not.toMatch(/claim|h3|\btr\b|\.label/)
    expect(html).not.toMatch(/<article[^>]*style=/)
    // The status colour comes from the claim's class.
    const doc = new JSDOM(html).window.document
    expect(doc.querySelector('#claim-chongjin-explosion-c2')?.className).toBe('claim status-contradicted')
    expect(html).toContain('.claim.status-contradicted, h3.pc.status-contradicted { border-left-color: #c62828; }')
  })

  it('lists only the filtered claims but summarises all', () => {
    const filtered = new JSDOM(renderHtml(files, { ...options, filter: { singleAnonymousSource: true } })).window.document
    expect(filtered.querySelectorAll('article.claim')).toHaveLength(5)
    expect(filtered.querySelector('.filter')?.textContent).toContain('5 of 7 claims listed')
  })
})

describe('renderPrintHtml (what the PDF prints)', () => {
  const screen = new JSDOM(renderHtml(files, options)).window.document
  const print = renderPrintHtml(files, options)
  const doc = new JSDOM(print).window.document
  const claims = prepareReport(files, options).articles.flatMap((a) => a.claims.map((c) => ({ articleId: a.file.article.id, ...c })))

  it('passes html-validate and keeps everything but the claim cards as the HTML report has it', async () => {
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(print)
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`))).toEqual([])
    for (const selector of ['body > header', '.summary', 'nav', 'dl.meta', '.article-summary']) {
      expect([...doc.querySelectorAll(selector)].map((e) => e.textContent), selector).toEqual([...screen.querySelectorAll(selector)].map((e) => e.textContent))
    }
  })

  it('prints each claim as a heading, the quote and a few paragraphs: no card, list or table per claim', () => {
    expect(doc.querySelectorAll('article.claim, dl.fields, table.evidence')).toHaveLength(0)
    const headings = [...doc.querySelectorAll('h3.pc')]
    expect(headings.map((h) => h.id)).toEqual(claims.map((c) => `claim-${c.articleId}-${c.claim.id}`))
    expect(headings.map((h) => h.textContent)).toEqual(claims.map((c) => `Claim ${c.number} ${screen.querySelector(`#claim-${c.articleId}-${c.claim.id} .badge`)?.textContent}`))
    expect(headings.map((h) => h.className)).toEqual(claims.map((c) => `pc status-${c.claim.corroboration}`))
    // Between one claim heading and the next: the quote and at most three paragraphs (details, evidence, notes), few inline elements.
    for (const heading of headings) {
      const parts: Element[] = []
      for (let next = heading.nextElementSibling; next && !next.matches('h3.pc'); next = next.nextElementSibling) parts.push(next)
      expect(parts[0].tagName).toBe('BLOCKQUOTE')
      expect(parts.length).toBeLessThanOrEqual(4)
      expect(parts.slice(1).every((p) => p.tagName === 'P')).toBe(true)
      expect([heading, ...parts].reduce((n, e) => n + 1 + e.querySelectorAll('*').length, 0)).toBeLessThanOrEqual(12)
    }
  })

  it('says everything the claim card says', () => {
    const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim()
    for (const c of claims) {
      const card = screen.getElementById(`claim-${c.articleId}-${c.claim.id}`)!
      const printed: string[] = []
      for (let e = doc.getElementById(`claim-${c.articleId}-${c.claim.id}`)!.nextElementSibling; e && !e.matches('h3.pc, h2, section'); e = e.nextElementSibling) printed.push(squash(e.textContent))
      const text = printed.join(' ')
      expect(text).toContain(squash(card.querySelector('blockquote')?.textContent))
      expect(printed[0]).toBe(squash(c.claim.anchor.quote.exact))
      // Every field of the card, as "Label: value".
      for (const dt of card.querySelectorAll('dl.fields dt')) {
        if (dt.textContent === 'Tags') expect(text).toContain(`Tags: ${c.claim.tags.join(', ')}`)
        else expect(text).toContain(`${dt.textContent}: ${squash(dt.nextElementSibling?.textContent)}`)
      }
      for (const td of card.querySelectorAll('table.evidence tr td:first-child')) expect(text).toContain(`${td.textContent}: `)
      for (const e of c.claim.evidence) for (const part of [e.citation, e.url, e.note, e.file?.name]) if (part) expect(text).toContain(squash(part))
      for (const note of card.querySelectorAll('p.note')) expect(text).toContain(squash(note.textContent))
      if (card.querySelector('.flag')) expect(text).toContain('Rests on a single anonymous source')
      expect(doc.getElementById(`claim-${c.articleId}-${c.claim.id}`)?.nextElementSibling?.getAttribute('lang') ?? null).toBe(card.querySelector('blockquote')?.getAttribute('lang') ?? null)
    }
  })
})
