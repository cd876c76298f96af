import { describe, expect, it, vi } from 'vitest'
import { restoreWindowPlacement, trackWindowState, type Rect } from './window-state'

const DEFAULTS = { width: 1440, height: 900 }
const MIN = { width: 960, height: 600 }
const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 }
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 }

describe('restoreWindowPlacement', () => {
  it('first start: the default size, centred by the OS, shrunk to a small screen', () => {
    expect(restoreWindowPlacement(null, [laptop], DEFAULTS, MIN)).toEqual({ bounds: { width: 1440, height: 875 }, maximized: false })
  })

  it('puts the window back where it was on a display that is still there', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false }
    expect(restoreWindowPlacement(saved, [laptop, monitorRight], DEFAULTS, MIN)).toEqual({ bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: false })
  })

  it('brings a window from a display that is gone back onto the primary one, centred, no larger than it', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true }
    expect(restoreWindowPlacement(saved, [laptop], DEFAULTS, MIN)).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 875 }, maximized: true })
    const small = { x: 3000, y: 200, width: 1000, height: 700, maximized: false }
    expect(restoreWindowPlacement(small, [laptop], DEFAULTS, MIN).bounds).toEqual({ x: 220, y: 88, width: 1000, height: 700 })
  })

  it('a window hanging mostly off the edge is pulled fully onto its display', () => {
    const saved = { x: -1200, y: 500, width: 1400, height: 800, maximized: false }
    expect(restoreWindowPlacement(saved, [laptop], DEFAULTS, MIN).bounds).toEqual({ x: 0, y: 75, width: 1400, height: 800 })
  })

  it('a sliver on screen is not enough: a title bar must be reachable', () => {
    const saved = { x: 1400, y: 860, width: 1000, height: 700, maximized: false }
    expect(restoreWindowPlacement(saved, [laptop], DEFAULTS, MIN).bounds).toEqual({ x: 220, y: 88, width: 1000, height: 700 })
  })

  it('works with displays left of or above the primary (negative coordinates)', () => {
    const left: Rect = { x: -1920, y: -200, width: 1920, height: 1080 }
    const saved = { x: -1800, y: -100, width: 1200, height: 800, maximized: false }
    expect(restoreWindowPlacement(saved, [laptop, left], DEFAULTS, MIN).bounds).toEqual({ x: -1800, y: -100, width: 1200, height: 800 })
  })
})

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>()
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false, fullScreen: false }
    return {
      state,
      emit: (event: string) => listeners.get(event)?.(),
      window: {
        getNormalBounds: () => state.bounds,
        isMaximized: () => state.maximized,
        isMinimized: () => false,
        isFullScreen: () => state.fullScreen,
        on: (event: string, listener: () => void) => listeners.set(event, listener),
      },
    }
  }

  it('saves once after moving stops, and at once on close, with the normal bounds when maximised', () => {
    vi.useFakeTimers()
    try {
      const fake = fakeWindow()
      const saved: unknown[] = []
      trackWindowState(fake.window, (s) => saved.push(s), 1000)
      fake.emit('move')
      fake.emit('resize')
      fake.emit('move')
      expect(saved).toEqual([])
      vi.advanceTimersByTime(1000)
      expect(saved).toEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: false }])
      fake.state.maximized = true
      fake.emit('maximize')
      fake.emit('close')
      expect(saved).toHaveLength(2)
      expect(saved[1]).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true })
      vi.advanceTimersByTime(5000)
      expect(saved).toHaveLength(2)
    } finally {
      vi.useRealTimers()
    }
  })
})
