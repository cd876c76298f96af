// The related-claims calls as the window makes them: through the IPC dispatcher (zod
// checks, routing), one round trip each, a mutation returning what changed.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AlsoReported, ConflictList, RelatedChange } from '../core/related-views'
import { createDispatcher, type Host } from './dispatch'
import { Workspace } from './workspace'

const FIXTURES = join(__dirname, '__fixtures__/related')
let dir: string
let ws: Workspace | null = null

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdesk-related-ipc-'))
})
afterEach(async () => {
  await ws?.close()
  ws = null
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
})

async function setUp() {
  ws = await Workspace.open(dir)
  const ids: Record<string, string> = {}
  for (const name of readdirSync(FIXTURES).sort()) ids[name.replace(/\.md$/, '')] = (await ws.importFile(join(FIXTURES, name))).article.id
  const events: string[] = []
  const host = { notify: (event: string) => void events.push(event) } as unknown as Host
  const dispatch = createDispatcher(ws, host)
  const claim = (article: string, words: string) => {
    const found = ws!.getArticle(ids[article]).claims.find((c) => c.anchor.quote.exact.includes(words))
    if (!found) throw new Error(`no claim with "${words}"`)
    return [ids[article], found.id] as const
  }
  const call = async <T>(channel: string, args: unknown[]): Promise<T> => {
    const result = await dispatch(channel, args)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  return { ids, dispatch, claim, call, events }
}

describe('related claims over IPC', () => {
  it('lists conflicts with their reports and counts only claims a report contradicts', async () => {
    const { ids, claim, call, events } = await setUp()
    const list = await call<ConflictList>('related.conflicts', [])
    expect(events).toContain('related.ready') // the window is told once linking is complete
    const byQuantity = Object.fromEntries(list.conflicts.map((c) => [c.quantity, c]))
    expect(Object.keys(byQuantity).sort()).toEqual(['dead', 'injured'])
    expect(byQuantity.dead.values.map((v) => [v.outlet, v.text]).sort()).toEqual(
      [
        ['Global Wire', '12'],
        ['Valdoria Courier', 'Twelve'],
        ['Agencia Sur', 'quince'],
        ['Agencia Sur', '15'],
      ].sort(),
    )
    expect(byQuantity.dead.values.find((v) => v.outlet === 'Global Wire')?.articleTitle).toBe('Flood sweeps through Valdoria mining town, at least 12 dead')
    // "At least 12" fits every other figure; "twelve" does not fit "15", nor 40 injured 38.
    const wire = claim('wire', 'At least 12').join('/')
    const local = claim('local', 'Twelve people').join('/')
    expect(list.claimsWithConflicts).not.toContain(wire)
    expect(list.claimsWithConflicts).toContain(local)
    expect(list.claimsWithConflicts).toContain(claim('agencia-2', '15 muertos').join('/'))
    expect(list.claimsWithConflicts.some((k) => k.startsWith(`${ids.other}/`))).toBe(false)
  })

  it('decides a link and adds a linked claim as evidence, each in one call returning what changed', async () => {
    const { claim, call, dispatch } = await setUp()
    const wire = claim('wire', 'At least 12')
    const local = claim('local', 'Twelve people')
    const agencia = claim('agencia-2', '15 muertos')
    await ws!.related().whenReady()

    const seen = await call<AlsoReported>('related.alsoReported', [...wire])
    expect(seen.complete).toBe(true)
    expect(seen.related.map((r) => [r.claimId, r.status])).toContainEqual([local[1], 'suggested'])

    const refused = await dispatch('related.decide', [...wire, ...local, 'maybe'])
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(ws!.getClaim(...wire).related ?? []).toEqual([])

    const rejected = await call<RelatedChange>('related.decide', [...wire, ...local, 'rejected'])
    expect(rejected.claim.related).toMatchObject([{ articleId: local[0], claimId: local[1], status: 'rejected' }])
    expect(rejected.alsoReported.related.find((r) => r.claimId === local[1])?.status).toBe('rejected')

    const added = await call<RelatedChange>('related.addAsEvidence', [...local, ...agencia])
    const evidence = added.claim.evidence.at(-1)!
    expect(evidence.citation).toContain('Agencia Sur')
    expect(evidence.stance).toBe('contradicts') // twelve dead against 15: both cannot be true
    expect(evidence.note).toMatch(/^(Independent|Not independent)/)
    expect(added.alsoReported.related.find((r) => r.claimId === agencia[1])?.status).toBe('confirmed')

    // A rejected link cannot be added as evidence; nothing is written.
    const before = ws!.getClaim(...wire).evidence.length
    const blocked = await dispatch('related.addAsEvidence', [...wire, ...local])
    expect(blocked).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(ws!.getClaim(...wire).evidence.length).toBe(before)
  })
})
