// Stable ids. An article's id comes from its content hash and an extracted claim's id
// from the article and its span, so two reviewers who import the same article
// independently get the same ids, and their work merges claim by claim.
import { createHash, randomBytes } from 'node:crypto'

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Hash of the article text with line ends and trailing blanks normalised: formatting noise is not a new article. */
export function contentHash(text: string): string {
  return sha256(text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim())
}

export function articleId(hash: string): string {
  return `a-${hash.slice(0, 16)}`
}

export function extractedClaimId(articleHash: string, start: number, end: number): string {
  return `c-${sha256(`${articleHash}:${start}:${end}`).slice(0, 16)}`
}

export function randomId(prefix: string): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`
}
