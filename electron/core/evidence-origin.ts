// Where a piece of evidence comes from, to tell independent confirmations apart: two
// items from the same outlet or wire agency are one source, not two (DOMAIN.md).
// The origin is the link's site when there is one, else the citation's first part
// ("Yonhap, 21 Oct" and "Yonhap: officials said" are both Yonhap). Wire copy carried by
// another outlet names the agency, so a citation that names a wire counts as the wire.
import type { Evidence } from './schema'

const WIRES: [RegExp, string][] = [
  [/\byonhap\b/i, 'yonhap'],
  [/\bkcna\b|korean central news agency/i, 'kcna'],
  [/\breuters\b/i, 'reuters'],
  [/\bassociated press\b|\bAP\b/, 'ap'],
  [/\bafp\b|agence france-presse/i, 'afp'],
  [/\bxinhua\b/i, 'xinhua'],
  [/\bkyodo\b/i, 'kyodo'],
]

function host(url: string): string | null {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url.trim())
  return match ? match[1].toLowerCase().replace(/^www\./, '') : null
}

export function evidenceOrigin(evidence: Pick<Evidence, 'citation' | 'url' | 'note'>): string {
  const text = `${evidence.citation} ${evidence.note}`
  for (const [pattern, wire] of WIRES) if (pattern.test(text)) return `wire:${wire}`
  const site = evidence.url ? host(evidence.url) : null
  if (site) return `site:${site}`
  const first = evidence.citation.split(/[,:;(—–]| - /)[0].trim().toLowerCase()
  return `citation:${first || evidence.citation.trim().toLowerCase()}`
}
