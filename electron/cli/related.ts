// claimdesk related --workspace DIR [--json]
// Prints the groups of related claims across the workspace's articles and the figures
// that conflict within each. With --json, exactly one JSON document goes to stdout.
import { COUNTED_THING_LABELS } from '../core/corroboration/counted-things'
import type { FigureDisagreement, FigureValue } from '../core/corroboration/conflicts'
import { Workspace } from '../services/workspace'
import { parseFlags, UsageError, type Command } from './io'

const HELP = `Usage: claimdesk related --workspace DIR [--json]

  --workspace DIR the workspace folder
  --json          print one JSON document: { groups: [{ claims, conflicts, updates }] }
`

function parse(argv: string[]): { workspace: string; json: boolean } | null {
  const parsed = parseFlags('related', argv, { workspace: { type: 'string', short: 'w' }, json: { type: 'boolean' } }, false)
  if (parsed.values.help) return null
  if (!parsed.values.workspace) throw new UsageError('missing --workspace DIR')
  return { workspace: parsed.values.workspace, json: parsed.values.json === true }
}

function values(list: FigureValue[]) {
  return list.map((v) => ({ value: v.value, upper: v.upper, bound: v.bound, text: v.text, articleId: v.articleId, claimId: v.claimId }))
}

function disagreementsJson(list: FigureDisagreement[], kind: FigureDisagreement['kind']) {
  return list.filter((d) => d.kind === kind).map((d) => ({ quantity: d.quantity, values: values(d.values) }))
}

function describeValue(v: FigureValue): string {
  const bound = v.bound === 'exact' ? '' : v.bound === 'range' ? 'range ' : `${v.bound.replace('-', ' ')} `
  return `${bound}${v.value}${v.upper !== null ? `–${v.upper}` : ''} ("${v.text}", ${v.articleId}/${v.claimId})`
}

export const run: Command = async (argv, io) => {
  const request = parse(argv)
  if (!request) {
    io.stdout(HELP)
    return 0
  }
  const ws = await Workspace.open(request.workspace)
  try {
    const found = await ws.related().groups() // linked in the worker thread, the whole workspace
    const groups = found.map((g) => ({
      id: g.id,
      claims: g.claims.map((key) => {
        const [articleId, claimId] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)]
        const article = ws.getArticle(articleId)
        const claim = article.claims.find((c) => c.id === claimId)!
        return {
          articleId,
          claimId,
          text: claim.anchor.quote.exact,
          outlet: article.article.outlet,
          publishedAt: article.article.publishedAt,
          figures: (claim.figures ?? []).map((f) => ({ value: f.value, upper: f.upper, bound: f.bound, counted: f.counted, text: f.text })),
        }
      }),
      conflicts: disagreementsJson(g.disagreements, 'conflict'),
      updates: disagreementsJson(g.disagreements, 'update'),
    }))
    if (request.json) {
      io.stdout(`${JSON.stringify({ groups }, null, 2)}\n`)
      return 0
    }
    const out: string[] = [`${groups.length} groups of related claims`, '']
    groups.forEach((g, i) => {
      out.push(`${i + 1}. ${g.claims.length} claims`)
      for (const c of g.claims) out.push(`   - [${c.outlet ?? 'unknown outlet'}${c.publishedAt ? `, ${c.publishedAt}` : ''}] ${c.text}`)
      for (const d of found[i].disagreements) {
        const label = d.kind === 'conflict' ? '⚠ Conflicting figures' : '↻ Updated figures'
        out.push(`   ${label} for ${COUNTED_THING_LABELS[d.quantity]}: ${d.values.map(describeValue).join('; ')}`)
      }
      out.push('')
    })
    io.stdout(`${out.join('\n')}\n`)
    return 0
  } finally {
    await ws.close()
  }
}
