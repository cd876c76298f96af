// Caches the workers keep under .claimdesk (the search and related indexes) are rebuilt
// from the article files: a workspace kept under git should not carry them.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Adds `name` to the folder's .gitignore when it is not listed yet (best effort: a cache, not data). */
export function ignoreInGit(dir: string, name: string): void {
  const path = join(dir, '.gitignore')
  let current = ''
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    /* none yet */
  }
  if (current.split(/\r?\n/).includes(name)) return
  try {
    writeFileSync(path, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${name}\n`)
  } catch {
    /* not writable: harmless */
  }
}
