// The writer process of kill.test.ts: edits notes, imports articles and merges another
// reviewer's work in a loop until the test kills it with SIGKILL. Before each action it
// prints BEGIN <seq> <kind>; after the service call returned (acknowledged) one line.
//   argv: <workspace dir> <sample article id> <first sequence number>
import { buildExport } from '../../core/report/json'
import { articleId, contentHash } from '../ids'
import { mergeIntoWorkspace } from '../merge'
import { Workspace } from '../workspace'

const [dir, article, startSeq] = process.argv.slice(2)
const say = (line: string) => process.stdout.write(`${line}\n`)

const ws = await Workspace.open(dir, { holder: 'kill test' })
const claims = ws.getArticle(article).claims.map((c) => c.id)
say('READY')

/** Another reviewer's export: the sample article with one claim tagged, plus an article of their own. */
function otherReviewersWork(seq: number) {
  const ours = ws.getArticle(article)
  const at = new Date().toISOString()
  const target = ours.claims[seq % ours.claims.length]
  const tags = [...target.tags, `m${seq}`]
  const tagged = { ...target, tags, updatedAt: at, history: [...target.history, { field: 'tags', from: target.tags, to: tags, at, by: 'Other reviewer' }] }
  const theirs = { ...ours, claims: ours.claims.map((c) => (c.id === target.id ? tagged : c)) }
  const text = `Merged report ${seq}. A trader in Sinuiju said on Monday that ${seq} trucks crossed the bridge.\n`
  const own = structuredClone(ws.getArticle(article))
  const hash = contentHash(text)
  own.article = { ...own.article, id: articleId(hash), title: `Merged report ${seq}`, text, contentHash: hash, nonClaims: [] }
  own.claims = []
  return buildExport([theirs, own], at)
}

/** Which action a sequence number stands for. */
const kindOf = (seq: number) => (seq % 7 === 3 ? 'import' : seq % 11 === 5 ? 'merge' : 'edit')

for (let seq = Number(startSeq); ; seq++) {
  say(`BEGIN ${seq} ${kindOf(seq)}`)
  if (kindOf(seq) === 'import') {
    const text = `Report number ${seq}. Officials in Hyesan said on Tuesday that ${seq} traders were fined.\n`
    const { article: imported } = await ws.importText({ text, format: 'text', sourceName: `r${seq}.txt` })
    say(`IMPORT ${imported.id}`)
  } else if (kindOf(seq) === 'merge') {
    const result = await mergeIntoWorkspace(ws, otherReviewersWork(seq))
    say(`MERGE ${result.mergeId ?? 'none'} m${seq}`)
  } else {
    const claim = claims[seq % claims.length]
    await ws.updateClaim(article, claim, 'note', `edit ${seq}`)
    say(`EDIT ${claim} ${seq}`)
  }
}
