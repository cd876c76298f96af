// Settings: reviewer name, theme, text size, export defaults, single-key shortcuts.
// Each change is sent at once as a patch; what main saved is what the dialog shows.
import { useEffect, useId, useRef } from 'react'
import { EXPORT_FORMATS } from '../export-formats'
import { TEXT_SIZES, THEMES, type UiSettings, type UiSettingsPatch } from '../settings/useSettings'
import { CommitField } from './fields'
import { ExportFolderField } from '../features/ExportFolderField'
import { PublisherFields } from '../features/PublisherFields'
import { t } from '../i18n'

interface Props {
  settings: Pick<UiSettings, 'reviewerName' | 'theme' | 'textSize' | 'exportFormat' | 'exportFolder' | 'singleKeyShortcuts'>
  onChange(patch: UiSettingsPatch): void
  onClose(): void
}

export function SettingsDialog({ settings, onChange, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const ids = { theme: useId(), size: useId(), format: useId(), keys: useId(), keysHint: useId() }
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <div className="settings-body">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <CommitField label={t('settings.reviewerName')} value={settings.reviewerName} placeholder={t('settings.reviewerPlaceholder')} onCommit={(v) => onChange({ reviewerName: v.trim() })} />
        <fieldset className="settings-group">
          <legend>{t('settings.theme')}</legend>
          {THEMES.map((theme) => (
            <label key={theme}>
              <input type="radio" name={ids.theme} checked={settings.theme === theme} onChange={() => onChange({ theme })} /> {t(`settings.themes.${theme}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.size}>{t('settings.textSize')}</label>
          <select id={ids.size} value={settings.textSize} onChange={(e) => onChange({ textSize: e.target.value as UiSettings['textSize'] })}>
            {TEXT_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`settings.textSizes.${size}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.format}>{t('settings.exportFormat')}</label>
          <select id={ids.format} value={settings.exportFormat} onChange={(e) => onChange({ exportFormat: e.target.value as UiSettings['exportFormat'] })}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <ExportFolderField folder={settings.exportFolder} onChosen={(saved) => onChange({ exportFolder: saved.exportFolder })} onReset={() => onChange({ exportFolder: null })} />
        <PublisherFields />
        <div className="settings-check">
          <input
            id={ids.keys}
            type="checkbox"
            checked={settings.singleKeyShortcuts}
            aria-describedby={ids.keysHint}
            onChange={(e) => onChange({ singleKeyShortcuts: e.target.checked })}
          />
          <label htmlFor={ids.keys}>{t('settings.singleKeys')}</label>
          <p id={ids.keysHint} className="hint">
            {t('settings.singleKeysHint')}
          </p>
        </div>
      </div>
      <form method="dialog" className="dialog-actions">
        <button type="submit" autoFocus>
          {t('settings.close')}
        </button>
      </form>
    </dialog>
  )
}
