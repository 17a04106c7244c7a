import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

test('a week is logged by keyboard: done with actual RPE and minutes, or skipped; the load chart and the findings follow, and Undo takes it back', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  const weekOneBar = page.locator('.load-chart svg').first().locator('title').first()
  const loadOf = async () => Number(/: (\d+) AU/.exec((await weekOneBar.textContent()) ?? '')![1])
  const before = await loadOf()
  const summary = page
    .getByRole('region', { name: /Findings/ })
    .locator('h2 + *')
    .first()
  const findingsBefore = await summary.textContent()
  // The fitness chart runs from Maya's logged block before this one through the plan.
  await page.getByText('Fitness and fatigue').click()
  const fitness = page.getByRole('img', {
    name: /^Going into the block \([\d-]+\): fitness [\d.]+, fatigue [\d.]+, form −?[\d.]+\./,
  })
  await expect(fitness).toBeVisible()
  await page.locator('.fitness-chart').screenshot({ path: test.info().outputPath('fitness.png') })
  const fitnessBefore = await fitness.getAttribute('aria-label')

  await new BlockPage(page).blockMenu('Log week…')
  const log = page.getByRole('dialog', { name: 'Log the week' })
  await log.getByRole('combobox', { name: 'Week' }).selectOption('0')
  // Tuesday's easy run went long and hard: done, RPE 9, 90 minutes. Thursday's tempo was skipped.
  await log.getByLabel('Tue 07:00 easy run: done').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(log.getByLabel('Tue 07:00 easy run: actual RPE')).toBeFocused()
  await page.keyboard.type('9')
  await page.keyboard.press('Tab')
  await page.keyboard.type('90')
  await log.getByLabel('Thu 07:00 tempo run: skipped').focus()
  await page.keyboard.press('Space')
  await page.screenshot({ path: test.info().outputPath('log-week.png') })
  await page.keyboard.press('Enter')
  await expect(page.getByText('Logged 2 sessions. Undo reverts it.')).toBeVisible()
  // The sheet says what was logged, on the rows themselves.
  await expect(page.locator('.logged-done')).toHaveText(['✓ done RPE 9 · 90 min'])
  await expect(page.locator('.logged-skipped')).toHaveText(['✗ skipped'])

  // The week's load now counts 9 × 90 = 810 AU for Tuesday's run and nothing for Thursday's.
  await expect.poll(loadOf).toBeGreaterThan(before + 300)
  await expect(summary).not.toHaveText(findingsBefore ?? '')
  await expect(fitness).not.toHaveAttribute('aria-label', fitnessBefore ?? '')

  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect.poll(loadOf).toBe(before)
  await expect(summary).toHaveText(findingsBefore ?? '')
  expect(pageErrors).toEqual([])
})

test('the Log columns (hidden by default) take a status and actuals in the sheet itself', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  const headers = sheet.grid.getByRole('columnheader')
  await expect(headers.filter({ hasText: 'Actual RPE' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Block', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Show log columns' }).click()
  await expect(headers.filter({ hasText: 'Actual RPE' })).toHaveCount(1)
  // Row 3 is week 1's Tuesday easy run: an actual RPE marks it done.
  await sheet.select(2, 'Actual RPE')
  await sheet.type('6')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Status')).toHaveText('done')
  await expect(sheet.rows().nth(2).locator('.logged-done')).toHaveText('✓ done RPE 6')
  // Skipped: the actuals go with it.
  await sheet.select(2, 'Status')
  await sheet.type('sk')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Status')).toHaveText('skipped')
  await expect(await sheet.cell(2, 'Actual RPE')).toHaveText('')
  await page.getByRole('button', { name: 'Block', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Hide log columns' }).click()
  await expect(headers.filter({ hasText: 'Status' })).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test.describe('on the coach’s own calendar', () => {
  // Fourteen hours ahead of UTC: just after midnight on a Monday there, UTC is still on Sunday.
  test.use({ timezoneId: 'Pacific/Kiritimati' })

  test('Log week… and Readiness… open on today as the coach’s calendar has it, not UTC’s', async ({
    page,
    host,
    pageErrors,
  }) => {
    await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
    const start = /from (\d{4}-\d{2}-\d{2})/.exec(
      (await page.locator('.block-dates').textContent()) ?? '',
    )![1]!
    // 00:30 on the Monday of week 3 where the coach is; UTC's date is week 2's Sunday.
    const monday = new Date(`${start}T00:00:00Z`)
    monday.setUTCDate(monday.getUTCDate() + 14)
    const mondayIso = monday.toISOString().slice(0, 10)
    await page.clock.setFixedTime(new Date(`${mondayIso}T00:30:00+14:00`))
    const sheet = new BlockPage(page)
    await sheet.blockMenu('Log week…')
    const log = page.getByRole('dialog', { name: 'Log the week' })
    await expect(log.getByRole('combobox', { name: 'Week' })).toHaveValue('2')
    await page.keyboard.press('Escape')
    await sheet.blockMenu('Readiness…')
    const readiness = page.getByRole('dialog', { name: 'Readiness of Maya Okafor' })
    await expect(readiness.getByLabel('Day', { exact: true })).toHaveValue(mondayIso)
    expect(pageErrors).toEqual([])
  })
})
