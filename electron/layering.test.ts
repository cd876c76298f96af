// The layering rule (vscode-style): code may only import from the layers below it.
//   core      pure domain: no node:, no electron, no store/services/main
//   store     may use core and node, never electron
//   services  may use core, store and node, never electron
//   renderer  may use core only (and its own files, react)
// A wrong import fails this test, so the architecture cannot drift silently.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2])
}

const RULES: { layer: string; forbidden: RegExp; why: string }[] = [
  { layer: 'electron/core', forbidden: /^(node:|electron$|fs$|path$|crypto$)|\/(store|services|main|preload|cli)\//, why: 'core is pure and runs in the browser too' },
  { layer: 'electron/store', forbidden: /^electron$|\/(services|main|preload|cli)\//, why: 'the store runs without Electron' },
  { layer: 'electron/services', forbidden: /^electron$|\/(main|preload|cli)\//, why: 'services run without Electron (CLI, tests)' },
  { layer: 'electron/preload', forbidden: /^node:|\/(store|services|main|cli)\//, why: 'the preload is sandboxed' },
  { layer: 'renderer/src', forbidden: /^(node:|electron$)|electron\/(store|services|main|preload|cli)\//, why: 'the renderer talks to main only through window.api' },
]

describe('layering', () => {
  for (const rule of RULES) {
    it(`${rule.layer}: ${rule.why}`, () => {
      const offences = sources(join(root, rule.layer)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => rule.forbidden.test(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      )
      expect(offences).toEqual([])
    })
  }

  it('the renderer page carries the same CSP as the main process sets', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('./main/window')
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    // frame-ancestors is ignored in a <meta> policy, so the page omits it.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''))
  })
})
