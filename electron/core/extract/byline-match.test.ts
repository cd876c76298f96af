// The corpus's byline match (published-corpus.ts): whole words, so that a truncated or one-letter author is not "found".
import { describe, expect, it } from 'vitest'
import { bylineMatches } from './published-corpus'

describe('bylineMatches', () => {
  it('finds a byline printed with more around it, or a part of a longer one', () => {
    expect(bylineMatches('Jane Doe, Staff Writer', 'Jane Doe')).toBe(true)
    expect(bylineMatches('Jane Doe', 'Jane Doe and John Roe')).toBe(true)
    expect(bylineMatches('JANE  DOE', 'Jane Doe')).toBe(true)
    expect(bylineMatches('Doe', 'Jane Doe')).toBe(true)
  })

  it('takes short names and initials when they are the whole byline', () => {
    expect(bylineMatches('R.G.', 'R.G.')).toBe(true)
    expect(bylineMatches('고훈', '고훈')).toBe(true)
  })

  it('refuses a truncated word, a stray letter and nothing', () => {
    expect(bylineMatches('Actu', 'Actu17')).toBe(false)
    expect(bylineMatches('Jan', 'Jane Doe')).toBe(false)
    expect(bylineMatches('J', 'Jane J. Doe')).toBe(false)
    expect(bylineMatches(null, 'Jane Doe')).toBe(false)
    expect(bylineMatches('', 'Jane Doe')).toBe(false)
  })
})
