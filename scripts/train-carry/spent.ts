// The spent carry check sets as carry-model training data (lead decision, session 32: a fresh set whose check part is spent may
// train a learned model, scored out of fold grouped by outlet/host). Carry sets 1 to 7, both parts; carry-check8 (this session's
// fresh set) is never loaded here. Every article's fold group is the host of its URL, so a page of a host in the tuned corpus and
// a page of the same host in a carry set fall in one fold.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadPublishedCorpus } from '../../data/corpus/load'
import type { PublishedArticle } from '../../electron/core/extract/published-corpus'
import { loadTunedArticles, unitsOf, type CarryUnit } from './dataset'

/** The spent carry sets' folders under data/corpus (carry-check, carry-check2 … carry-check7, dev and check). */
export function spentCarryDirs(corpus: string): string[] {
  const dirs: string[] = []
  for (const name of readdirSync(corpus).sort()) {
    const m = /^carry-check(\d*)$/.exec(name)
    if (!m || Number(m[1] || 1) > 7) continue
    const dir = join(corpus, name)
    if (existsSync(join(dir, 'dev'))) dirs.push(join(dir, 'dev'), join(dir, 'check'))
    else dirs.push(dir)
  }
  return dirs
}

/** The host of an article's URL ("www.", "m." dropped), else its outlet: the fold group. */
export function hostOf(a: PublishedArticle): string {
  try {
    return new URL(a.url).hostname.replace(/^(?:www\d*|m|mobile|m2)\./, '')
  } catch {
    return a.outlet
  }
}

/** The spent sets' articles, ids prefixed with their folder, each article's outlet replaced by its host (the fold group). */
export function loadSpentCarryArticles(corpus: string): PublishedArticle[] {
  return spentCarryDirs(corpus).flatMap((dir) => loadPublishedCorpus(dir).map((a) => ({ ...a, id: `${dir.slice(corpus.length + 1)}/${a.id}`, outlet: hostOf(a) })))
}

/** Tuned articles and, with `spent`, the spent carry sets' too; every outlet replaced by its host (folds by host). */
export function loadCarryUnitsByHost(corpus: string, spent: boolean): { articles: PublishedArticle[]; units: (CarryUnit & { spent: boolean })[] } {
  const tuned = loadTunedArticles(corpus).map((a) => ({ ...a, outlet: hostOf(a) }))
  const extra = spent ? loadSpentCarryArticles(corpus) : []
  const units = [...tuned.flatMap((a) => unitsOf(a).map((u) => ({ ...u, spent: false }))), ...extra.flatMap((a) => unitsOf(a).map((u) => ({ ...u, spent: true })))]
  return { articles: [...tuned, ...extra], units }
}
