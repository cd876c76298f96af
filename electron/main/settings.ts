// Settings in the main process: the OS theme follows the setting (so the renderer's
// prefers-color-scheme and native dialogs agree), and every change reaches the window.
import { nativeTheme, type BrowserWindow } from 'electron'
import type { SettingsService } from '../services/settings'

export function setupSettings(settings: SettingsService, window: () => BrowserWindow | null): void {
  nativeTheme.themeSource = settings.get().theme
  settings.onChange((changed) => {
    nativeTheme.themeSource = changed.theme
    window()?.webContents.send('event:settings.changed', changed)
  })
}
