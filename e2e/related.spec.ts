// Issue 12 in the app: three published reports of the Lahaina wildfire (August 2023) and
// one of the Manchester Arena bombing (May 2017). The Lahaina reports are linked, the
// FBI's 1,000-1,100 missing against the mayor's 850 is flagged as a conflict (glyph and
// words), as is the toll (115 against 114 the same day), a linked claim is added as evidence, a link is rejected, and after a relaunch
// everything is as it was. The Manchester report is linked to nothing.
// Fixtures: e2e/fixtures/related/*.md, excerpts as published (URL, outlet, date in each).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expectNoSeriousIssues } from './axe'
import type { Locator, Page } from '@playwright/test'
import { launchApp, test, expect as baseExpect, SCREENSHOT_DIR, type RunningApp } from './fixtures'

// Generous: the machines are shared and slow; nothing here measures time.
const expect = baseExpect.configure({ timeout: 60_000 })
test.setTimeout(600_000)

const FIXTURES = join(import.meta.dirname, 'fixtures', 'related')
const SHOTS = join(SCREENSHOT_DIR, 'related')
mkdirSync(SHOTS, { recursive: true })

const FILES = ['lahaina-hawaii-news-now.md', 'lahaina-japan-news.md', 'lahaina-star-advertiser.md', 'manchester-itv.md'].map((f) => join(FIXTURES, f))
const TITLES = {
  hnn: /^Projected number of wildfire deaths remains elusive/,
  jn: /^More than 800 People Still Listed as Missing/,
  sa: /^Details are still not available on people missing in Lahaina/,
  itv: /^Police: 22 dead and 59 injured in suicide bombing/,
}

const claimItems = (page: Page) => page.getByRole('list', { name: 'Claims' }).getByRole('listitem')
const saved = (page: Page) => expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved')
const section = (page: Page) => page.getByRole('region', { name: 'Also reported in' })
/** A linked report in "Also reported in", named by its article's title. */
const linkedReport = (page: Page, title: RegExp) => section(page).getByRole('listitem', { name: title })

async function importAll(app: RunningApp) {
  const { page } = app
  await expect(claimItems(page).first()).toBeVisible()
  app.chooseFilesNext(FILES)
  await page.getByRole('button', { name: 'Import file…' }).click()
  for (const title of Object.values(TITLES)) await expect(page.getByRole('button', { name: title })).toBeVisible()
}

/** Opens an article by its title and selects the claim that contains `words`. */
async function openClaim(page: Page, title: RegExp, words: string) {
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await claimItems(page).filter({ hasText: words }).getByRole('button').click()
  await expect(page.locator('.claim-quote')).toContainText(words)
}

/** Waits until linking has read the whole workspace for the selected claim. */
async function linkingDone(page: Page) {
  await expect(section(page).getByRole('status')).not.toContainText(/Looking for|Linking in progress/)
}

