// An article file's text, exactly as stableStringify writes it, produced a chunk of
// claims at a time with a pause for the event loop in between: the file of a
// 135,000-claim article is ~180 MB of JSON, and serialising it in one go would stop
// the main process (and every click) for seconds while its change log is compacted.
import type { ArticleFile } from '../core/schema'
import { stableStringify } from './durable-file'

const CHUNK = 2000
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function serialiseArticle(file: ArticleFile): Promise<string> {
  return (await serialiseArticleInParts(file)).join('')
}

/** The same text in parts of a chunk of claims each (never joined: the file is written and hashed a part at a time). */
export async function serialiseArticleInParts(file: ArticleFile): Promise<string[]> {
  const claims = file.claims
  if (!Array.isArray(claims) || claims.length <= CHUNK) return [stableStringify(file)]
  // The claims array stands in as a marker no text can contain (JSON escapes control characters).
  const marker = `\u0000claims-${Math.random().toString(36).slice(2)}\u0000`
  const shell = stableStringify({ ...file, claims: marker })
  const quoted = JSON.stringify(marker)
  const at = shell.indexOf(quoted)
  const parts: string[] = [shell.slice(0, at) + '[\n']
  for (let i = 0; i < claims.length; i += CHUNK) {
    if (i > 0) await pause()
    const end = Math.min(claims.length, i + CHUNK)
    const chunk: string[] = []
    for (let j = i; j < end; j++) {
      // A claim inside the file sits two levels deep: each of its lines gets 4 more spaces.
      chunk.push('    ' + JSON.stringify(claims[j], null, 2).replace(/\n/g, '\n    ') + (j < claims.length - 1 ? ',\n' : '\n'))
    }
    parts.push(chunk.join(''))
  }
  parts.push('  ]' + shell.slice(at + quoted.length))
  return parts
}
