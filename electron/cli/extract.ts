// claimdesk extract FILE [--json]
// Prints an article's claims, with sourcing, hedge and check-worthiness. With --json,
// exactly one JSON document goes to stdout, so the output can be piped into jq.
import { extract } from '../core/extract'
import type { Extraction } from '../core/extract/types'
import { SOURCING_LABELS } from '../core/vocabulary'
import { readArticleFile, type ArticleSource } from '../services/article-file'
import { parseFlags, UsageError, type Command } from './io'

const HELP = `Usage: claimdesk extract FILE [--json]

  FILE     a plain-text, Markdown or saved HTML article
  --json   print one JSON document: { article, claims, nonClaims, skipped }
`

function parse(argv: string[]): { file: string; json: boolean } | null {
  const parsed = parseFlags('extract', argv, { json: { type: 'boolean' } }, true)
  if (parsed.values.help) return null
  const [file, ...extra] = parsed.positionals
  if (!file) throw new UsageError('missing FILE (usage: claimdesk extract FILE [--json])')
  if (extra.length > 0) throw new UsageError(`expected one FILE, got ${parsed.positionals.length}`)
  return { file, json: parsed.values.json === true }
}

/** The file's own metadata (HTML meta tags, front matter) wins over what extraction guessed. */
export function articleOf(source: ArticleSource, extraction: Extraction) {
  const m = extraction.meta
  const s = source.meta
  return {
    title: s.title ?? m.title,
    author: s.author ?? m.author,
    outlet: s.outlet ?? m.outlet,
    language: s.language ?? m.language,
    publishedAt: s.publishedAt ?? m.publishedAt,
  }
}

export function toJson(source: ArticleSource, extraction: Extraction) {
  return {
    article: articleOf(source, extraction),
    claims: extraction.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      checkworthiness: c.checkworthiness,
      signals: c.signals,
      reasons: c.reasons,
      sourcing: { type: c.sourcing.type, attribution: c.sourcing.attribution, cue: c.sourcing.cue },
      hedge: { hedged: c.hedge.hedged, cue: c.hedge.cue },
    })),
    // offsets too: a line printed twice on a page is two entries a reviewer must be able to tell apart
    nonClaims: extraction.nonClaims.map((n) => ({ text: n.text, kind: n.kind, start: n.start, end: n.end })),
    // sentences left out (questions, opinion, fragments, appeals, bare attributions), so a dropped claim is told from a missed one
    skipped: (extraction.skipped ?? []).map((s) => ({ text: s.text, start: s.start, end: s.end, reason: s.reason })),
  }
}

const short = (text: string): string => (text.length > 100 ? `${text.slice(0, 99)}…` : text)

function human(source: ArticleSource, extraction: Extraction): string {
  const article = articleOf(source, extraction)
  const out: string[] = []
  out.push(`${article.title ?? source.sourceName ?? '(untitled)'}`)
  const by = [article.author && `by ${article.author}`, article.outlet, article.publishedAt, article.language].filter(Boolean)
  if (by.length > 0) out.push(by.join(' · '))
  out.push('', `${extraction.claims.length} claims`, '')
  extraction.claims.forEach((c, i) => {
    out.push(`${String(i + 1).padStart(3)}. [${c.checkworthiness.toFixed(2)}] ${c.text}`)
    const source = c.sourcing.attribution ? `${SOURCING_LABELS[c.sourcing.type]}: ${c.sourcing.attribution} (${c.sourcing.cue})` : SOURCING_LABELS[c.sourcing.type]
    const hedge = c.hedge.hedged ? ` · hedged: "${c.hedge.cue}"` : ''
    out.push(`       ${source}${hedge}`)
  })
  if (extraction.nonClaims.length > 0) {
    out.push('', 'Not claims:')
    for (const n of extraction.nonClaims) out.push(`  - ${n.kind}: ${short(n.text)}`)
  }
  if (extraction.skipped && extraction.skipped.length > 0) {
    out.push('', 'Left out:')
    for (const s of extraction.skipped) out.push(`  - ${s.reason}: ${short(s.text)}`)
  }
  return `${out.join('\n')}\n`
}

export const run: Command = async (argv, io) => {
  const request = parse(argv)
  if (!request) {
    io.stdout(HELP)
    return 0
  }
  const source = await readArticleFile(request.file)
  const extraction = extract(source.text, source.meta.language ? { language: source.meta.language } : {})
  io.stdout(request.json ? `${JSON.stringify(toJson(source, extraction), null, 2)}\n` : human(source, extraction))
  return 0
}
