// Reads the carry check set (data/corpus/carry-check/<lang>/): published pages labelled by reading in session 25
// (carry3) with the .labels format and the README's rules, before the extractor was run on them. It measures
// sourcing, above all what a sentence with no cue of its own inherits (the carry rules); it is not part of the
// published corpus's table and is never tuned on (measured before and after a change only).
import { join } from 'node:path'
import type { PublishedArticle } from '../../electron/core/extract/published-corpus'
import { CORPUS_DIR, loadPublishedCorpus } from './load'

export const CARRY_CHECK_DIR = join(CORPUS_DIR, 'carry-check')

export function loadCarryCheckSet(dir = CARRY_CHECK_DIR): PublishedArticle[] {
  return loadPublishedCorpus(dir)
}

/**
 * The second carry check set (data/corpus/carry-check2/<lang>/, session 26, carry4): 16 published pages (crime, courts,
 * weather, health, local politics) labelled by reading before the extractor was run on them; scored once before the
 * session's carry changes and once at the end, its misses never read. The first set (above) is spent: it was read.
 */
export const CARRY_CHECK2_DIR = join(CORPUS_DIR, 'carry-check2')

export function loadCarryCheck2Set(dir = CARRY_CHECK2_DIR): PublishedArticle[] {
  return loadPublishedCorpus(dir)
}

/**
 * The third carry check set (data/corpus/carry-check3/{dev,check}/<lang>/, session 27, carry5): 24 published pages
 * (several quoted people, narration between quotes) labelled by reading before the extractor was run on them. `dev`
 * may be read (its misses are sorted into complication classes); `check` is scored once before the session's changes
 * and once at the end, and its misses are never read.
 */
export const CARRY_CHECK3_DIR = join(CORPUS_DIR, 'carry-check3')

