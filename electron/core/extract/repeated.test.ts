import { describe, expect, it } from 'vitest'
import { extract } from './index'
import { countLineKeys, lineKeys, repeatedLinesIn } from './repeated'

const CHROME = 'Get our free newsletter with the week in local news every Friday morning.'
const article = (body: string) => `Council approves budget\n\n${body}\n\n${CHROME}\n\nShort line.`

describe('lines repeated across the workspace', () => {
  const workspace = [
    article('The council approved a budget of $4 million on Monday, the mayor said.'),
    article('Two roads will close in March for repairs, the city said.'),
    article('The library will open on Sundays from May, officials said.'),
  ]

  it('keys an article by its distinct lines long enough to be chrome', () => {
    expect(lineKeys(`${CHROME}\n${CHROME}\nShort line.\n`)).toEqual([CHROME])
  })

  it('counts each line once per article', () => {
    const counts = countLineKeys(workspace.map(lineKeys))
    expect(counts.get(CHROME)).toBe(3)
    expect(counts.get('Council approves budget')).toBeUndefined() // under the length floor
    expect(counts.get('The council approved a budget of $4 million on Monday, the mayor said.')).toBe(1)
  })

  it('a line two other articles hold is furniture of the new article; its own lines are not', () => {
    const counts = countLineKeys(workspace.slice(0, 2).map(lineKeys))
    const text = article('The pool reopened on Saturday after a $2 million repair, the city said.')
    const repeated = repeatedLinesIn(text, counts)
    expect([...repeated]).toEqual([CHROME])
    const claims = extract(text, { repeatedLines: repeated }).claims.map((c) => c.text)
    expect(claims).toEqual(['The pool reopened on Saturday after a $2 million repair, the city said.'])
    // without the workspace's counts the appeal reads as a sentence and stays a claim candidate
    expect(extract(text).claims.map((c) => c.text)).toContain(CHROME)
  })

  it('one other article is not enough, and an article already counted does not count itself', () => {
    const text = workspace[0]
    expect(repeatedLinesIn(text, countLineKeys([lineKeys(workspace[1])])).size).toBe(0)
    const all = countLineKeys(workspace.slice(0, 2).map(lineKeys))
    expect(repeatedLinesIn(text, all, { countsIncludeText: true }).size).toBe(0)
    expect(repeatedLinesIn(text, countLineKeys(workspace.map(lineKeys)), { countsIncludeText: true })).toEqual(new Set([CHROME]))
  })
})
