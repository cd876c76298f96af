import { describe, expect, it } from 'vitest'
import { csvText, escapeHtml, mdBlock, mdInline, mdUrl, safeHttpUrl } from './escape'

describe('escapeHtml', () => {
  it('escapes all five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})

describe('safeHttpUrl', () => {
  it('keeps http(s) and refuses every other scheme', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b')
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/')
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'not a url', '', null]) {
      expect(safeHttpUrl(bad)).toBeNull()
    }
  })
})

describe('Markdown escaping', () => {
  it('neutralises links, HTML, emphasis, tables and math', () => {
    expect(mdInline('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))')
    expect(mdInline('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(mdInline('*a* _b_ `c` a|b ~~d~~ $5 and $6')).toBe('\\*a\\* \\_b\\_ \\`c\\` a\\|b \\~\\~d\\~\\~ \\$5 and \\$6')
    expect(mdInline('AT&T &amp; &#60;')).toBe('AT&T &amp;amp; &amp;\\#60;')
    expect(mdInline('line one\nline two')).toBe('line one line two')
  })

  it('escapes what would start a block at the start of a line', () => {
    expect(mdBlock('# h\n- l\n+ p\n1. n\n2) m\n===\n> q\n    code')).toBe('\\# h\\\n\\- l\\\n\\+ p\\\n1\\. n\\\n2\\) m\\\n\\===\\\n&gt; q\\\ncode')
  })

  it('keeps paragraphs and prefixes continuation lines', () => {
    expect(mdBlock('a\nb\n\n\nc', '> ')).toBe('a\\\n> b\n>\n> c')
    expect(mdBlock('   \n')).toBe('')
  })

  it('links only http(s) URLs', () => {
    expect(mdUrl('https://example.org/x?a=1&b=2')).toBe('<https://example.org/x?a=1&b=2>')
    expect(mdUrl('javascript:alert(1)')).toBe('javascript:alert(1)')
    expect(mdUrl(null)).toBe('')
  })
})

describe('csvText', () => {
  it('quotes per RFC 4180', () => {
    expect(csvText('plain')).toBe('plain')
    expect(csvText('a,b')).toBe('"a,b"')
    expect(csvText('say "hi"')).toBe('"say ""hi"""')
    expect(csvText('two\nlines')).toBe('"two\nlines"')
  })

  it('neutralises formula starts', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvText(`${start}SUM(A1)`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true)
    expect(csvText('=cmd|x,y')).toBe(`"'=cmd|x,y"`)
    expect(csvText('a=b')).toBe('a=b')
  })
})
