// Reads the labelled published articles of data/corpus/<lang>/ (text + labels) for the test and the benchmark.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseLabels, type PublishedArticle } from '../../electron/core/extract/published-corpus'

export const CORPUS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '.')

export function loadPublishedCorpus(dir = CORPUS_DIR): PublishedArticle[] {
  const articles: PublishedArticle[] = []
  for (const language of readdirSync(dir).sort()) {
    if (!/^[a-z]{2}$/.test(language)) continue
    for (const file of readdirSync(join(dir, language)).sort()) {
      if (!file.endsWith('.labels')) continue
      const id = file.replace(/\.labels$/, '')
      const text = readFileSync(join(dir, language, `${id}.txt`), 'utf8')
      articles.push(parseLabels(`${language}/${id}`, language, text, readFileSync(join(dir, language, file), 'utf8')))
    }
  }
  return articles
}
