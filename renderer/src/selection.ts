// Maps the DOM selection in the article view back to offsets in the article text.
// Every run of text is rendered in an element with data-start holding its offset and a
// single text node, so an offset is data-start plus the offset inside that node.

function offsetOf(node: Node | null, offset: number, root: HTMLElement): number | null {
  if (!node || !root.contains(node)) return null
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]')
    if (!run || !root.contains(run)) return null
    return Number(run.dataset.start) + offset
  }
  // An element boundary: use the run at or after the boundary.
  const element = node as HTMLElement
  const child = element.childNodes[offset] as HTMLElement | undefined
  const run = (child?.closest?.('[data-start]') as HTMLElement | null) ?? (child?.querySelector?.('[data-start]') as HTMLElement | null)
  if (run && root.contains(run)) return Number(run.dataset.start)
  const runs = element.querySelectorAll<HTMLElement>('[data-start]')
  const last = runs[runs.length - 1]
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null
}

export interface TextSelection {
  start: number
  end: number
  collapsed: boolean
}

export function readSelection(root: HTMLElement | null): TextSelection | null {
  const selection = window.getSelection()
  if (!root || !selection || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const start = offsetOf(range.startContainer, range.startOffset, root)
  const end = offsetOf(range.endContainer, range.endOffset, root)
  if (start === null || end === null) return null
  return { start: Math.min(start, end), end: Math.max(start, end), collapsed: range.collapsed }
}
