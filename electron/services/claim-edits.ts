// Structural edits to an article's claims and their evidence. Each is one undoable
// action through Workspace.commit().
import { message } from '../core/messages'
import { manualClaim, mergeClaims, splitClaim, withSpan } from '../core/claim-ops'
import { trimSpan } from '../core/spans'
import { ClaimdeskError } from '../core/errors'
import type { Claim, Evidence } from '../core/schema'
import { storeEvidenceFile } from './evidence-files'
import { randomId } from './ids'
import type { Workspace } from './workspace'

function span(text: string, start: number, end: number) {
  if (start < 0 || end > text.length) throw new ClaimdeskError('invalid-argument', message('error.selectionOutside'))
  const trimmed = trimSpan(text, start, end)
  if (!trimmed) throw new ClaimdeskError('invalid-argument', message('error.selectionEmpty'))
  return trimmed
}

export async function createClaim(ws: Workspace, articleId: string, start: number, end: number): Promise<Claim> {
  const { article, claims } = ws.getArticle(articleId)
  const s = span(article.text, start, end)
  // Borrow the sourcing guess of the extracted claim the selection overlaps most, if any.
  const like = claims
    .filter((c) => c.anchor.position.start < s.end && c.anchor.position.end > s.start)
    .sort((a, b) => overlap(b, s) - overlap(a, s))[0]
  const claim = manualClaim(article.text, s.start, s.end, randomId('c'), new Date().toISOString(), like)
  await ws.commit(articleId, message('undo.createClaim'), [claim], [])
  return ws.getClaim(articleId, claim.id)
}

function overlap(c: Claim, s: { start: number; end: number }): number {
  return Math.min(c.anchor.position.end, s.end) - Math.max(c.anchor.position.start, s.start)
}

export async function setClaimSpan(ws: Workspace, articleId: string, claimId: string, start: number, end: number): Promise<Claim> {
  const { article } = ws.getArticle(articleId)
  const s = span(article.text, start, end)
  const claim = ws.getClaim(articleId, claimId)
  await ws.commit(articleId, message('undo.editSpan'), [withSpan(article.text, claim, s.start, s.end, claim.updatedAt)], [])
  return ws.getClaim(articleId, claimId)
}

export async function splitClaimAt(ws: Workspace, articleId: string, claimId: string, at: number): Promise<[Claim, Claim]> {
  const { article } = ws.getArticle(articleId)
  const claim = ws.getClaim(articleId, claimId)
  const halves = splitClaim(article.text, claim, at, randomId('c'), claim.updatedAt)
  if (!halves) throw new ClaimdeskError('invalid-argument', message('error.splitWhere'))
  await ws.commit(articleId, message('undo.splitClaim'), halves, [])
  return [ws.getClaim(articleId, halves[0].id), ws.getClaim(articleId, halves[1].id)]
}

/** Merges a claim with the next active claim in the text. */
export async function mergeWithNext(ws: Workspace, articleId: string, claimId: string): Promise<Claim> {
  const { article, claims } = ws.getArticle(articleId)
  const active = claims.filter((c) => c.state !== 'orphaned')
  const index = active.findIndex((c) => c.id === claimId)
  if (index < 0) throw new ClaimdeskError('not-found', message('error.noClaim', { id: claimId }))
  const next = active[index + 1]
  if (!next) throw new ClaimdeskError('invalid-argument', message('error.lastClaim'))
  const merged = mergeClaims(article.text, active[index], next, active[index].updatedAt)
  await ws.commit(articleId, message('undo.mergeClaims'), [merged], [next.id])
  return ws.getClaim(articleId, merged.id)
}

export async function deleteClaim(ws: Workspace, articleId: string, claimId: string): Promise<void> {
  ws.getClaim(articleId, claimId)
  await ws.commit(articleId, message('undo.deleteClaim'), [], [claimId])
}

export interface EvidenceInput {
  citation: string
  url: string | null
  note: string
  stance: Evidence['stance']
  independent: boolean
  /** A local file to copy into the workspace. */
  filePath?: string | null
}

export async function addEvidence(ws: Workspace, articleId: string, claimId: string, input: EvidenceInput): Promise<Claim> {
  const claim = ws.getClaim(articleId, claimId)
  const file = input.filePath ? await storeEvidenceFile(ws.dir, input.filePath) : null
  const evidence: Evidence = {
    id: randomId('e'),
    citation: input.citation.trim(),
    url: input.url?.trim() || null,
    note: input.note,
    stance: input.stance,
    independent: input.independent,
    file,
    addedAt: new Date().toISOString(),
  }
  await ws.commit(articleId, message('undo.addEvidence'), [{ ...claim, evidence: [...claim.evidence, evidence] }], [])
  return ws.getClaim(articleId, claimId)
}

export async function updateEvidence(
  ws: Workspace,
  articleId: string,
  claimId: string,
  evidenceId: string,
  patch: Partial<Omit<EvidenceInput, 'filePath'>>,
): Promise<Claim> {
  const claim = ws.getClaim(articleId, claimId)
  if (!claim.evidence.some((e) => e.id === evidenceId)) throw new ClaimdeskError('not-found', message('error.noEvidence'))
  // Electron's IPC keeps `undefined` properties: { note: undefined } means "note not changed".
  patch = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
  const evidence = claim.evidence.map((e) =>
    e.id === evidenceId
      ? { ...e, ...patch, citation: (patch.citation ?? e.citation).trim(), url: patch.url === undefined ? e.url : patch.url?.trim() || null }
      : e,
  )
  await ws.commit(articleId, message('undo.editEvidence'), [{ ...claim, evidence }], [])
  return ws.getClaim(articleId, claimId)
}

export async function removeEvidence(ws: Workspace, articleId: string, claimId: string, evidenceId: string): Promise<Claim> {
  const claim = ws.getClaim(articleId, claimId)
  if (!claim.evidence.some((e) => e.id === evidenceId)) throw new ClaimdeskError('not-found', message('error.noEvidence'))
  // The copied file stays in evidence/: another claim may cite it, and undo must find it.
  await ws.commit(articleId, message('undo.removeEvidence'), [{ ...claim, evidence: claim.evidence.filter((e) => e.id !== evidenceId) }], [])
  return ws.getClaim(articleId, claimId)
}
