// The pseudo-locale (every message bracketed and accented, a third longer than the English), for
// the specs that run the window in it: pseudo-locale.spec and header-fold.spec (issue 11).
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** A page script that puts the pseudo-locale catalogue where the renderer looks for one to try (i18n/index.ts). */
export function pseudoCatalogueScript(): string {
  const entry = `import { en } from './renderer/src/i18n/en'
import { pseudoCatalogue } from './renderer/src/i18n/__fixtures__/pseudo-locale'
window.__claimdeskCatalogue = { language: 'x-pseudo', translation: pseudoCatalogue(en) }`
  return buildSync({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120' }).outputFiles[0].text
}
