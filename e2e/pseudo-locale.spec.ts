// Issue 11: every word the window shows comes from a catalogue. The window runs in a
// pseudo-locale made from the English catalogue (every message bracketed and accented), with a
// workspace notice, a refusal, an undo label and a suggestion reason on screen, and through the
// main views; no visible text outside the article and the reviewer's own data may be plain English.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { launchApp, test, expect, SCREENSHOT_DIR } from './fixtures'
import { pseudoCatalogueScript } from './pseudo'
import type { Api, ExternalChange, LockLostState } from '../electron/core/api'
import { formatMessage, message } from '../electron/core/messages'
import { renderJson } from '../electron/core/report'
import { openWithSample } from '../electron/services/seed'
import { Workspace } from '../electron/services/workspace'
import { describeFileError } from '../electron/store/file-system'
import { WriteGuard } from '../electron/store/write-guard'
import { describeOwner } from '../electron/store/workspace-lock'

test.setTimeout(240_000)

// The pseudo catalogue's messages, read back from the page, by key ("evidence.suggestion").
type Catalogue = { [key: string]: string | Catalogue }

/**
 * Visible text nodes with a Latin word that is neither inside a pseudo message ([…]) nor the
 * reviewer's data: the article's text and metadata, claim texts, citations, paths. Those are
 * given as `data` (exact strings the test put there or read from the workspace).
 */
async function englishOnScreen(page: Page, data: string[]): Promise<string[]> {
  return page.evaluate((data) => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      // A pseudo message, or a piece of one split by markup (<strong>), has brackets or accents.
      if (!/[A-Za-z]{2}/.test(text) || /[[\]áéíöüñçÁÉÍÖÜ]/.test(text)) continue
      const parent = node.parentElement!
      if (!parent.getClientRects().length || getComputedStyle(parent).visibility === 'hidden') continue
      // The article's own words (the text, its runs, its title and byline) are the reviewer's data.
      // Dates and times are the OS locale's (Intl.DateTimeFormat), not catalogue words; the export
      // preview shows the report itself, a document in the report's language (English, as the CLI prints it).
      if (parent.closest('.article-text, .article-header, .claim-text, textarea, option, time, .report-render, .csv-table, pre')) continue
      if (data.some((d) => d.includes(text))) continue
      found.push(text)
    }
    return [...new Set(found)]
  }, data)
}

