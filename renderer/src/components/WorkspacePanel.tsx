// Who is reviewing (recorded in every history entry) and where the work is kept.
import type { WorkspaceInfo } from '../../../electron/core/api'
import { t } from '../i18n'

interface Props {
  info: WorkspaceInfo
  reviewerName: string
  onSettings(): void
}

export function WorkspacePanel({ info, reviewerName, onSettings }: Props) {
  return (
    <section className="workspace-panel" aria-label={t('workspace.label')}>
      <p className="workspace-line">
        <span className="label">{t('settings.reviewerName')}</span>{' '}
        <button type="button" className="link-button" onClick={onSettings} title={t('header.settings')}>
          {reviewerName || t('workspace.reviewerNotSet')}
        </button>
      </p>
      <p className="workspace-dir">
        <span className="label">{t('workspace.label')}</span>{' '}
        <button type="button" className="link-button workspace-path" title={t('workspace.reveal', { dir: info.dir })} onClick={() => void window.api.workspace.reveal()}>
          {info.dir}
        </button>
      </p>
    </section>
  )
}
