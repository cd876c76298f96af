// Test helpers for the rule tables: the extracted claim holding a fragment (the test fails,
// listing every claim, when none does), and whether any claim holds it.
import { expect } from 'vitest'
import { extract } from '../index'

export function claimOf(text: string, fragment: string, language?: string) {
  const result = extract(text, language ? { language } : {})
  const claim = result.claims.find((c) => c.text.includes(fragment))
  expect(claim, `${fragment} in ${JSON.stringify(result.claims.map((c) => c.text))}`).toBeDefined()
  return claim!
}

export const isClaim = (text: string, fragment: string, language?: string) =>
  extract(text, language ? { language } : {}).claims.some((c) => c.text.includes(fragment))