test('the window in a pseudo-locale: no English left, with a notice, a refusal, an undo label and a suggestion reason', async ({ workspaceDir }) => {
  // First start in English: skip the welcome and give the first claim two independent supporting items.
  let app = await launchApp({ workspaceDir, viewport: { width: 1440, height: 900 } })
  await app.page.getByRole('form', { name: 'Welcome to Claimdesk' }).getByRole('button', { name: 'Skip for now' }).click()
  const seeded = await app.page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api
    const [summary] = await api.articles.list()
    const article = await api.articles.get(summary.id)
    // The first claim of the list: the first active one in the text.
    const claim = article.claims.filter((c) => c.state === 'active').sort((a, b) => a.anchor.position.start - b.anchor.position.start)[0]
    for (const url of ['https://one.example/report', 'https://two.example/story']) {
      await api.evidence.add(summary.id, claim.id, { citation: url, url, note: '', stance: 'supports', independent: true })
    }
    return { id: summary.id, text: article.article.text, title: article.article.title, meta: Object.values(article.article).filter((v) => typeof v === 'string') as string[], claims: article.claims.map((c) => c.anchor.quote.exact) }
  })
  await app.close()
  // A stray file in articles/ gives a workspace notice on the next open.
  writeFileSync(join(workspaceDir, 'articles', 'notes.txt'), 'not an article')

  app = await launchApp({ workspaceDir, viewport: { width: 1440, height: 900 } })
  const { page } = app
  await page.addInitScript({ content: pseudoCatalogueScript() })
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'x-pseudo')
  const pseudo = (await page.evaluate(() => (window as unknown as { __claimdeskCatalogue: { translation: Catalogue } }).__claimdeskCatalogue.translation)) as Catalogue
  const p = (key: string): string => key.split('.').reduce<string | Catalogue>((at, k) => (at as Catalogue)[k], pseudo) as string
  const data = [...seeded.meta, ...seeded.claims, seeded.text, workspaceDir, 'https://one.example/report', 'https://two.example/story', 'Claimdesk']
  const welcome = page.getByRole('form', { name: p('settings.welcomeTitle') })
  if (await welcome.isVisible()) await welcome.getByRole('button', { name: p('settings.skip') }).click()

  // The notice: the banner's sentence and its reason, both from the catalogue.
  const notice = page.locator('.banner-warning').filter({ hasText: 'notes.txt' })
  await expect(notice).toContainText(p('msg.notice.notArticleFile'))
  await expect(notice).toContainText(p('msg.notice.leftUntouched').slice(1, 8))

  // The suggestion and its reason.
  await page.getByRole('navigation', { name: p('articles.title') }).getByRole('button', { name: new RegExp(`^${seeded.title.slice(0, 12)}`) }).click()
  await page.getByRole('list', { name: p('claims.list') }).getByRole('listitem').first().getByRole('button').first().click()
  const suggestion = page.getByRole('status', { name: p('evidence.suggestion') })
  await expect(suggestion).toContainText(p('msg.suggestion.corroborated').replace('{{count}}', '2'))

  // An undo label: undo the second item; the flash names the action in the catalogue's words.
  await page.getByRole('button', { name: p('header.undo') }).click()
  await expect(page.locator('.banner-info')).toContainText(p('msg.undo.addEvidence'))
  await expect(suggestion).toContainText(p('msg.suggestion.oneSupport'))

  // A refusal: "attach a file" with no file chosen is refused by main; the header says why.
  await page.getByRole('button', { name: p('evidence.addLabel') }).click()
  const form = page.getByRole('form', { name: p('evidence.new') })
  await form.getByLabel(p('evidence.citation')).fill('Ministry statement')
  await form.getByLabel(p('evidence.attachFile')).check()
  await form.getByRole('button', { name: p('evidence.add') }).click()
  await expect(page.locator('.save-indicator')).toContainText(p('msg.error.evidenceNotChosen'))
  data.push('Ministry statement')

  // Words a third longer than the English and a long refusal in the save state: every header control
  // is still inside the window (Export was half off the right edge, Conflicts, ⚙ and Help beyond it).
  // The refusal shortens; the commands are buttons or, where they do not fit, in the ☰ menu.
  const controls = await page.locator('header.app-header').locator('button, input').evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent, right: el.getBoundingClientRect().right })),
  )
  expect(controls.length).toBeGreaterThan(3)
  for (const control of controls) expect(control.right, control.name ?? '').toBeLessThanOrEqual(1440)
  const commands = controls.map((c) => c.name)
  if (!commands.includes(p('header.export'))) expect(commands).toContain(`☰ ${p('header.menu')}`)
  else for (const command of ['importFile', 'paste', 'export', 'help']) expect(commands).toContain(p(`header.${command}`))

  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pseudo-workbench-1440x900.png') })
  expect(await englishOnScreen(page, data)).toEqual([])

  // The main views, each checked and photographed.
  for (const [event, name] of [
    ['menu.settings', 'settings'],
    ['menu.help', 'help'],
    ['menu.export', 'export'],
    ['menu.shortcuts', 'shortcuts'],
  ] as const) {
    await app.emit(event)
    await expect(page.getByRole('dialog')).toBeVisible()
    await page.screenshot({ path: join(SCREENSHOT_DIR, `pseudo-${name}-1440x900.png`) })
    expect(await englishOnScreen(page, data), name).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  }

  // The Merge dialog: another reviewer's export merged; its report and the merge's source in the
  // history ("export of …") in the catalogue's words. The report's lines are Markdown in a <pre>.
  const otherDir = mkdtempSync(join(tmpdir(), 'claimdesk-pseudo-b-'))
  const later = () => new Date(Date.now() + 3600_000)
  const b = await openWithSample(() => Workspace.open(otherDir, { now: later }), resolve(import.meta.dirname, '..', 'data'))
  const theirs = b.listArticles()[0].id
  await b.updateClaim(theirs, b.getArticle(theirs).claims[0].id, 'note', 'Seen by reviewer B')
  const exportPath = join(otherDir, 'reviewer-b.json')
  writeFileSync(exportPath, renderJson(b.allArticles(), later().toISOString()))
  await b.close()
  app.chooseMergeSourceNext(exportPath)
  await app.emit('menu.merge')
  const mergeDialog = page.getByRole('dialog', { name: p('merge.title') })
  await mergeDialog.getByRole('button', { name: p('merge.exportFile') }).click()
  const report = mergeDialog.getByRole('region', { name: p('merge.report') })
  await expect(report).toContainText(p('msg.mergeReport.title'))
  const reportLines = (await report.locator('pre').innerText()).split('\n').filter((line) => line.trim())
  expect(reportLines.length).toBeGreaterThan(3)
  expect(reportLines.filter((line) => !/[[\]]/.test(line)), 'report lines outside the catalogue').toEqual([])
  // The history names the merge by its file (data) and when it was made (the OS locale's, in <time>).
  await expect(mergeDialog.getByRole('region', { name: p('merge.earlier') })).toContainText(exportPath)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pseudo-merge-1440x900.png') })
  data.push(exportPath, 'Seen by reviewer B') // the merged note is the other reviewer's data
  expect(await englishOnScreen(page, data), 'merge').toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  rmSync(otherDir, { recursive: true, force: true })

  // The engine's states, in the words core and the store make them: the article changed on
  // disk by another program (for real), and, sent as main sends them (no lock or locked file can
  // be made on demand here), changes not saved because the file is locked and the disk full,
  // the lock taken back with them waiting, and a change both sides made to the same fields.
  const path = join(workspaceDir, 'articles', `${seeded.id}.json`)
  const file = JSON.parse(readFileSync(path, 'utf8'))
  file.claims[1].note = 'Checked on the shared drive'
  writeFileSync(`${path}.part`, JSON.stringify(file, null, 2))
  renameSync(`${path}.part`, path)
  const external = page.getByRole('status', { name: p('engine.externalTitle') })
  await expect(external.first()).toContainText(p('msg.external.reloaded').slice(12, 30))
  const guard = new WriteGuard(() => undefined)
  guard.mark(seeded.id, describeFileError(Object.assign(new Error('busy'), { code: 'EBUSY' })))
  guard.mark('other', describeFileError(Object.assign(new Error('full'), { code: 'ENOSPC' })))
  const unsaved = guard.state()!
  const retaken = message('lockState.retakenUnsaved', { unsaved: unsaved.text! })
  const lock: LockLostState = { retaken: true, holder: null, message: formatMessage(retaken), text: retaken, unsaved }
  const bothChanged = message('external.bothChanged', { title: seeded.title, fields: message('external.list', { first: message('claimPart.note'), rest: message('external.evidence', { id: 'e1' }) }) })
  const change: ExternalChange = { articleId: 'other', title: seeded.title, conflicts: ['note', 'evidence e1'], message: formatMessage(bothChanged), text: bothChanged }
  // The change first: the window reloads the article and asks main for the unsaved state (none here).
  await page.evaluate((change) => window.__claimdeskEmit('workspace.externalChange', change), change)
  await expect(external.filter({ hasText: p('msg.claimPart.note') })).toContainText(p('msg.external.evidence').replace('{{id}}', 'e1'))
  // Its reload asks main for the unsaved state (none): sent again until the banners stay.
  const unsavedBanner = page.locator('.engine-unsaved')
  await expect(async () => {
    await page.evaluate(
      ([unsaved, lock]) => {
        window.__claimdeskEmit('workspace.unsaved', unsaved)
        window.__claimdeskEmit('workspace.lockLost', lock)
      },
      [unsaved, lock] as const,
    )
    await expect(unsavedBanner).toContainText(p('msg.fileError.locked'), { timeout: 2_000 })
    await expect(unsavedBanner).toContainText(p('msg.fileError.diskFull'), { timeout: 2_000 })
    await expect(page.locator('.engine-lock')).toContainText(p('msg.fileError.diskFull'), { timeout: 2_000 })
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'pseudo-engine-states-1440x900.png') })
    expect(await englishOnScreen(page, [...data, 'Checked on the shared drive']), 'engine states').toEqual([])
    await expect(unsavedBanner).toBeVisible({ timeout: 1 })
  }).toPass({ timeout: 60_000 })

  // The lock held by another program, as the lock keeper says it from the lock's owner record:
  // the command by its name, the process and the time (in the reader's zone) in the catalogue's words.
  const holderText = describeOwner({ holder: 'claimdesk merge', pid: 4242, host: hostname(), since: new Date().toISOString() })
  const takenOver = message('lockState.takenOver', { holder: holderText })
  const held: LockLostState = { retaken: false, holder: formatMessage(holderText), holderText, message: formatMessage(takenOver), text: takenOver, unsaved }
  const heldBanner = page.getByRole('alert', { name: p('engine.lockTitle') })
  await expect(async () => {
    await page.evaluate((held) => window.__claimdeskEmit('workspace.lockLost', held), held)
    await expect(heldBanner).toContainText(p('msg.workspaceLock.here').replace('{{holder}}', 'claimdesk merge').replace('{{pid}}', '4242').split('{{since}}')[0], { timeout: 2_000 })
    await expect(heldBanner).not.toContainText('UTC')
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'pseudo-lock-held-1440x900.png') })
    expect(await englishOnScreen(page, [...data, 'Checked on the shared drive']), 'lock held').toEqual([])
  }).toPass({ timeout: 60_000 })
  await app.close()
})
