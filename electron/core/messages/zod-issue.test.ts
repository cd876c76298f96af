// zod's English inside a refusal becomes a code of the catalogue with the same English, so the
// window can say it in its language; text zod did not write (a schema's own words) stays as it is.
import { expect, it } from 'vitest'
import { z } from 'zod'
import { formatMessage, isMessage } from '.'
import { API_CONTRACT } from '../api-contract'
import { TextPositionSelectorSchema } from '../schema'
import { SettingsPatchSchema } from '../settings'
import { zodIssueText } from './zod-issue'

const issueOf = (schema: z.ZodType, value: unknown): string => {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error('expected an issue')
  return parsed.error.issues[0].message
}

it('reads every kind of issue zod words itself back as a code, to the letter', () => {
  const cases: [z.ZodType, unknown, string][] = [
    [z.string(), 12, 'zodIssue.invalidType'],
    [z.enum(['a', 'b']), 'c', 'zodIssue.oneOf'],
    [z.literal('a'), 'b', 'zodIssue.expected'],
    [z.string().max(3), 'abcd', 'zodIssue.tooBigHave'],
    [z.array(z.string()).min(2), ['a'], 'zodIssue.tooSmallHave'],
    [z.number().max(5), 6, 'zodIssue.tooBigBe'],
    [z.number().int().min(1), 0, 'zodIssue.tooSmallBe'],
    [z.string().regex(/^x/), 'y', 'zodIssue.pattern'],
    [z.string().startsWith('ab'), 'b', 'zodIssue.startsWith'],
    [z.number().multipleOf(3), 4, 'zodIssue.multipleOf'],
    [z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'zodIssue.unrecognizedKey'],
    [z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }, 'zodIssue.unrecognizedKeys'],
    [z.union([z.string(), z.number()]), true, 'zodIssue.invalid'],
    [z.email(), 'not an address', 'zodIssue.invalidFormat'],
  ]
  for (const [schema, value, code] of cases) {
    const text = issueOf(schema, value)
    const said = zodIssueText(text)
    expect(isMessage(said) && said.code, text).toBe(code)
    expect(formatMessage(said as never)).toBe(text)
  }
})

it('keeps a units word as its own code, and a schema’s own message as it is', () => {
  const said = zodIssueText(issueOf(z.string().max(3), 'abcd'))
  expect(said).toMatchObject({ code: 'zodIssue.tooBigHave', values: { origin: 'string', bound: '<=3', unit: { code: 'zodIssue.characters' } } })
  expect(zodIssueText(issueOf(z.string().refine(() => false, 'Pick a folder first'), 'x'))).toBe('Pick a folder first')
  expect(zodIssueText('Invalid input: expected string, received number and more')).toMatchObject({ code: 'zodIssue.invalidType' })
})

it('reads the schemas’ own messages back as zodOwn codes, to the letter, from the real schemas', () => {
  const claim = ['a'.repeat(8), 'b'.repeat(8)]
  const evidence = { citation: 'x', url: null, note: '', stance: 'supports', independent: true }
  const cases: [z.ZodType, unknown, string][] = [
    [API_CONTRACT['evidence.add'], [...claim, { ...evidence, citation: '  ' }], 'zodOwn.citationMissing'],
    [API_CONTRACT['evidence.add'], [...claim, { ...evidence, url: 'file:///etc/passwd' }], 'zodOwn.httpLinksOnly'],
    [API_CONTRACT['articles.importText'], [{ text: '', sourceName: null }], 'zodOwn.articleEmpty'],
    [API_CONTRACT['articles.importBytes'], [{ name: 'big.bin', bytes: new Uint8Array(50 * 1024 * 1024 + 1) }], 'zodOwn.fileTooLarge'],
    [SettingsPatchSchema, { publisher: { name: 'Desk', url: 'ftp://desk.example', logoUrl: null, factCheckUrlPattern: null } }, 'zodOwn.httpAddress'],
    [TextPositionSelectorSchema, { start: 5, end: 2 }, 'zodOwn.endBeforeStart'],
  ]
  for (const [schema, value, code] of cases) {
    const text = issueOf(schema, value)
    const said = zodIssueText(text)
    expect(isMessage(said) && said.code, text).toBe(code)
    expect(formatMessage(said as never)).toBe(text)
  }
})
