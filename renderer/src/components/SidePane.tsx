// One side pane of the workbench with its splitter: the pane (with its fold button) or,
// folded, the rail that brings it back. The splitter stands between the pane and the
// centre, so it comes after the left pane and before the right one.
import type { ReactNode } from 'react'
import type { Side } from '../usePaneLayout'
import { PaneRail } from './PaneRail'
import { PaneSplitter } from './PaneSplitter'
import { t } from '../i18n'

const LABELS: Record<Side, { fold: string; unfold: string; resize: string; glyph: string }> = {
  left: { fold: t('panes.foldLeft'), unfold: t('panes.unfoldLeft'), resize: t('panes.resizeLeft'), glyph: '«' },
  right: { fold: t('panes.foldRight'), unfold: t('panes.unfoldRight'), resize: t('panes.resizeRight'), glyph: '»' },
}

interface Props {
  side: Side
  width: number
  folded: boolean
  onResize(width: number): void
  onToggle(): void
  children: ReactNode
}

export function SidePane({ side, width, folded, onResize, onToggle, children }: Props) {
  const labels = LABELS[side]
  const pane = folded ? (
    <PaneRail side={side} label={labels.unfold} onUnfold={onToggle} />
  ) : (
    <div className={`pane pane-${side}`}>
      <button type="button" className="pane-fold" aria-label={labels.fold} title={labels.fold} onClick={onToggle}>
        {labels.glyph}
      </button>
      {children}
    </div>
  )
  const splitter = <PaneSplitter side={side} label={labels.resize} width={width} folded={folded} onResize={onResize} onToggle={onToggle} />
  return side === 'left' ? (
    <>
      {pane}
      {splitter}
    </>
  ) : (
    <>
      {splitter}
      {pane}
    </>
  )
}
