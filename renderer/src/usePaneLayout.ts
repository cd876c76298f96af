// The workbench's three panes: the side panes have a width the reviewer drags (or sets
// with the arrow keys) and can be folded to a narrow rail. Widths are clamped so the
// article keeps a readable column at the window's 960 px minimum.
import { useCallback, useEffect, useState } from 'react'

export type Side = 'left' | 'right'
export interface PaneState {
  width: number
  folded: boolean
}

export const PANE_LIMITS: Record<Side, { min: number; max: number }> = { left: { min: 200, max: 520 }, right: { min: 260, max: 620 } }
/** The article column never gets narrower than this while a side pane is being widened. */
const MIN_CENTRE = 340
const RAIL = 36

function defaults(viewport: number): Record<Side, PaneState> {
  return {
    left: { width: Math.round(Math.min(380, Math.max(220, viewport * 0.22))), folded: false },
    right: { width: Math.round(Math.min(460, Math.max(280, viewport * 0.26))), folded: false },
  }
}

export function usePaneLayout() {
  const [viewport, setViewport] = useState(() => window.innerWidth)
  const [chosen, setPanes] = useState<Record<Side, PaneState & { set?: boolean }>>(() => defaults(window.innerWidth))
  // A width the reviewer never set follows the window (960 px then maximised to 2560 px).
  const fallback = defaults(viewport)
  const panes: Record<Side, PaneState> = {
    left: { folded: chosen.left.folded, width: chosen.left.set ? chosen.left.width : fallback.left.width },
    right: { folded: chosen.right.folded, width: chosen.right.set ? chosen.right.width : fallback.right.width },
  }
  useEffect(() => {
    const onResize = () => setViewport(window.innerWidth)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])

  const shown = (side: Side) => (panes[side].folded ? RAIL : fit(side))
  // A pane is as wide as asked, but leaves the article its minimum (the other pane counted as it is shown).
  function fit(side: Side): number {
    const other = side === 'left' ? 'right' : 'left'
    const otherWidth = panes[other].folded ? RAIL : Math.min(panes[other].width, PANE_LIMITS[other].max)
    const room = viewport - otherWidth - MIN_CENTRE - 12
    return Math.max(PANE_LIMITS[side].min, Math.min(panes[side].width, PANE_LIMITS[side].max, room))
  }

  const resize = useCallback((side: Side, width: number) => {
    const { min, max } = PANE_LIMITS[side]
    setPanes((p) => ({ ...p, [side]: { folded: false, set: true, width: Math.round(Math.max(min, Math.min(max, width))) } }))
  }, [])
  const toggle = useCallback((side: Side) => setPanes((p) => ({ ...p, [side]: { ...p[side], folded: !p[side].folded } })), [])

  return {
    panes,
    resize,
    toggle,
    width: { left: fit('left'), right: fit('right') },
    columns: `${shown('left')}px 6px minmax(0, 1fr) 6px ${shown('right')}px`,
  }
}
