// The reviewer's settings as the renderer sees them. They belong to main (a file in the
// user-data folder, validated and migrated there): the renderer reads them once, sends
// each change as a patch, shows what main saved, and follows changes made elsewhere
// (the View menu) through `settings.changed`.
import { useCallback, useEffect, useState } from 'react'
import type { AppSettings, SettingsPatch } from '../../../electron/core/settings'

export { DEFAULT_USER_SETTINGS, TEXT_SIZES, TEXT_SIZE_SCALE, THEMES } from '../../../electron/core/settings-values'
export type UiSettings = AppSettings
export type UiSettingsPatch = SettingsPatch

/**
 * `setReviewerName` is the workspace's call: on a host without app settings (the test
 * host) it keeps the name in the workspace, where the audit trail reads it.
 */
export function useSettings(setReviewerName: (name: string) => Promise<void>) {
  const [settings, setSettings] = useState<AppSettings | null>(null)
  useEffect(() => {
    let live = true
    void window.api.settings.get().then((s) => live && setSettings(s))
    const off = window.api.events.on('settings.changed', (payload) => payload && setSettings(payload as AppSettings))
    return () => {
      live = false
      off()
    }
  }, [])

  const update = useCallback(
    async (patch: UiSettingsPatch) => {
      const { reviewerName, ...rest } = patch
      if (reviewerName !== undefined) {
        await setReviewerName(reviewerName)
        setSettings((s) => (s ? { ...s, reviewerName } : s))
      }
      if (!Object.keys(rest).length) return
      // Shown at once (a radio button must not spring back while main saves), then what main saved.
      setSettings((s) => (s ? { ...s, ...(rest as Partial<AppSettings>) } : s))
      try {
        setSettings(await window.api.settings.update(rest))
      } catch {
        setSettings(await window.api.settings.get())
      }
    },
    [setReviewerName],
  )
  return { settings, update }
}

const SKIPPED = 'claimdesk.welcome-skipped'
/** Whether the reviewer skipped the first-start name prompt (a UI preference, kept by the window). */
export function welcomeSkipped(): boolean {
  try {
    return localStorage.getItem(SKIPPED) === '1'
  } catch {
    return false
  }
}
export function rememberWelcomeSkipped(): void {
  try {
    localStorage.setItem(SKIPPED, '1')
  } catch {
    // storage unavailable: the prompt shows again next time, nothing else
  }
}
