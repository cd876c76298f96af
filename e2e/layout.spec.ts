// Issue 11: every control reachable from 960x600 up, panes that resize and fold,
// keyboard-reachable highlights, settings that change the theme and the shortcuts.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchApp, test, expect as baseExpect, SCREENSHOT_DIR } from './fixtures'

// Generous: the machines that run this are shared and slow; nothing here measures time.
const expect = baseExpect.configure({ timeout: 30_000 })

test.setTimeout(240_000)
const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')

/** Nothing sticks out of the window: no horizontal scrolling of the page itself. */
async function expectNoPageOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

/** Every header control lies fully inside the viewport. */
async function expectHeaderInside(page: Page, width: number) {
  const boxes = await page.locator('.app-header button:visible, .app-header input:visible').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, left: r.left, right: r.right, height: r.height }
    }),
  )
  expect(boxes.length).toBeGreaterThan(3)
  for (const box of boxes) {
    expect(box.left, box.name).toBeGreaterThanOrEqual(0)
    expect(box.right, box.name).toBeLessThanOrEqual(width)
  }
}

test('at 960x600 the header collapses into a menu that reaches every command', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 960, height: 600 } })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  await expectNoPageOverflow(page)
  await expectHeaderInside(page, 960)
  // The wide buttons are gone; the menu holds them.
  await expect(page.getByRole('button', { name: 'Export report…' })).toBeHidden()
  const menuButton = page.getByRole('button', { name: 'Menu' })
  const commands: [string, string][] = [
    ['New workspace…', ''],
    ['Open workspace…', ''],
    ['Import file…', ''],
    ['Paste article…', 'Paste article'],
    ['Export report…', 'Export report'],
    ['Conflicts', 'Conflicting reports'],
    ['Settings…', 'Settings'],
    ['Help', 'Help'],
    ['Keyboard shortcuts', 'Keyboard shortcuts'],
  ]
  for (const [item, dialogName] of commands) {
    await menuButton.click()
    const menu = page.getByRole('menu', { name: 'Menu' })
    await expect(menu.getByRole('menuitem')).toHaveCount(commands.length)
    await menu.getByRole('menuitem', { name: item }).click()
    await expect(menu).toBeHidden()
    if (!dialogName) continue // these open an OS dialog (none queued here: cancelled)
    const dialog = page.getByRole('dialog', { name: dialogName })
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
  // The menu works from the keyboard alone: open with ArrowDown, move, Escape returns focus.
  await menuButton.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'New workspace…' })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(page.getByRole('menuitem', { name: 'Keyboard shortcuts' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menuButton).toBeFocused()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'layout-960x600-light.png') })
  await app.close()
})

test('panes resize from the keyboard and fold to a rail, at the minimum window size', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 960, height: 600 } })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' })
  const before = (await inspector.boundingBox())!.width
  const splitter = page.getByRole('separator', { name: 'Resize the claim inspector' })
  await splitter.focus()
  await page.keyboard.press('Shift+ArrowLeft')
  await expect.poll(async () => (await inspector.boundingBox())!.width).toBeGreaterThan(before + 30)
  await expectNoPageOverflow(page)

  await page.getByRole('button', { name: 'Hide the article and claim lists' }).click()
  await expect(page.getByRole('navigation', { name: 'Articles' })).toHaveCount(0)
  const article = page.getByRole('article', { name: 'Article' })
  const wide = (await article.boundingBox())!.width
  await page.getByRole('button', { name: 'Show the article and claim lists' }).click()
  await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible()
  expect((await article.boundingBox())!.width).toBeLessThanOrEqual(wide)

  await page.getByRole('button', { name: 'Hide the claim inspector' }).click()
  await expect(inspector).toHaveCount(0)
  await page.getByRole('button', { name: 'Show the claim inspector' }).click()
  await expect(inspector).toBeVisible()
  await app.close()
})

test('claim highlights in the text are reachable with Tab and selected with Enter', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  const marks = page.locator('mark.claim-highlight')
  await page.getByRole('button', { name: /Split claim here/ }).focus()
  // The toolbar's last control, then the first highlight, then the second.
  await page.keyboard.press('Tab')
  await expect(marks.nth(0)).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(marks.nth(1)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(marks.nth(1)).toHaveAttribute('aria-current', 'true')
  const text = (await marks.nth(1).textContent())!.trim()
  await expect(page.locator('.claim-quote')).toHaveText(text)
  await app.close()
})

test('settings: the theme follows the OS, can be set to dark, and single-key shortcuts can be turned off', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
  const { page } = app
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(claimItems(page).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')

  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await dialog.getByRole('combobox', { name: 'Text size' }).selectOption('large')
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('15.75px')
  await dialog.getByRole('checkbox', { name: /Single-key shortcuts/ }).uncheck()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  // With single-key shortcuts off, j does nothing; the arrow key still moves.
  await claimItems(page).first().getByRole('button').click()
  await page.keyboard.press('j')
  await expect(claimItems(page).first().getByRole('button')).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(claimItems(page).nth(1).getByRole('button')).toHaveAttribute('aria-current', 'true')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'layout-1600x1000-dark-large.png') })
  await app.close()
})

test('first start asks for the reviewer name, skippably; the name is recorded in the history', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  const welcome = page.getByRole('form', { name: 'Welcome to Claimdesk' })
  await expect(welcome).toBeVisible()
  await welcome.getByRole('textbox', { name: 'Reviewer name' }).fill('Kim Ji-won')
  await welcome.getByRole('button', { name: 'Save' }).click()
  await expect(welcome).toBeHidden()
  await expect(page.getByRole('region', { name: 'Workspace' })).toContainText('Kim Ji-won')
  await claimItems(page).first().getByRole('button').click()
  await page.keyboard.press('2')
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Kim Ji-won')
  await app.close()
})

test('the first-start name prompt can be skipped', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const welcome = app.page.getByRole('form', { name: 'Welcome to Claimdesk' })
  await welcome.getByRole('button', { name: 'Skip for now' }).click()
  await expect(welcome).toBeHidden()
  await expect(app.page.getByRole('region', { name: 'Workspace' })).toContainText('Not set')
  await app.close()
})
