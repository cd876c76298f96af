// Native dialogs for work that is not on disk: at quit (the questions come from
// services/quit-check) and when the workspace lock is lost (services/lock-keeper decides;
// this only shows it and passes Try again back).
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron'
import type { LockLostState } from '../core/api'
import type { QuitUi } from '../services/quit-check'
import type { WorkspaceSession } from '../services/workspace-session'
import { mt } from './i18n'

async function messageBox(window: BrowserWindow | null, options: MessageBoxOptions): Promise<number> {
  const { response } = window && !window.isDestroyed() ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
  return response
}

export function quitDialogs(window: () => BrowserWindow | null): QuitUi {
  return {
    async ask(prompt) {
      const { choices, message, detail, buttons, ...options } = prompt
      const words = { message: mt(message.code, message.values), detail: mt(detail.code, detail.values), buttons: buttons.map((b) => mt(b.code, b.values)) }
      const response = await messageBox(window(), { type: 'warning', noLink: true, ...words, ...options })
      return choices[response] ?? 'stay'
    },
    async chooseCopyPath(suggestedName) {
      const options = { title: mt('dialog.saveCopyTitle'), defaultPath: suggestedName, filters: [{ name: mt('dialog.claimdeskExport'), extensions: ['json'] }] }
      const owner = window()
      const result = owner && !owner.isDestroyed() ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}

/** Tells the reviewer the lock was lost; while another process holds it, offers Try again. */
export function presentLockLost(session: WorkspaceSession, window: () => BrowserWindow | null): void {
  let showing = false
  const show = async (state: LockLostState): Promise<void> => {
    if (state.retaken || showing) return // taken back at once: nothing to ask (the renderer still hears it)
    showing = true
    try {
      let current = state
      while (!current.retaken) {
        const response = await messageBox(window(), {
          type: 'warning',
          noLink: true,
          message: mt('dialog.lockLost'),
          detail: `${current.text ? mt(current.text.code, current.text.values) : current.message}${current.unsaved ? `\n\n${current.unsaved.text ? mt('error.sentence', { text: current.unsaved.text }) : `${current.unsaved.message}.`}` : ''}`,
          buttons: [mt('dialog.tryAgain'), mt('dialog.later')],
          defaultId: 0,
          cancelId: 1,
        })
        if (response !== 0) return
        current = await session.current.retakeLock()
      }
    } finally {
      showing = false
    }
  }
  session.onLockLost((state) => void show(state))
}
