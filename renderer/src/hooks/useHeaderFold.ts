// The header's commands fold into its ☰ menu when the header cannot hold them in the current
// language (a translation a third longer than the English ran Export, Conflicts, ⚙ and Help off
// the right edge at 1440x900). Decided from the header's stable parts (header-room.ts); the fold
// only sets a class, so nothing in the header (the search box, its results) is remounted.
import { useLayoutEffect, useState, type RefObject } from 'react'
import { folds, measureHeader } from './header-room'

export function useHeaderFold(header: RefObject<HTMLElement | null>, restingSaveTexts: string[]): boolean {
  const [folded, setFolded] = useState(false)
  const resting = restingSaveTexts.join('\n')
  useLayoutEffect(() => {
    const element = header.current
    if (!element) return
    const texts = resting.split('\n')
    let live = true
    const check = () => {
      if (live) setFolded(folds(measureHeader(element, texts), element.clientWidth))
    }
    check()
    if (typeof ResizeObserver === 'undefined') return
    // The header's width (the window), and the stable parts whose size can change: labels in another
    // language or with a count ("Conflicts (3)"), the text size setting, the progress figures.
    const observer = new ResizeObserver(check)
    observer.observe(element)
    for (const selector of ['.brand', '.progress-text', '.save-indicator', '.header-wide']) {
      const part = element.querySelector(selector)
      if (part) observer.observe(part)
    }
    // Fonts that arrive late change every width.
    void document.fonts?.ready.then(check)
    return () => {
      live = false
      observer.disconnect()
    }
  }, [header, resting])
  return folded
}
