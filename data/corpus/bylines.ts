// Reads the byline set of data/corpus/bylines/<lang>/: published pages with the author line as printed, labelled by
// reading. Session 24 collected 75 pages in four parts (dev / check, then dev2 / check2 for Spanish and Korean); their
// check parts were spent (measured twice, misses seen), so session 25 folded all four into `dev` (to work from; each
// manifest's `was:` keeps the old part) and collected a fresh `check3` (measured before and after only, never read for
// rules). Session 26 (bylines5) collected `check4`: 43 new pages weighted to Spanish and Korean, labelled and committed
// before the extractor ran on them; scored before the session's byline work and once at its end, misses never printed.
// Session 27 (bylines6): check4 is spent (scored twice), so its misses are now read as dev (the part keeps its name);
// a fresh set of 45 pages weighted to es, fr, de, en and ru, split by a seeded shuffle into `dev5` (read) and `check5`
// (scored once before and once at the end, misses never printed), labelled and committed before the extractor ran on it.
// Session 28 (bylines7): check5 is spent (scored twice) and read as dev; a fresh set of 42 pages in six languages, split
// by a seeded shuffle into `dev6` (read) and `check6` (scored once before and once at the end, misses never printed).
// Session 29 (bylines8): check6 is spent (scored twice) and read as dev; a fresh set of 45 pages in six languages (es
// and ko weighted), split by a seeded shuffle into `dev7` (read) and `check7` (scored once before and once at the end,
// misses never printed).
// Session 30 (bylines9): check7 is spent (scored twice) and read as dev; a fresh set of 53 pages in six languages (es,
// ko and ru weighted), split by a seeded shuffle into `dev8` (read) and `check8` (scored once before and once at the
// end, misses never printed).
// Session 31 (bylines10): check8 is spent (scored twice) and read as dev; a fresh set of 60 pages in six languages (es,
// ko and ru weighted), split by a seeded shuffle into `dev9` (read) and `check9` (scored once before and once at the
// end, misses never printed).
// Session 32 (bylines11): check9 is spent (scored twice) and read as dev; a fresh set of 59 pages in six languages (es
// and ko weighted), split by a seeded shuffle into `dev10` (read) and `check10` (scored once before and once at the end,
// misses never printed).
// Session 33 (bylines12): check10 is spent (scored twice) and read as dev; a fresh set of 58 pages in six languages (es
// and ko weighted), split by host (sha1("s33-bylines12:" + host) % 100 < 33, host without "www.") into `dev11` (read)
// and `check11` (scored once before and once at the end, misses never printed), so that no host feeds both.
// Session 34 (bylines13): check11 is spent (scored twice) and read as dev; a fresh set of 41 pages in six languages (es
// and ko weighted), split by host (sha1("s34-bylines13:" + host) % 100 < 35, host without "www.") into `dev12` (read)
// and `check12` (scored once before and once at the end, misses never printed).
// Session 35 (bylines14): check12 is spent (scored twice) and read as dev; a fresh set of 59 pages in six languages (es
// and ko weighted), split by host (sha1("s35-bylines14:" + host) % 100 < 35, host without "www.") into `dev13` (read)
// and `check13` (scored once before and once at the end, misses never printed).
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readLabelFile, readLabelledPages } from './load'

export const BYLINE_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), 'bylines')

export interface BylineArticle {
  /** "<lang>/<id>" */
  id: string
  language: string
  text: string
  url: string
  outlet: string
  /** The author as printed (without By/Von/Par/Por, 기자, brackets or e-mail), or null when the page prints none. */
  byline: string | null
  part: BylinePart
  /** The part a page had before session 25 folded session 24's parts into `dev` ('dev', 'check', 'dev2', 'check2'). */
  was?: string
  /** The headline as printed, '' when the page shows none (`title: none`), undefined when not labelled (session 24). */
  title?: string
}

export const BYLINE_PARTS = ['dev', 'check3', 'check4', 'dev5', 'check5', 'dev6', 'check6', 'dev7', 'check7', 'dev8', 'check8', 'dev9', 'check9', 'dev10', 'check10', 'dev11', 'check11', 'dev12', 'check12', 'dev13', 'check13'] as const
export type BylinePart = (typeof BYLINE_PARTS)[number]

export function parseBylineManifest(id: string, language: string, text: string, manifest: string): BylineArticle {
  const { field } = readLabelFile(id, manifest)
  const byline = field('byline')
  const part = field('part')
  if (!(BYLINE_PARTS as readonly string[]).includes(part)) throw new Error(`${id}: part must be one of ${BYLINE_PARTS.join(', ')}, not ${part}`)
  const title = /^title:[ \t]*(.*)$/m.exec(manifest)?.[1].trim()
  const was = /^was:[ \t]*(\S+)/m.exec(manifest)?.[1]
  return { id, language, text, url: field('url'), outlet: field('outlet'), byline: byline === 'none' || byline === '' ? null : byline, part: part as BylinePart, was, title: title === undefined ? undefined : title === 'none' ? '' : title }
}

/**
 * The byline set's pages of the given parts. By default only `dev` (session 24's 75 pages, which furniture labels and
 * other tools read): `check3`, `check4`, `dev5` and `check5` must be asked for by name (`check3` and `check5` are
 * measured, never read for rules).
 */
export function loadBylineSet(dir = BYLINE_DIR, parts: readonly BylinePart[] = ['dev']): BylineArticle[] {
  return readLabelledPages(dir, '.byline', parseBylineManifest).filter((a) => parts.includes(a.part))
}
