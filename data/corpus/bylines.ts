// Reads the byline set of data/corpus/bylines/<lang>/ (session 24): published pages with the author line as printed,
// labelled by reading, half `dev` (to work from) and half `check` (measured before and after, never tuned on); a second
// collection of Spanish and Korean pages (session 24, "bylines2") is split the same way into `dev2` and `check2`.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readLabelledPages } from './load'

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
  /** The headline as printed, '' when the page shows none (`title: none`), undefined when not labelled (session 24). */
  title?: string
}

export const BYLINE_PARTS = ['dev', 'check', 'dev2', 'check2'] as const
export type BylinePart = (typeof BYLINE_PARTS)[number]

export function parseBylineManifest(id: string, language: string, text: string, manifest: string): BylineArticle {
  const field = (name: string): string => {
    const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(manifest)
    if (!m) throw new Error(`${id}: no ${name}: field`)
    return m[1].trim()
  }
  const byline = field('byline')
  const part = field('part')
  if (!(BYLINE_PARTS as readonly string[]).includes(part)) throw new Error(`${id}: part must be one of ${BYLINE_PARTS.join(', ')}, not ${part}`)
  const title = /^title:[ \t]*(.*)$/m.exec(manifest)?.[1].trim()
  return { id, language, text, url: field('url'), outlet: field('outlet'), byline: byline === 'none' || byline === '' ? null : byline, part: part as BylinePart, title: title === undefined ? undefined : title === 'none' ? '' : title }
}

export function loadBylineSet(dir = BYLINE_DIR): BylineArticle[] {
  return readLabelledPages(dir, '.byline', parseBylineManifest)
}
