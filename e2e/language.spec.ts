// Issue 15: Korean text is declared Korean, so Chromium draws it with Korean glyph shapes and
// a Korean font from the OS's stack (Malgun Gothic, Apple SD Gothic Neo, Noto Sans CJK KR),
// and screen readers read it with a Korean voice. The file is a real Daily NK Korean text in
// CP949, the "ANSI" of Korean Windows.
import { copyFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchApp, test, expect as baseExpect, articleButton } from './fixtures'

const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(180_000)
/** A Korean face is named, and no Japanese or Chinese face comes before it. */
function koreanFirst(family: string): boolean {
  const korean = Math.min(...['Malgun Gothic', 'Apple SD Gothic Neo', 'Noto Sans CJK KR'].map((f) => family.indexOf(f)).filter((i) => i >= 0))
  const others = ['Yu Gothic', 'Hiragino Sans', 'Noto Sans CJK JP', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC'].map((f) => family.indexOf(f)).filter((i) => i >= 0)
  return Number.isFinite(korean) && others.every((i) => i > korean)
}
const CP949 = join(dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'services', '__fixtures__', 'encodings', 'dailynk-ko.cp949.txt')

test('a Korean article (CP949) is declared Korean and drawn from the Korean font stack', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  const file = join(workspaceDir, '..', `dailynk-ko-${Date.now()}.txt`)
  copyFileSync(CP949, file)
  app.chooseFilesNext([file])
  await app.emit('menu.import')
  const item = articleButton(page, /^북한에서 전기자전거와/)
  await item.click()
  const text = page.getByLabel('Article text')
  await expect(text).toHaveAttribute('lang', 'ko')
  await expect(text).toContainText('함경북도 소식통은')
  const family = await text.evaluate((el) => getComputedStyle(el).fontFamily)
  expect(koreanFirst(family), family).toBe(true)
  // no Japanese or Chinese face at all for Korean text
  expect(family).not.toMatch(/Yu Gothic|PingFang|YaHei|CJK JP|CJK SC/)
  await app.close()
})

test('a Korean paragraph on an English page carries its own language', async ({ workspaceDir }) => {
  const app = await launchApp({ workspaceDir })
  const { page } = app
  const file = join(workspaceDir, '..', `mixed-${Date.now()}.txt`)
  writeFileSync(
    file,
    'Young North Koreans buy electric bicycles\n\n' +
      'Electric bicycles and smartphones have become popular among young people in North Korea despite their high prices, a source told Daily NK.\n\n' +
      '함경북도 소식통은 3일 데일리NK와의 통화에서 “청진 등 대도시에서 최근 젊은 사람들에게 전기 자전거나 타치폰(스마트폰)이 대세다”고 말했다.\n',
  )
  app.chooseFilesNext([file])
  await app.emit('menu.import')
  await articleButton(page, /^Young North Koreans buy/).click()
  const text = page.getByLabel('Article text')
  await expect(text).toHaveAttribute('lang', 'en')
  const korean = text.locator('[lang="ko"]')
  await expect(korean).toHaveCount(1)
  await expect(korean).toContainText('함경북도 소식통은')
  const family = await korean.evaluate((el) => getComputedStyle(el).fontFamily)
  expect(koreanFirst(family), family).toBe(true)
  expect(family).not.toMatch(/Yu Gothic|PingFang|YaHei|CJK JP|CJK SC/)
  await app.close()
})
