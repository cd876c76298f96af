// Quitting with changes that could not be saved (issue 15.1): never silently. What is
// pending is written; unsaved changes are tried again a few times (an antivirus or a sync
// tool lets go of a file within seconds); if some still cannot be written the reviewer is
// asked, naming the articles and why: try again, save a copy (a Claimdesk export that
// `claimdesk merge` or the app's Merge brings back), keep Claimdesk open, or quit and lose them.
// The rule lives here; electron/main only shows the dialog this returns.
import type { UnsavedState } from '../core/api'
import { ClaimdeskError } from '../core/errors'
import { message, type Message } from '../core/messages'
import { renderJson } from '../core/report/json'
import type { ArticleFile } from '../core/schema'
import { writeFileAtomic } from '../store/durable-file'
import type { Workspace } from './workspace'

export type QuitChoice = 'retry' | 'save-copy' | 'stay' | 'discard'

/** A question for the reviewer, in the shape of Electron's message box; its words are codes main translates. */
export interface QuitPrompt {
  message: Message
  detail: Message
  buttons: Message[]
  /** The choice behind each button, in order. */
  choices: QuitChoice[]
  defaultId: number
  cancelId: number
}

export interface QuitUi {
  ask(prompt: QuitPrompt): Promise<QuitChoice>
  /** Where to save the copy (a save dialog); null when cancelled. */
  chooseCopyPath(suggestedName: string): Promise<string | null>
}

export interface QuitOptions {
  /** Waits between the automatic retries before asking (ms). */
  retryDelays?: readonly number[]
  sleep?: (ms: number) => Promise<void>
  now?: () => Date
}

/** Automatic retries before asking: about 3 s in all, as long as a quit may reasonably take. */
export const QUIT_RETRY_DELAYS = [250, 750, 2000] as const

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function quitPrompt(unsaved: UnsavedState, articles: { title: string }[], problem: Message | null = null): QuitPrompt {
  const count = unsaved.count
  const titles = articles.map((a) => `“${a.title}”`).join(', ')
  const why = unsaved.why ?? unsaved.message.replace(/^\d+ changes? not saved: /, '')
  const detail = message(count === 1 ? 'quit.detailOne' : 'quit.detailMany', { titles, why })
  return {
    message: message('quit.title', { count }),
    detail: problem ? message('quit.afterProblem', { problem, detail }) : detail,
    buttons: [message('quit.tryAgain'), message('quit.saveCopy'), message('quit.stay'), message('quit.discard')],
    choices: ['retry', 'save-copy', 'stay', 'discard'],
    defaultId: 0,
    cancelId: 2,
  }
}

/** Writes the unsaved articles, as they are in memory, to a Claimdesk export at `path`. */
export async function saveUnsavedCopy(ws: Workspace, path: string, exportedAt: string): Promise<number> {
  const files = ws
    .unsavedArticles()
    .map((a) => ws.getArticleIfPresent(a.id))
    .filter((f): f is ArticleFile => f !== undefined)
  await writeFileAtomic(path, renderJson(files, exportedAt))
  return files.length
}

async function closeIgnoringUnsaved(ws: Workspace): Promise<void> {
  await ws.close().catch((error: unknown) => {
    if (!(error instanceof ClaimdeskError && error.code === 'not-saved')) throw error
  })
}

/**
 * Saves what is pending and closes the workspace. Resolves true when the app may quit
 * (everything saved; or the reviewer saved a copy, or chose to quit without saving),
 * false when the reviewer chose to keep Claimdesk open (the workspace stays open).
 */
export async function closeForQuit(ws: Workspace, ui: QuitUi, options: QuitOptions = {}): Promise<boolean> {
  const delays = options.retryDelays ?? QUIT_RETRY_DELAYS
  const sleep = options.sleep ?? sleepMs
  let problem: Message | null = null
  for (;;) {
    let unsaved = await ws.saveAll()
    for (const delay of delays) {
      if (!unsaved) break
      await sleep(delay)
      unsaved = await ws.saveAll()
    }
    if (!unsaved) {
      await ws.close()
      return true
    }
    const choice = await ui.ask(quitPrompt(unsaved, ws.unsavedArticles(), problem))
    problem = null
    if (choice === 'stay') return false
    if (choice === 'discard') {
      await closeIgnoringUnsaved(ws)
      return true
    }
    if (choice === 'save-copy') {
      const stamp = (options.now ?? (() => new Date()))().toISOString()
      const path = await ui.chooseCopyPath(`claimdesk-unsaved-${stamp.slice(0, 19).replace(/[:T]/g, '-')}.json`)
      if (!path) continue
      try {
        await saveUnsavedCopy(ws, path, stamp)
      } catch (error) {
        problem = message('quit.copyFailed', { path, detail: (error as Error).message.split('\n')[0] })
        continue
      }
      await closeIgnoringUnsaved(ws)
      return true
    }
    // retry: round again (the automatic retries too)
  }
}
