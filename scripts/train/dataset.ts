// The ClaimBuster debate sentences (Arslan, Hassan, Li and Tremayne, "A Benchmark Dataset of
// Check-worthy Factual Claims", ICWSM 2020, doi:10.5281/zenodo.3609356, CC BY 4.0), read
// from the shared CSV in debate order, with the fixed split of whole debates.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Papa from 'papaparse'

export interface DebateSentence {
  id: number
  text: string
  debate: string
  speaker: string
  /** -1 non-factual (NFS), 0 unimportant factual (UFS), 1 check-worthy factual (CFS). */
  verdict: -1 | 0 | 1
  /** First sentence of a speaker's turn: the debate's counterpart of a paragraph's first sentence. */
  opensBlock: boolean
}

const CANDIDATES = ['../shared/datasets/claimbuster/train.csv', '../../shared/datasets/claimbuster/train.csv', '/work/shared/datasets/claimbuster/train.csv']

export function findDataset(explicit?: string): string {
  const path = explicit ?? process.env.CLAIMBUSTER_CSV ?? CANDIDATES.find((c) => existsSync(resolve(c)))
  if (!path || !existsSync(resolve(path))) {
    throw new Error(`ClaimBuster train.csv not found; pass its path (npm run train -- PATH) or set CLAIMBUSTER_CSV. Tried: ${CANDIDATES.join(', ')}`)
  }
  return resolve(path)
}

export function loadDebates(path: string): DebateSentence[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true })
  const rows = parsed.data
    .map((r) => ({ id: Number(r.Sentence_id), text: r.Text ?? '', debate: r.File_id.replace(/\.txt$/, ''), speaker: r.Speaker ?? '', verdict: Number(r.Verdict) as -1 | 0 | 1 }))
    .sort((a, b) => (a.debate === b.debate ? a.id - b.id : a.debate < b.debate ? -1 : 1))
  return rows.map((r, i) => ({ ...r, opensBlock: i === 0 || rows[i - 1].debate !== r.debate || rows[i - 1].speaker !== r.speaker }))
}

/** Debates in date order. */
export function debatesOf(sentences: DebateSentence[]): string[] {
  return [...new Set(sentences.map((s) => s.debate))].sort()
}

/**
 * The fixed validation split, chosen by rule before any training run: every fifth debate
 * in date order, starting with the third (5 of 26 debates). These never train a shipped model.
 */
export function validationDebates(debates: string[]): string[] {
  return debates.filter((_, i) => i % 5 === 2)
}

/** Group k-fold over the training debates: debate i (in date order) goes to fold i mod k. */
export function foldOf(debates: string[], k: number): Map<string, number> {
  return new Map(debates.map((d, i) => [d, i % k]))
}
