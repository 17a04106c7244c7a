import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

test('readiness shows as a strip above the weeks; a day reported ill by keyboard brings the illness rule into that week', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await BlockPage.open(page, host.url, 'Priya Raman', 'Marathon base')
  // Priya's last mornings: short sleep, heavy fatigue, low mood, each a day to watch.
  const strip = page.getByRole('region', { name: 'Readiness by day' })
  await expect(strip.getByRole('button', { name: /: watch \(sleep/ }).first()).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('readiness-strip.png') })
  const findings = page.getByRole('region', { name: /Findings/ })
  await expect(findings.getByRole('button', { name: /^RDY-07/ })).toHaveCount(0)

  // This week's Monday morning: ill. Week 3 began this Monday (the demo block began 2 weeks ago).
  const monday = await strip.getByRole('button').nth(14).getAttribute('aria-label')
  await strip.getByRole('button').nth(14).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Readiness of Priya Raman' })
  await expect(dialog.getByLabel('Day', { exact: true })).toHaveValue(monday!.slice(0, 10))
  await dialog.getByLabel('ill (fever, systemic symptoms)').check()
  await dialog.getByRole('button', { name: 'Save the day' }).click()
  // The day as saved, each value named: that morning's report, now with the illness.
  await expect(dialog.getByRole('status')).toHaveText(
    new RegExp(`^Saved ${monday!.slice(0, 10)}: Sleep [\\d.]+ h · .* · ill\\.$`),
  )
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(strip.getByRole('button').nth(14)).toHaveAccessibleName(/: red flag \(.*ill\)/)
  await expect(findings.getByRole('button', { name: /^RDY-07/ })).toHaveCount(1)
  expect(pageErrors).toEqual([])
})

test('the readiness strip is one Tab stop: the arrows move a day, Page Up or Down a week, Enter opens that day', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await BlockPage.open(page, host.url, 'Priya Raman', 'Marathon base')
  const strip = page.getByRole('region', { name: 'Readiness by day' })
  const marks = strip.getByRole('button')
  const focusedLabel = () => page.locator(':focus').getAttribute('aria-label')
  const dayAfter = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
  // Twelve weeks of marks, but one of them in the Tab order: the latest report up to today.
  expect(await marks.count()).toBe(84)
  const stop = strip.locator('button[tabindex="0"]')
  await expect(stop).toHaveCount(1)
  await expect(stop).toHaveAccessibleName(/: (fine|watch|red flag) \(/)
  await stop.focus()
  const start = (await focusedLabel())!.slice(0, 10)
  // Tab leaves the strip at once; Shift+Tab comes back to the same day.
  await page.keyboard.press('Tab')
  await expect(strip.locator(':focus')).toHaveCount(0)
  await page.keyboard.press('Shift+Tab')
  expect((await focusedLabel())!.slice(0, 10)).toBe(start)
  await page.keyboard.press('ArrowLeft')
  expect((await focusedLabel())!.slice(0, 10)).toBe(dayAfter(start, -1))
  await page.keyboard.press('PageUp')
  expect((await focusedLabel())!.slice(0, 10)).toBe(dayAfter(start, -8))
  // The day moved to keeps the Tab stop.
  await expect(stop).toHaveCount(1)
  await expect(stop).toHaveAttribute('aria-label', new RegExp(`^${dayAfter(start, -8)}`))
  await page.keyboard.press('Home')
  const first = (await focusedLabel())!.slice(0, 10)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Readiness of Priya Raman' })
  await expect(dialog.getByLabel('Day', { exact: true })).toHaveValue(first)
  // Closed, the day has the keyboard again, ready for the next one (it went to the sheet).
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect.poll(focusedLabel).toMatch(new RegExp(`^${first}`))
  await page.keyboard.press('ArrowRight')
  expect((await focusedLabel())!.slice(0, 10)).toBe(dayAfter(first, 1))
  expect(pageErrors).toEqual([])
})
