// A pseudo-locale made from the English catalogue: every letter accented and each message
// bracketed, with {{values}} and <em>/<strong> tags kept, so a test (or a screenshot) shows at
// once which words bypass the catalogue and which messages lose a value.
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', A: 'Á', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', c: 'ç', n: 'ñ' }
const KEEP = /(\{\{[^}]+\}\}|<\/?(?:em|strong)>)/

export function pseudoMessage(text: string): string {
  const parts = text.split(KEEP).map((part) => (KEEP.test(part) ? part : part.replace(/[aeiouAEIOUcn]/g, (ch) => ACCENTED[ch])))
  return `[${parts.join('')}]`
}

export function pseudoCatalogue(catalogue: unknown): unknown {
  if (typeof catalogue === 'string') return pseudoMessage(catalogue)
  return Object.fromEntries(Object.entries(catalogue as Record<string, unknown>).map(([key, value]) => [key, pseudoCatalogue(value)]))
}
