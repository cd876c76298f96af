// Settings > Default export folder: shown, chosen in main's native folder dialog (checked
// there: it exists and can be written to), or reset to the OS default.
import type { AppSettings } from '../../../electron/core/settings'
import { ActionError, useAction } from '../useAction'
import { t } from '../i18n'

interface Props {
  folder: string | null
  /** Main saved the chosen folder: show it. */
  onChosen(settings: AppSettings): void
  onReset(): void
}

export function ExportFolderField({ folder, onChosen, onReset }: Props) {
  const { busy, error, run } = useAction()
  return (
    <div className="field export-folder">
      <p className="export-folder-title" id="export-folder-label">
        {t('settings.exportFolder')}
      </p>
      <p className="export-folder-path" aria-labelledby="export-folder-label">
        {folder ?? t('settings.exportFolderNone')}
      </p>
      <div className="export-folder-actions">
        <button
          type="button"
          aria-label={t('exportFolder.chooseLabel', { field: t('settings.exportFolder'), action: t('exportFolder.choose') })}
          disabled={busy}
          onClick={() =>
            run(async () => {
              const saved = await window.api.settings.chooseExportFolder()
              if (saved) onChosen(saved)
            })
          }
        >
          {t('exportFolder.choose')}
        </button>
        {folder && (
          <button type="button" onClick={onReset}>
            {t('exportFolder.useDefault')}
          </button>
        )}
      </div>
      <ActionError error={error} />
    </div>
  )
}
