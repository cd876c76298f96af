// Who is reviewing (recorded in every history entry) and where the work is kept.
import type { WorkspaceInfo } from '../../../electron/core/api'
import { CommitField } from './fields'

interface Props {
  info: WorkspaceInfo
  onReviewerName(name: string): void
}

export function WorkspacePanel({ info, onReviewerName }: Props) {
  return (
    <section className="workspace-panel" aria-label="Workspace">
      <CommitField
        label="Reviewer name"
        value={info.settings.reviewerName}
        placeholder="Your name, recorded with every change"
        onCommit={onReviewerName}
      />
      <p className="workspace-dir" title={info.dir}>
        Workspace: {info.dir}
      </p>
    </section>
  )
}
