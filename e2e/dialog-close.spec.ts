// A dialog closed with Escape reports its "close" event a task later (HTML's dialog
// close steps queue it). A dialog opened in between, from the menu or a shortcut, must
// stay open: the late close of the old one is not the new one's (CI failed twice on this).
import { launchApp, test, expect as baseExpect } from './fixtures'

const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(180_000)

test('Escape on one dialog then the menu at once: the next dialog opens and stays open; so does a removal asked for again', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  await expect(page.getByRole('list', { name: 'Claims' }).getByRole('listitem').first()).toBeVisible()
  for (const [first, firstName, next, nextName] of [
    ['menu.help', 'Help', 'menu.settings', 'Settings'],
    ['menu.settings', 'Settings', 'menu.shortcuts', 'Keyboard shortcuts'],
    ['menu.shortcuts', 'Keyboard shortcuts', 'menu.importPaste', 'Paste article'],
    // The same dialog again: it opens anew rather than staying closed under the old one's state.
    ['menu.help', 'Help', 'menu.help', 'Help'],
  ] as const) {
    await app.emit(first)
    await expect(page.getByRole('dialog', { name: firstName })).toBeVisible()
    await page.waitForFunction((event) => window.__claimdeskListening(event), next)
    // In one task: the open dialog closes as Escape closes it, and the menu asks for the next one.
    await page.evaluate((event) => {
      document.querySelector<HTMLDialogElement>('dialog[open]')!.close()
      window.__claimdeskEmit(event)
    }, next)
    const dialog = page.getByRole('dialog', { name: nextName })
    await expect(dialog).toBeVisible()
    // Past the old dialog's queued close event and a render: still open.
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 0)))
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }

  // The confirmation to remove an article: closed, and asked for again in the same task.
  const remove = page.getByRole('button', { name: /^Remove “Explosion/ })
  await remove.click()
  const confirm = page.getByRole('alertdialog')
  await expect(confirm).toBeVisible()
  await remove.evaluate((button: HTMLElement) => {
    document.querySelector<HTMLDialogElement>('dialog[open]')!.close()
    button.click()
  })
  await expect(confirm).toBeVisible()
  await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 0)))
  await expect(confirm).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(confirm).toHaveCount(0)
  await app.close()
})