async function openConflicts(page: Page, how: 'keyboard' | 'header'): Promise<Locator> {
  if (how === 'keyboard') {
    await page.locator('.claim-quote').click() // focus outside any field
    await page.keyboard.press('Control+Shift+C')
  } else if (await page.getByRole('button', { name: /^Conflicts/ }).isVisible()) {
    await page.getByRole('button', { name: /^Conflicts/ }).click()
  } else {
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('menuitem', { name: /^Conflicts/ }).click()
  }
  const dialog = page.getByRole('dialog', { name: 'Conflicting reports' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('status')).not.toContainText('Linking in progress')
  return dialog
}

test('related reports: links, a conflict, add as evidence, reject a link, all kept after a relaunch', async ({ workspaceDir }) => {
  let app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
  let page = app.page
  await importAll(app)

  // The FBI's count of the missing, linked to both other Lahaina reports, not to Manchester.
  await openClaim(page, TITLES.hnn, 'The FBI says')
  await linkingDone(page)
  await expect(section(page).getByRole('list').first()).toBeVisible()
  await expect(linkedReport(page, TITLES.jn)).toBeVisible()
  await expect(linkedReport(page, TITLES.sa)).toBeVisible()
  await expect(section(page).locator('.related-list > li')).toHaveCount(2)
  await expect(section(page)).not.toContainText('Manchester')
  await expect(linkedReport(page, TITLES.jn)).toContainText('Suggested link')
  await expect(linkedReport(page, TITLES.jn)).toContainText('The Japan News (The Washington Post)')
  await expect(linkedReport(page, TITLES.jn)).toContainText('Some 850 people are still missing')
  await expect(linkedReport(page, TITLES.jn)).toContainText('Sourcing: Official statement')
  await expect(linkedReport(page, TITLES.jn)).toContainText('Unreviewed')
  // The conflict, in words and with its glyph; the figures side by side.
  const conflict = section(page).getByRole('list', { name: 'Conflicts and updates' }).getByRole('listitem')
  await expect(conflict).toHaveCount(1)
  await expect(conflict).toContainText('⚠ Conflicting figures for missing: 1,000–1,100 (Hawaii News Now')
  await expect(conflict).toContainText('about 850 (The Japan News (The Washington Post)')
  const figures = section(page).getByRole('table', { name: 'Figures side by side' })
  await expect(figures.getByRole('row', { name: /^This claim/ })).toContainText('1,000–1,100')
  await expect(figures.getByRole('row', { name: /^Honolulu Star-Advertiser/ })).toContainText('about 850 conflicts')
  // The article's summary counts its claims with conflicting reports: this one, and the
  // toll (115 killed here, 114 in The Japan News the same day).
  await expect(page.getByRole('region', { name: 'Article summary' })).toContainText('2 with conflicting reports')

  // The conflicts view, by keyboard: the missing (three claims) and the toll (three); a report opens its claim.
  let dialog = await openConflicts(page, 'keyboard')
  await expect(dialog.getByRole('status')).toHaveText('6 claims have conflicting reports · 2 conflicts')
  await expect(dialog.getByRole('heading', { name: /Conflicting figures for missing/ })).toHaveCount(1)
  await expect(dialog.getByRole('heading', { name: /^Conflicting figures for (dead|missing)$/ })).toHaveCount(2)
  await dialog.getByRole('button', { name: /^Details are still not available/ }).filter({ hasText: 'Richard Bissen' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: TITLES.sa })).toBeVisible()
  await expect(page.locator('.claim-quote')).toContainText('Maui County Mayor Richard Bissen said')

  // Another event: nothing linked.
  await openClaim(page, TITLES.itv, 'At least 22 people have died')
  await linkingDone(page)
  await expect(section(page)).toContainText('No other article in the workspace reports this fact.')
  await expect(page.getByRole('region', { name: 'Article summary' })).toContainText('0 with conflicting reports')

  // Add the Japan News report as evidence in one step: it contradicts (850 cannot be 1,000-1,100), independence explained.
  await openClaim(page, TITLES.hnn, 'The FBI says')
  await linkingDone(page)
  await expect(linkedReport(page, TITLES.jn)).toContainText('Independent: a different outlet')
  await linkedReport(page, TITLES.jn).getByRole('button', { name: 'Add as evidence' }).click()
  await saved(page)
  const evidence = page.getByRole('region', { name: 'Evidence' }).getByRole('listitem')
  await expect(evidence).toHaveCount(1)
  await expect(evidence).toContainText('Contradicts')
  await expect(evidence).toContainText('The Japan News (The Washington Post), 2023-08-22: “More than 800 People Still Listed as Missing')
  await expect(evidence).toContainText('Independent: a different outlet')
  await expect(linkedReport(page, TITLES.jn)).toContainText('Confirmed link')
  await expect(linkedReport(page, TITLES.jn).getByRole('button', { name: 'Added as evidence' })).toBeDisabled()

  // Reject the Star-Advertiser link: it moves to the rejected links, and leaves the conflict.
  await linkedReport(page, TITLES.sa).getByRole('button', { name: 'Reject link' }).click()
  await saved(page)
  await expect(linkedReport(page, TITLES.sa)).toContainText('Rejected link')
  await expect(section(page).getByRole('heading', { name: 'Rejected links' })).toBeVisible()
  await expect(linkedReport(page, TITLES.sa).getByRole('button', { name: 'Add as evidence' })).toHaveCount(0)
  await expect(conflict).toHaveCount(1)
  await expect(conflict).not.toContainText('Honolulu Star-Advertiser')
  dialog = await openConflicts(page, 'header')
  await expect(dialog.getByRole('status')).toHaveText('5 claims have conflicting reports · 2 conflicts')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expectNoSeriousIssues(page, 'also reported in', '.also-reported')
  await app.close()

  // Relaunch: the decisions, the evidence and the conflict are as they were.
  app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
  page = app.page
  await openClaim(page, TITLES.hnn, 'The FBI says')
  await linkingDone(page)
  await expect(linkedReport(page, TITLES.jn)).toContainText('Confirmed link')
  await expect(linkedReport(page, TITLES.sa)).toContainText('Rejected link')
  await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1)
  await expect(page.getByRole('region', { name: 'Evidence' }).getByRole('listitem')).toContainText('Contradicts')
  await expect(section(page).getByRole('list', { name: 'Conflicts and updates' }).getByRole('listitem')).toContainText('Conflicting figures for missing')
  dialog = await openConflicts(page, 'keyboard')
  await expect(dialog.getByRole('status')).toHaveText('5 claims have conflicting reports · 2 conflicts')
  await app.close()
})

for (const theme of ['light', 'dark'] as const) {
  test(`related reports: screenshots and axe at 1600x1000 and 960x600, ${theme} theme`, async ({ workspaceDir }) => {
    const app = await launchApp({ workspaceDir, viewport: { width: 1600, height: 1000 } })
    const { page } = app
    await page.emulateMedia({ colorScheme: theme })
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await importAll(app)
    await openClaim(page, TITLES.hnn, 'The FBI says')
    await linkingDone(page)
    await linkedReport(page, TITLES.sa).getByRole('button', { name: 'Reject link' }).click()
    await saved(page)
    await linkedReport(page, TITLES.jn).getByRole('button', { name: 'Confirm link' }).click()
    await saved(page)
    await expect(linkedReport(page, TITLES.jn)).toContainText('Confirmed link')

    // The header's Conflicts button still fits at 1280 px, the narrowest width with every button shown.
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect(page.getByRole('button', { name: 'Conflicts (2)' })).toBeVisible()
    const rights = await page.locator('.app-header button:visible').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))
    expect(Math.max(...rights)).toBeLessThanOrEqual(1280)

    for (const size of [
      { width: 1600, height: 1000 },
      { width: 960, height: 600 },
    ]) {
      const name = `${size.width}x${size.height}-${theme}`
      await page.setViewportSize(size)
      await section(page).scrollIntoViewIfNeeded()
      await expect(section(page)).toBeInViewport()
      await page.screenshot({ path: join(SHOTS, `inspector-${name}.png`) })
      await expectNoSeriousIssues(page, `also reported in ${name}`, '.also-reported')
      const dialog = await openConflicts(page, 'header')
      await expect(dialog.getByRole('heading', { name: /Conflicting figures for missing/ })).toBeVisible()
      await page.screenshot({ path: join(SHOTS, `conflicts-${name}.png`) })
      await expectNoSeriousIssues(page, `conflicts view ${name}`)
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
    await app.close()
  })
}
