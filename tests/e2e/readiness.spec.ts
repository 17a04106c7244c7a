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
