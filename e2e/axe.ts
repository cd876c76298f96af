// The axe-core scan every accessibility check uses (issue 11): no serious or critical issue.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Scans a settled page (fonts loaded, no pending animation frame), or only `include` within it. */
export async function expectNoSeriousIssues(page: Page, view: string, include?: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))))
  const builder = new AxeBuilder({ page })
  const result = await (include ? builder.include(include) : builder).analyze()
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${view}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`)
  expect(serious).toEqual([])
}
