// The window comes back where the reviewer left it: size, position and maximised state.
// When the display it was on is gone (a laptop off its dock), it is brought back onto a
// display that is there. The placement rule is a pure function, tested without Electron.
import type { WindowState } from '../core/settings'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface Placement {
  /** Undefined x/y: let the OS centre the window. */
  bounds: Partial<Rect> & { width: number; height: number }
  maximized: boolean
}

/** How much of the window must show on a display (title bar and some) for it to count as on screen. */
const MIN_VISIBLE = { width: 120, height: 60 }

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

/**
 * Where to open the window. `workAreas` are the displays' work areas, the primary first.
 * Kept as saved when enough of it shows on some display (shrunk to fit that display);
 * otherwise centred on the primary display, no larger than it.
 */
export function restoreWindowPlacement(saved: WindowState | null, workAreas: Rect[], defaults: { width: number; height: number }, minimum: { width: number; height: number }): Placement {
  const primary = workAreas[0]
  if (!saved || !primary) return { bounds: fit(defaults, primary, minimum), maximized: false }
  const home = workAreas.find((area) => {
    const shown = overlap(saved, area)
    return shown.width >= Math.min(MIN_VISIBLE.width, saved.width) && shown.height >= Math.min(MIN_VISIBLE.height, saved.height)
  })
  if (home) {
    const size = fit(saved, home, minimum)
    return {
      bounds: { ...size, x: clamp(saved.x, home.x, home.x + home.width - size.width), y: clamp(saved.y, home.y, home.y + home.height - size.height) },
      maximized: saved.maximized,
    }
  }
  const size = fit(saved, primary, minimum)
  return {
    bounds: { ...size, x: Math.round(primary.x + (primary.width - size.width) / 2), y: Math.round(primary.y + (primary.height - size.height) / 2) },
    maximized: saved.maximized,
  }
}

function fit(size: { width: number; height: number }, area: Rect | undefined, minimum: { width: number; height: number }): { width: number; height: number } {
  if (!area) return { width: size.width, height: size.height }
  return {
    width: Math.max(Math.min(size.width, area.width), Math.min(minimum.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(minimum.height, area.height)),
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high))
}

/** What a window reports about itself; BrowserWindow has all of it. */
export interface TrackedWindow {
  getNormalBounds(): Rect
  isMaximized(): boolean
  isMinimized(): boolean
  isFullScreen(): boolean
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown
}

/**
 * Saves the window's normal bounds and maximised state: soon after it stops moving or
 * resizing (batched, not on every pixel), and on close. The normal bounds are the ones
 * to restore, also when it closes maximised or minimised.
 */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void, delayMs = 1000): void {
  let timer: ReturnType<typeof setTimeout> | null = null
  const capture = () => {
    if (timer) clearTimeout(timer)
    timer = null
    if (window.isFullScreen()) return
    const { x, y, width, height } = window.getNormalBounds()
    save({ x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized: window.isMaximized() })
  }
  const later = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(capture, delayMs)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later)
  window.on('close', capture)
}
