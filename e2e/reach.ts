// Reachability of the window's controls, shared by reach.spec and header-fold.spec (issue 11).
import type { Page } from '@playwright/test'

/** Controls that cannot be brought fully into the window, or that something else covers there. */
export async function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const selector = 'button, input, select, textarea, a[href], [tabindex="0"]'
    const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    const problems: string[] = []
    for (const el of shown) {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      await new Promise((done) => requestAnimationFrame(done))
      const r = el.getBoundingClientRect()
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).placeholder ?? '').trim().slice(0, 40)}"`
      if (r.width < 1 || r.height < 1) {
        problems.push(`${name}: no size`)
        continue
      }
      if (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) {
        problems.push(`${name}: outside the window at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`)
        continue
      }
      // An inline element over several lines (a claim highlight): test its first line box.
      const box = el.getClientRects()[0]
      const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 8), box.top + box.height / 2)
      if (!hit || !(el === hit || el.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === el))) {
        problems.push(`${name}: covered by ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`)
      }
    }
    return problems
  })
}
