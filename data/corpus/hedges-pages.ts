// Reads the whole-page hedge set (data/corpus/hedges-pages-s35/{dev,check}/<lang>/, session 35, hedges13): published pages
// labelled line by line in the .labels format (C/N/F, sourcing, hedge) by reading, before the extractor ran on them. It
// measures hedges the way the held-out part is scored (extract() on the whole page, the hedge of the claim holding each
// labelled sentence), where the sentence-level hedge sets (data/corpus/hedges/) no longer tell changes apart. Split by host:
// `dev` may be read; `check` is scored before and after a change, counts only.
import { join } from 'node:path'
import type { PublishedArticle } from '../../electron/core/extract/published-corpus'
import { CORPUS_DIR, loadPublishedCorpus } from './load'

export const HEDGE_PAGES_S35_DIR = join(CORPUS_DIR, 'hedges-pages-s35')

export function loadHedgePagesS35(part: 'dev' | 'check', dir = HEDGE_PAGES_S35_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}