export function loadCarryCheck3Set(part: 'dev' | 'check', dir = CARRY_CHECK3_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The fourth carry check set (data/corpus/carry-check4/{dev,check}/<lang>/, session 28, ruko1): 41 published pages
 * (ru 14 and ko 19 pages for Russian and Korean sourcing with the paragraph before each claim, and 8 pages in
 * de/en/es/fr for carry) labelled by reading before the extractor was run on them, split by outlet group. `dev` may be
 * read; `check` is scored once before the session's changes and once at the end, and its misses are never read.
 */
export const CARRY_CHECK4_DIR = join(CORPUS_DIR, 'carry-check4')

export function loadCarryCheck4Set(part: 'dev' | 'check', dir = CARRY_CHECK4_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The fifth carry check set (data/corpus/carry-check5/{dev,check}/<lang>/, session 29, ruko2): 34 published pages (ru 14
 * and ko 11 pages for Russian and Korean sourcing in context; 9 pages in de/en/es/fr for carry: witnesses, neighbours,
 * a sheriff's briefing) labelled by reading before the extractor was run on them, split by outlet or event group with a
 * seeded shuffle (seed 29). `dev` may be read; `check` is scored once before the session's changes and once at the end,
 * and its misses are never read.
 */
export const CARRY_CHECK5_DIR = join(CORPUS_DIR, 'carry-check5')

export function loadCarryCheck5Set(part: 'dev' | 'check', dir = CARRY_CHECK5_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The sixth carry check set (data/corpus/carry-check6/{dev,check}/<lang>/, session 30, ruko3): 32 published pages (ru 9
 * and ko 10 pages for Russian and Korean sourcing in context; es 7 and fr 6 pages of police copy: an office's report over
 * narration, closing attributions, police sources) labelled by reading before the extractor was run on them, split by
 * outlet or event group with a seeded shuffle. `dev` may be read; `check` is scored once before the session's changes and
 * once at the end, and its misses are never read.
 */
export const CARRY_CHECK6_DIR = join(CORPUS_DIR, 'carry-check6')

export function loadCarryCheck6Set(part: 'dev' | 'check', dir = CARRY_CHECK6_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The seventh carry check set (data/corpus/carry-check7/{dev,check}/<lang>/, session 31, ruko4): 40 published pages (ru 14
 * and ko 11 pages for Russian and Korean sourcing in context: press offices, informed sources, residents and witnesses, a
 * suspect's statements relayed by the police; es 8 and fr 7 pages of police copy: sources opening a paragraph, closing
 * attributions, neighbours) labelled by reading before the extractor was run on them, split per language with a seeded
 * shuffle (each page its own group). `dev` may be read; `check` is scored once before the session's changes and once at the
 * end, and its misses are never read.
 */
export const CARRY_CHECK7_DIR = join(CORPUS_DIR, 'carry-check7')

export function loadCarryCheck7Set(part: 'dev' | 'check', dir = CARRY_CHECK7_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The eighth carry check set (data/corpus/carry-check8/{dev,check}/<lang>/, session 32, ruko5): 33 published pages (ru 11 and
 * ko 11 pages for Russian and Korean sourcing in context: press offices, outlets and sources relayed, residents, suspects'
 * statements relayed by the police, two Korean police Q&A pages; es 5 and fr 6 pages of police and fire copy) labelled by
 * reading before the extractor was run on them, split per language by event group with a seeded shuffle. `dev` may be read;
 * `check` is scored once before the session's changes and once at the end, and its misses are never read.
 */
export const CARRY_CHECK8_DIR = join(CORPUS_DIR, 'carry-check8')

export function loadCarryCheck8Set(part: 'dev' | 'check', dir = CARRY_CHECK8_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The ninth carry check set (data/corpus/carry-check9/{dev,check}/<lang>/, session 33, ruko6): 32 published pages (ru 14 and
 * ko 10 pages for Russian and Korean sourcing in context: state agencies (Роспотребнадзор, Гидрометцентр, Росстат, 질병관리청,
 * 기상청, 통계청), a Telegram outlet's own page, a named social-media group, an agency's informed source, withheld Korean surnames;
 * es 4 and fr 4 pages of police copy) labelled by reading before the extractor was run on them, split by host hash
 * (sha1("s33-ruko6:" + host) % 100 < 50 is dev) so that no host feeds both parts. `dev` may be read; `check` is scored once
 * before the session's changes and once at the end, and its misses are never read.
 */
export const CARRY_CHECK9_DIR = join(CORPUS_DIR, 'carry-check9')

export function loadCarryCheck9Set(part: 'dev' | 'check', dir = CARRY_CHECK9_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The tenth carry check set (data/corpus/carry-check10/{dev,check}/<lang>/, session 34, ruko7): 20 published pages (ru 9, ko 6,
 * es 3, fr 2; 141 claims) labelled by reading before the extractor was run on them, split by host hash (sha1("s34-ruko7:" + host)
 * % 100 < 30 is dev) so that no host feeds both parts. `dev` may be read; `check` is scored once before the session's changes and
 * once at the end, and its misses are never read.
 */
export const CARRY_CHECK10_DIR = join(CORPUS_DIR, 'carry-check10')

export function loadCarryCheck10Set(part: 'dev' | 'check', dir = CARRY_CHECK10_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}

/**
 * The eleventh carry check set (data/corpus/carry-check11/{dev,check}/<lang>/, session 35, src14): 18 whole published pages, three per
 * language (de, en, es, fr, ko, ru; local politics, courts, health, sport, business, local planning; 120 claims) labelled by reading
 * before the extractor was run on them, split by host hash (sha1("s35-src14:" + host) % 100 < 35 is dev, the host without "www.") so
 * that no host feeds both parts. `dev` may be read; `check` is scored once before the session's changes and once at the end, and its
 * misses are never read.
 */
export const CARRY_CHECK11_DIR = join(CORPUS_DIR, 'carry-check11')

export function loadCarryCheck11Set(part: 'dev' | 'check', dir = CARRY_CHECK11_DIR): PublishedArticle[] {
  return loadPublishedCorpus(join(dir, part))
}
