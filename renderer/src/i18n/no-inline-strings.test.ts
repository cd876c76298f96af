// Every word a reviewer sees comes from the message catalogue (./en.ts), so a translation
// replaces one file. This scans every .tsx under renderer/src for JSX text and for string
// literals in user-visible attributes; one found fails the test, so inline words cannot creep back.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const src = resolve(__dirname, '..')
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label'])
// Text with no word (glyphs, separators such as "·" or "✕", a shortcut key such as "c") needs no translation.
const HAS_WORDS = /\p{L}{2}/u

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsxFiles(path)
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [path] : []
  })
}

/** Literal words in JSX: text children, and string/template literals given to a visible attribute. */
export function inlineWords(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const where = (node: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const literalWords = (node: ts.Node): string[] => {
    // A literal anywhere in the attribute's expression (cond ? 'Show' : 'Hide') counts.
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return HAS_WORDS.test(node.text) ? [node.text] : []
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
      return HAS_WORDS.test(parts) ? [parts] : []
    }
    // Only what the expression itself yields: a JSX element inside is scanned on its own, and a
    // call (t('key', …)), an object or a function holds keys and class names, not shown words.
    if (ts.isJsxExpression(node)) return node.expression ? literalWords(node.expression) : []
    if (ts.isParenthesizedExpression(node)) return literalWords(node.expression)
    if (ts.isConditionalExpression(node)) return [...literalWords(node.whenTrue), ...literalWords(node.whenFalse)]
    if (ts.isBinaryExpression(node)) {
      // `open && 'Hide'` yields its right side; `a ?? 'x'`, `a || 'x'`, `'x' + a` either side; a comparison (kind === 'json') none.
      const op = node.operatorToken.kind
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalWords(node.right)
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) return [...literalWords(node.left), ...literalWords(node.right)]
      return []
    }
    return []
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_WORDS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`)
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const words of literalWords(node.expression)) found.push(`${where(node)} text {"${words}"}`)
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      for (const words of literalWords(node.initializer)) found.push(`${where(node)} ${node.name.getText(source)}="${words}"`)
    }
    node.forEachChild(visit)
  }
  visit(source)
  return found
}

describe('UI words live in the message catalogue', () => {
  it('no .tsx file under renderer/src holds JSX text or a literal aria-label, title, placeholder, alt or label', () => {
    const offences = tsxFiles(src).flatMap((file) => inlineWords(relative(src, file), readFileSync(file, 'utf8')))
    expect(offences).toEqual([])
  })

  it('the scan finds each kind of inline word (so an empty result means something)', () => {
    const sample = [
      'const a = <p>Hello there</p>',
      'const b = <button aria-label="Close the dialog">✕</button>',
      "const c = <input placeholder={'Search claims'} />",
      'const d = <span title={open ? `Hide ${n}` : t("x")}>·</span>',
      "const e = <p>{busy ? 'Saving…' : t('saved')}</p>",
      "const f = <p>{t('ok')} · {n} <kbd>c</kbd></p>",
      "const g = <>{kind === 'json' && <Hint />}{open && 'Hide'}</>",
    ].join('\n')
    expect(inlineWords('sample.tsx', sample)).toEqual([
      'sample.tsx:1 text "Hello there"',
      'sample.tsx:2 aria-label="Close the dialog"',
      'sample.tsx:3 placeholder="Search claims"',
      'sample.tsx:4 title="Hide  "',
      'sample.tsx:5 text {"Saving…"}',
      'sample.tsx:7 text {"Hide"}',
    ])
  })
})
