// Reads the labelled published articles of data/corpus/<lang>/ (text + labels) for the test and the benchmark.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseLabels, type PublishedArticle } from '../../electron/core/extract/published-corpus'

export const CORPUS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '.')

/**
 * Every labelled page under `dir`: one folder per language (two letters), each page a text `<id>.txt` beside its
 * label file `<id><ext>`, read in name order and handed to `parse` with its id "<lang>/<id>".
 */
export function readLabelledPages<T>(dir: string, ext: string, parse: (id: string, language: string, text: string, labels: string) => T): T[] {
  const pages: T[] = []
  if (!existsSync(dir)) return pages
  for (const language of readdirSync(dir).sort()) {
    if (!/^[a-z]{2}$/.test(language)) continue
    for (const file of readdirSync(join(dir, language)).sort()) {
      if (!file.endsWith(ext)) continue
      const id = file.slice(0, -ext.length)
      const text = readFileSync(join(dir, language, `${id}.txt`), 'utf8')
      pages.push(parse(`${language}/${id}`, language, text, readFileSync(join(dir, language, file), 'utf8')))
    }
  }
  return pages
}

export function loadPublishedCorpus(dir = CORPUS_DIR): PublishedArticle[] {
  return readLabelledPages(dir, '.labels', parseLabels)
}

/**
 * Each labelled line's span on its page: from its key to the next key. Keys are searched in order, as a label file
 * lists them, so a key that also occurs earlier (a headline repeated in the body) is found where it is labelled.
 */
export function locateKeys<L extends { key: string }>(page: { id: string; text: string; lines: L[] }): { line: L; start: number; end: number }[] {
  const out: { line: L; start: number; end: number }[] = []
  let cursor = 0
  for (const line of page.lines) {
    const at = page.text.indexOf(line.key, cursor)
    if (at < 0) throw new Error(`${page.id}: key not found in order: ${line.key}`)
    if (out.length) out[out.length - 1].end = at
    out.push({ line, start: at, end: page.text.length })
    cursor = at + line.key.length
  }
  return out
}

/**
 * A label file read as its `name: value` head and its label lines (blank and `#` lines dropped), split at `---`. `field`
 * throws, naming the page, when the head lacks a required field.
 */
export function readLabelFile(id: string, file: string): { field: (name: string) => string; lines: string[] } {
  const [head, body = ''] = file.split(/^---$/m)
  const field = (name: string): string => {
    const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(head)
    if (!m) throw new Error(`${id}: no ${name}: field`)
    return m[1].trim()
  }
  const lines = body.split('\n').map((raw) => raw.trimEnd()).filter((line) => line.trim() && !line.startsWith('#'))
  return { field, lines }
}
