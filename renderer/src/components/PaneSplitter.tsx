// A focusable splitter between panes (WAI-ARIA window splitter): drag it, or focus it
// and use ←/→ (Shift: larger steps), Enter folds or unfolds the pane.
import { useRef } from 'react'
import { PANE_LIMITS, type Side } from '../usePaneLayout'

interface Props {
  side: Side
  label: string
  width: number
  folded: boolean
  onResize(width: number): void
  onToggle(): void
}

export function PaneSplitter({ side, label, width, folded, onResize, onToggle }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null)
  // Dragging right widens the left pane and narrows the right one.
  const sign = side === 'left' ? 1 : -1
  return (
    <div
      className="pane-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={PANE_LIMITS[side].min}
      aria-valuemax={PANE_LIMITS[side].max}
      aria-valuenow={folded ? PANE_LIMITS[side].min : width}
      tabIndex={0}
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, width }
        e.currentTarget.setPointerCapture(e.pointerId)
      }}
      onPointerMove={(e) => {
        if (drag.current) onResize(drag.current.width + sign * (e.clientX - drag.current.x))
      }}
      onPointerUp={() => {
        drag.current = null
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 64 : 16
        if (e.key === 'ArrowLeft') onResize(width - sign * step)
        else if (e.key === 'ArrowRight') onResize(width + sign * step)
        else if (e.key === 'Enter') onToggle()
        else return
        e.preventDefault()
        e.stopPropagation()
      }}
    />
  )
}
