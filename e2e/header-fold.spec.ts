// Issue 11: the header's commands fold into its ☰ menu when the header cannot hold them in the
// window's language (hooks/useHeaderFold.ts), decided from its stable parts only: in the
// pseudo-locale (words a third longer than the English) every control is reachable from 960x600 to
// 2560x1440; a long refusal in the save state does not fold the header (a passing overflow once
// folded it for good and hid "Import file…"); the search keeps its query and results across a fold.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchApp, test, expect, SCREENSHOT_DIR } from './fixtures'
import { pseudoCatalogueScript } from './pseudo'
import { unreachableControls } from './reach'

test.setTimeout(240_000)
const claimItems = (page: Page, name = 'Claims') => page.getByRole('list', { name }).getByRole('listitem')
const header = (page: Page) => page.locator('header.app-header')

/** Header controls (buttons, the search box) shown but not wholly inside the window's width. */
async function headerControlsOutside(page: Page): Promise<string[]> {
  return header(page)
    .locator('button, input')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.left < -0.5 || r.right > innerWidth + 0.5)
        .map(({ name, r }) => `${name} at ${Math.round(r.left)}–${Math.round(r.right)}`),
    )
}

/** The header's parts (brand, search, progress, save state, commands) that overlap their neighbour. */
async function headerOverlaps(page: Page): Promise<string[]> {
  return page.locator('.app-header > *').evaluateAll((els) => {
    const boxes = els.filter((el) => el.getClientRects().length).map((el) => ({ name: el.className, r: el.getBoundingClientRect() }))
    const found: string[] = []
    for (let i = 1; i < boxes.length; i++) if (boxes[i].r.left < boxes[i - 1].r.right - 0.5) found.push(`${boxes[i - 1].name} / ${boxes[i].name}`)
    return found
  })
}

test('in the pseudo-locale every control is reachable from 960x600 to 2560x1440 in both themes: the commands fold into the menu where they do not fit, and come back where they do', async ({
  workspaceDir,
}) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 960, height: 600 } })
  const { page } = app
  await page.getByRole('form', { name: 'Welcome to Claimdesk' }).getByRole('button', { name: 'Skip for now' }).click()
  await page.addInitScript({ content: pseudoCatalogueScript() })
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'x-pseudo')
  const menuButton = header(page).locator('.header-menu > button')
  const wideButtons = header(page).locator('.header-wide button')
  await expect(wideButtons).toHaveCount(7)
  const listName = await page.locator('.claim-list ul[aria-label]').first().getAttribute('aria-label')
  await claimItems(page, listName!).nth(1).getByRole('button').click()

  const seen: string[] = []
  for (const [width, height] of [
    [960, 600],
    [1024, 700],
    [1280, 800],
    [1440, 900],
    [1600, 1000],
    [1920, 1080],
    [2560, 1440],
    [1024, 700],
  ]) {
    await page.setViewportSize({ width, height })
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme })
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `page overflow at ${width}x${height}`).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(SCREENSHOT_DIR, `pseudo-workbench-${width}x${height}-${theme}.png`) })
    }
    // Either every command has its button, or the menu holds them all.
    const folded = await header(page).evaluate((el) => el.classList.contains('header-folded'))
    seen.push(`${width}:${folded ? 'folded' : 'wide'}`)
    if (folded) {
      await expect(menuButton).toBeVisible()
      await expect(wideButtons.first()).toBeHidden()
      await menuButton.click()
      await expect(page.getByRole('menu').getByRole('menuitem')).toHaveCount(9)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('menu')).toHaveCount(0)
    } else {
      await expect(menuButton).toBeHidden()
      for (const button of await wideButtons.all()) await expect(button).toBeVisible()
    }
    expect(await headerControlsOutside(page), `${width}x${height}`).toEqual([])
    expect(await headerOverlaps(page), `${width}x${height}`).toEqual([])
    expect(await unreachableControls(page), `${width}x${height}`).toEqual([])
    // The progress text stays inside its own box (it ran into the save state at 1600 in the pseudo-locale).
    expect(await page.locator('.progress-block').evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `progress text at ${width}x${height}`).toBe(true)
    // From 1440 px the save state's resting text reads whole (below, it may shorten before the commands fold).
    if (width >= 1440) expect(await page.locator('.save-indicator').evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `save state at ${width}`).toBe(true)
  }
  // Folded at the smallest window, wide at the largest, and folded again when the window narrows.
  // Where between the header folds depends on the fonts (the checks above hold either way).
  expect(seen[0]).toBe('960:folded')
  expect(seen).toContain('2560:wide')
  expect(seen.at(-1)).toBe('1024:folded')
  await app.close()
})

test('a long refusal in the save state does not fold the header, and the search keeps its query and results across a fold', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 1440, height: 900 } })
  const { page } = app
  await page.getByRole('form', { name: 'Welcome to Claimdesk' }).getByRole('button', { name: 'Skip for now' }).click()
  await claimItems(page).first().getByRole('button').click()
  // In English at the default window every command has its button.
  await expect(page.getByRole('button', { name: 'Import file…' })).toBeVisible()
  await expect(header(page)).not.toHaveClass(/header-folded/)

  // A refusal: "attach a file" with no file chosen. The save state says why, shortened if need be
  // (its whole text in its title); the commands stay where they were.
  await page.getByRole('button', { name: 'Add evidence' }).click()
  const form = page.getByRole('form', { name: 'New evidence' })
  await form.getByLabel('Citation').fill('Ministry statement')
  await form.getByLabel('Attach a local file').check()
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  const save = page.locator('.save-indicator')
  await expect(save).toContainText('Not saved: No file was chosen')
  await expect(save).toHaveAttribute('title', /^Not saved: No file was chosen/)
  await expect(header(page)).not.toHaveClass(/header-folded/)
  await expect(page.getByRole('button', { name: 'Import file…' })).toBeVisible()
  expect(await headerControlsOutside(page)).toEqual([])
  expect(await headerOverlaps(page)).toEqual([])

  // The search at a wide window, then a window too narrow for the commands: the header folds; the
  // query, its results and the focus stay; wide again, the commands come back, and the results stay.
  await page.setViewportSize({ width: 1600, height: 1000 })
  const box = page.getByRole('combobox', { name: 'Search claims' })
  const results = page.getByRole('listbox', { name: 'Search results' })
  await box.fill('explosion')
  await expect(results.getByRole('option').first()).toBeVisible()
  const hits = await results.getByRole('option').allTextContents()
  expect(hits.length).toBeGreaterThan(0)
  await page.setViewportSize({ width: 1024, height: 700 })
  await expect(header(page)).toHaveClass(/header-folded/)
  await expect(box).toHaveValue('explosion')
  await expect(box).toBeFocused()
  await expect(results.getByRole('option')).toHaveText(hits)
  await page.setViewportSize({ width: 1600, height: 1000 })
  await expect(header(page)).not.toHaveClass(/header-folded/)
  await expect(page.getByRole('button', { name: 'Import file…' })).toBeVisible()
  await expect(box).toHaveValue('explosion')
  await expect(results.getByRole('option')).toHaveText(hits)
  await app.close()
})
