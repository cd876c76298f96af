// The reviewer's settings as the renderer sees them. They belong to main (a file in the
// user-data folder, validated and migrated there); the renderer reads them once and sends
// each change as a patch, showing what main saved. Until main offers `settings.*`, the
// values live in memory for the session and the reviewer name goes to the workspace.
import { useCallback, useEffect, useState } from 'react'

export const THEMES = ['system', 'light', 'dark'] as const
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const
export const TEXT_SIZE_SCALE: Record<(typeof TEXT_SIZES)[number], number> = { small: 0.875, medium: 1, large: 1.125, 'x-large': 1.25 }

export interface UiSettings {
  reviewerName: string
  theme: (typeof THEMES)[number]
  textSize: (typeof TEXT_SIZES)[number]
  exportFormat: string
  exportFolder: string | null
  singleKeyShortcuts: boolean
}
export type UiSettingsPatch = Partial<UiSettings>

interface SettingsApi {
  get(): Promise<UiSettings>
  update(patch: UiSettingsPatch): Promise<UiSettings>
}

export const DEFAULT_UI_SETTINGS: UiSettings = {
  reviewerName: '',
  theme: 'system',
  textSize: 'medium',
  exportFormat: 'md',
  exportFolder: null,
  singleKeyShortcuts: true,
}

function settingsApi(): SettingsApi | null {
  const api = (window.api as unknown as { settings?: Partial<SettingsApi> }).settings
  return api?.get && api.update ? (api as SettingsApi) : null
}

export function useSettings(workspaceReviewerName: string | null, setWorkspaceReviewerName: (name: string) => Promise<void>) {
  const [settings, setSettings] = useState<UiSettings | null>(null)
  const persistent = settingsApi() !== null
  useEffect(() => {
    const api = settingsApi()
    if (api) void api.get().then(setSettings, () => setSettings(DEFAULT_UI_SETTINGS))
    else if (workspaceReviewerName !== null) setSettings((s) => s ?? { ...DEFAULT_UI_SETTINGS, reviewerName: workspaceReviewerName })
  }, [workspaceReviewerName])

  const update = useCallback(
    async (patch: UiSettingsPatch) => {
      const api = settingsApi()
      if (api) {
        setSettings(await api.update(patch))
        return
      }
      if (patch.reviewerName !== undefined) await setWorkspaceReviewerName(patch.reviewerName)
      setSettings((s) => ({ ...(s ?? DEFAULT_UI_SETTINGS), ...patch }))
    },
    [setWorkspaceReviewerName],
  )
  return { settings, update, persistent }
}
