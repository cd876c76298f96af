// From article text to claims: extraction, anchors and stable ids. Runs inline for
// ordinary articles and in a worker thread for large ones (see buildClaimsOffThread).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { claimFromExtraction } from '../core/claims'
import { extract, type Extraction } from '../core/extract'
import { warmUpSteps } from '../core/extract/warm-up'
import type { Claim } from '../core/schema'
import { extractedClaimId } from './ids'

export interface BuildClaimsInput {
  text: string
  hash: string
  at: string
  language?: string
  /** Lines other articles of the workspace also hold (core/extract `repeatedLinesIn`): page chrome. */
  repeatedLines?: readonly string[]
}

export interface BuiltClaims {
  extraction: Omit<Extraction, 'claims'>
  claims: Claim[]
}

export type ImportStage = 'finding claims' | 'anchoring claims' | 'saving'

/** Above this size extraction moves to a worker thread (a few hundred ms of work inline). */
export const OFF_THREAD_CHARS = 512 * 1024

export function buildClaims(input: BuildClaimsInput, onStage: (stage: ImportStage) => void = () => undefined): BuiltClaims {
  onStage('finding claims')
  const { claims: extracted, ...extraction } = extract(input.text, {
    ...(input.language ? { language: input.language } : {}),
    ...(input.repeatedLines?.length ? { repeatedLines: new Set(input.repeatedLines) } : {}),
  })
  onStage('anchoring claims')
  const language = input.language ?? extraction.meta.language
  const claims = extracted.map((c) => claimFromExtraction(input.text, c, extractedClaimId(input.hash, c.start, c.end), input.at, language))
  return { extraction, claims }
}

let configuredWorker: URL | null = null

/** The built app tells where electron-vite put the worker bundle (next to the main bundle). */
export function configureExtractWorker(url: URL): void {
  configuredWorker = url
}

/** The ESM entry of tsx's API (its CommonJS twin cannot register hooks in a worker). */
export function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json')
  const entry = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'].import.default
  return pathToFileURL(join(dirname(manifest), entry)).href
}

function startWorker(): Worker {
  if (configuredWorker) return new Worker(configuredWorker)
  // From the sources (tests, the e2e fixture) the worker is TypeScript: register tsx in the
  // thread first (execArgv --import is not honoured for workers on Node 20). tsx is given by
  // absolute URL: an eval'd worker resolves bare names from the current folder, not from here.
  const source = new URL('./extract-worker.ts', import.meta.url).href
  const tsx = tsxEsmApi()
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}) })`, { eval: true })
}

export function buildClaimsOffThread(input: BuildClaimsInput, onStage: (stage: ImportStage) => void = () => undefined): Promise<BuiltClaims> {
  if (input.text.length < OFF_THREAD_CHARS) return Promise.resolve(buildClaims(input, onStage))
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = startWorker()
    } catch {
      resolve(buildClaims(input, onStage)) // no worker support: still correct, only slower to respond
      return
    }
    let settled = false
    const finish = (run: () => void) => {
      if (settled) return
      settled = true
      void worker.terminate()
      run()
    }
    worker.on('message', (message: { type: 'progress'; stage: ImportStage } | { type: 'done'; result: BuiltClaims } | { type: 'error'; message: string }) => {
      if (message.type === 'progress') onStage(message.stage)
      else if (message.type === 'done') finish(() => resolve(message.result))
      else finish(() => reject(new Error(message.message)))
    })
    worker.on('error', (error) => finish(() => reject(error)))
    worker.on('exit', (code) => finish(() => reject(new Error(`The extraction worker stopped (exit code ${code}).`))))
    worker.postMessage(input)
  })
}

/**
 * Pays the extractor's first-run cost (core/extract/warm-up) one language pack per macrotask, so no
 * call from the window waits behind more than one step (~100 ms). Returns a promise that settles
 * when every step has run, and a cancel for quitting before it ends.
 */
export function warmUpExtractor(steps: Array<() => void> = warmUpSteps()): { done: Promise<void>; cancel: () => void } {
  steps = [...steps]
  let cancelled = false
  const done = new Promise<void>((resolve) => {
    const next = (): void => {
      const step = steps.shift()
      if (cancelled || !step) return resolve()
      try {
        step()
      } catch {
        // a warm-up failure costs speed only: the import that follows reports any real error
      }
      setImmediate(next)
    }
    setImmediate(next)
  })
  return { done, cancel: () => void (cancelled = true) }
}
