// Who is reviewing (recorded in every history entry) and where the work is kept.
import type { WorkspaceInfo } from '../../../electron/core/api'
import { STRINGS } from '../strings'

interface Props {
  info: WorkspaceInfo
  reviewerName: string
  onSettings(): void
}

export function WorkspacePanel({ info, reviewerName, onSettings }: Props) {
  return (
    <section className="workspace-panel" aria-label={STRINGS.workspace.label}>
      <p className="workspace-line">
        <span className="label">{STRINGS.settings.reviewerName}</span>{' '}
        <button type="button" className="link-button" onClick={onSettings} title={STRINGS.header.settings}>
          {reviewerName || 'Not set'}
        </button>
      </p>
      <p className="workspace-dir">
        <span className="label">{STRINGS.workspace.label}</span>{' '}
        <button type="button" className="link-button workspace-path" title={STRINGS.workspace.reveal(info.dir)} onClick={() => void window.api.workspace.reveal()}>
          {info.dir}
        </button>
      </p>
    </section>
  )
}
