// What a folded pane leaves: a rail with one button that brings it back.
export function PaneRail({ label, side, onUnfold }: { label: string; side: 'left' | 'right'; onUnfold(): void }) {
  return (
    <div className={`pane-rail pane-rail-${side}`}>
      <button type="button" aria-label={label} title={label} onClick={onUnfold}>
        {side === 'left' ? '»' : '«'}
      </button>
    </div>
  )
}
