// Where keyboard focus goes, and when a key belongs to a text field rather than to the
// single-key shortcuts.

/** True when the key is typing: a text control has it, or an IME is composing (Korean, Japanese…). */
export function isTyping(target: EventTarget | null, event?: KeyboardEvent): boolean {
  if (event && (event.isComposing || event.key === 'Process')) return true
  return isTextControl(target) || isTextControl(document.activeElement)
}

function isTextControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.tagName) return false
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
}

function claimRow(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.claim-list [data-claim-id="${CSS.escape(id)}"]`)
}

/**
 * Focuses the claim's row in the list: at once when it is in the page, else over the next
 * frames (a virtual list renders it after scrolling there; an opened article renders in a
 * transition). A later attempt gives up when
 * the focus moved meanwhile: `Escape` then `n` must leave the Note field focused, not hand
 * the focus back to the row a frame later (the letters typed next would run as shortcuts).
 */
export function focusClaimRow(id: string, tries = 60): void {
  const from = document.activeElement
  const attempt = (left: number) => {
    const now = document.activeElement
    if (now !== from && now !== document.body && now !== null) return
    const row = claimRow(id)
    if (row) row.focus()
    else if (left > 0) requestAnimationFrame(() => attempt(left - 1))
  }
  attempt(tries)
}
