// Issue 11: every control of the workbench is reachable from 960x600 to 2560x1440: each can
// be scrolled into view inside the window and is not covered by anything else. Screenshots
// in both themes at 960x600, 1280x800, 1600x1000 and 2560x1440 are written for a person to look at.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchApp, test, expect, SCREENSHOT_DIR } from './fixtures'
import { unreachableControls } from './reach'

test.setTimeout(240_000)
const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')

/**
 * Selects whose text is cut: the chosen option's (or, with `every`, any option's) text is wider
 * than the select's box less its padding and the ~20 px the arrow takes. Measured with the select's own font.
 */
async function cutSelects(page: Page, every = false, within = 'body'): Promise<string[]> {
  return page.evaluate(([every, within]) => {
    const measure = document.createElement('canvas').getContext('2d')!
    const cut: string[] = []
    for (const select of document.querySelector(within)?.querySelectorAll('select') ?? []) {
      if (!select.getClientRects().length) continue
      const style = getComputedStyle(select)
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20
      for (const option of every ? [...select.options] : [...select.selectedOptions]) {
        const width = measure.measureText(option.text).width
        if (width > room) cut.push(`"${option.text}" (${Math.round(width)} px in ${Math.round(room)} px)`)
      }
    }
    return cut
  }, [every, within] as const)
}

test('at 960x600 every workbench control can be scrolled into view and is not covered', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 960, height: 600 } })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  await claimItems(page).first().getByRole('button').click()
  expect(await unreachableControls(page)).toEqual([])

  // In a pane this narrow the selects, the order and the chips fold behind one "Filters" button;
  // opened, they are reachable too, and every option of every select fits (it was "Any sourc").
  const filters = page.getByRole('group', { name: 'Filter claims' })
  await expect(filters.getByRole('checkbox', { name: 'Hedged' })).toBeHidden()
  await expect(filters.getByRole('combobox', { name: 'Filter by sourcing' })).toBeHidden()
  await filters.getByRole('button', { name: 'Filters', exact: true }).click()
  expect(await cutSelects(page, true, '.claim-filters')).toEqual([])
  await filters.getByRole('checkbox', { name: 'Hedged' }).check()
  await filters.getByLabel('Order claims').selectOption('score')
  await expect(filters.getByRole('button', { name: 'Filters (1 on) · check-worthy first' })).toBeVisible()
  // And the evidence form in the inspector.
  await page.getByRole('button', { name: 'Add evidence' }).click()
  await expect(page.getByRole('form', { name: 'New evidence' })).toBeVisible()
  expect(await unreachableControls(page)).toEqual([])
  // The workspace path is shown whole (it wraps), not cut to an ellipsis.
  const path = page.getByRole('region', { name: 'Workspace' }).locator('.workspace-path')
  expect(await path.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
  await expect(path).toContainText(workspaceDir.split('/').pop()!)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reach-960x600-open-filters.png') })
  await app.close()
})

test('screenshots at 960x600, 1280x800, 1440x900 (the default), 1600x1000 and 2560x1440 in both themes; nothing overflows the window', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 960, height: 600 } })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  await page.getByRole('form', { name: 'Welcome to Claimdesk' }).getByRole('button', { name: 'Skip for now' }).click()
  await claimItems(page).nth(1).getByRole('button').click()
  for (const [width, height] of [
    [960, 600],
    [1280, 800],
    [1440, 900],
    [1600, 1000],
    [2560, 1440],
  ]) {
    await page.setViewportSize({ width, height })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      const overflow = await page.evaluate(() => [document.documentElement.scrollWidth - innerWidth, document.documentElement.scrollHeight - innerHeight])
      expect(overflow[0]).toBeLessThanOrEqual(0)
      expect(overflow[1]).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(SCREENSHOT_DIR, `workbench-${width}x${height}-${theme}.png`) })
    }
    expect(await unreachableControls(page)).toEqual([])
    // Up to 1280x800 the filters and the claim order take two rows of controls, so the claim
    // list keeps its room (the order select had a row of its own; at 1280x800 the chips took four).
    if (width <= 1280) {
      const rows = await page
        .getByRole('group', { name: 'Filter claims' })
        .locator('select, button, input')
        .evaluateAll((els) => {
          // Controls of one row are centred on it: a new row starts where a control starts below the last one's middle.
          const boxes = els.filter((el) => el.getClientRects().length).map((el) => el.getBoundingClientRect()).sort((a, b) => a.top - b.top)
          let rows = 0
          let middle = -Infinity
          for (const box of boxes) {
            if (box.top <= middle) continue
            rows++
            middle = box.top + box.height / 2
          }
          return rows
        })
      expect(rows, `filter rows at ${width}x${height}`).toBeLessThanOrEqual(2)
    }
    // The order is in the row of selects, or (pane under 300 px, up to 1280x800) behind the Filters button.
    if (width > 1280) await expect(page.getByRole('group', { name: 'Filter claims' }).getByLabel('Order claims')).toBeVisible()
    else await expect(page.getByRole('group', { name: 'Filter claims' }).getByRole('button', { name: 'Filters', exact: true })).toBeVisible()
    // No select shows a cut label ("Any sourc" at 960x600 before), whatever is chosen in the filters.
    expect(await cutSelects(page), `${width}x${height}`).toEqual([])
    if (width > 1280) expect(await cutSelects(page, true, '.claim-filters'), `${width}x${height}, any option`).toEqual([])
    // The article's actions stay together, and from 1440 px (the default window) sit beside the Articles title.
    const actions = await page.locator('.article-list .pane-title-row').evaluate((row) => {
      const box = (el: Element | null) => el!.getBoundingClientRect()
      const title = box(row.querySelector('.pane-title'))
      const [edit, remove] = [...row.querySelectorAll('.article-actions button')].map(box)
      const middle = (r: DOMRect) => r.top + r.height / 2
      return { together: Math.abs(middle(edit) - middle(remove)) < 2, besideTitle: middle(edit) > title.top && middle(edit) < title.bottom }
    })
    expect(actions, `article actions at ${width}x${height}`).toEqual({ together: true, besideTitle: width >= 1440 ? true : actions.besideTitle })
    // The header's parts (brand, search, progress, save state, commands) never overlap.
    const overlaps = await page.locator('.app-header > *').evaluateAll((els) => {
      const boxes = els.filter((el) => el.getClientRects().length).map((el) => ({ name: el.className, r: el.getBoundingClientRect() }))
      const found: string[] = []
      for (let i = 1; i < boxes.length; i++) if (boxes[i].r.left < boxes[i - 1].r.right - 0.5) found.push(`${boxes[i - 1].name} / ${boxes[i].name}`)
      return found
    })
    expect(overlaps, `${width}x${height}`).toEqual([])
    // Nor does the progress text run out of its own box into the save state (it did at 1440x900).
    expect(await page.locator('.progress-block').evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `progress text at ${width}x${height}`).toBe(true)
    // From 1440 px the save state reads whole ("✓ All changes sa…" at 1440x900 before); below it may shorten.
    if (width >= 1440) {
      const save = await page.locator('.save-indicator').evaluate((el) => ({ text: el.textContent, whole: el.scrollWidth <= el.clientWidth + 1 }))
      expect(save, `save state at ${width}x${height}`).toEqual({ text: save.text, whole: true })
    }
  }
  await app.close()
})
