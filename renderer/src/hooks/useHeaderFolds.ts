// The header's commands fold into its menu when they do not fit. Measured, not only set by window
// width (styles.css breakpoints): a translation or a long "Not saved: …" can be a third longer than
// the English the breakpoints were chosen for, and a command off the edge cannot be reached.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

export function useHeaderFolds(header: RefObject<HTMLElement | null>): boolean {
  const [folded, setFolded] = useState(false)
  // The width the header needed with every command shown: it unfolds only once it has that much.
  const needed = useRef(0)
  useLayoutEffect(() => {
    const element = header.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const check = () => {
      if (!folded) {
        if (element.scrollWidth > element.clientWidth + 1) {
          needed.current = element.scrollWidth
          setFolded(true)
        }
      } else if (element.clientWidth >= needed.current) setFolded(false)
    }
    check()
    const observer = new ResizeObserver(check)
    observer.observe(element)
    // A child that grows (a longer save message, a count in a label) changes what fits, not the header's own size.
    for (const child of Array.from(element.children)) observer.observe(child)
    return () => observer.disconnect()
  }, [header, folded])
  return folded
}
