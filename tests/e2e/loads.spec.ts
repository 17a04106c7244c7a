import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const clientButton = (page: Page, name: string) =>
  page.getByRole('table').getByRole('button', { name, exact: true })

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
})

test('Maxes… for a client who loads in pounds: typed, shown and estimated in lb', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await clientButton(page, 'Marcus "Moe" Green').click()
  const panel = page.getByRole('region', { name: 'Maxes' })
  await panel.getByRole('button', { name: 'Maxes…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Maxes of Marcus "Moe" Green' })
  await expect(dialog.getByRole('combobox', { name: 'Loads in' })).toHaveValue('lb')
  await dialog.getByRole('combobox', { name: 'Lift' }).fill('Back squat')
  await dialog.getByLabel('1RM (lb)').fill('315')
  await dialog.getByRole('button', { name: 'Save max' }).click()
  await expect(dialog.getByRole('row', { name: /^Back squat/ })).toContainText('315 lb')
  await dialog.getByRole('combobox', { name: 'Lift' }).fill('Deadlift')
  await dialog.getByLabel('or from a set (lb × reps)').fill('225x5')
  await dialog.getByRole('button', { name: 'Save max' }).click()
  await expect(dialog.getByRole('row', { name: /^Deadlift/ })).toContainText(
    /262\.5 lb.*Epley from 225 lb × 5/,
  )
  // A max no one has is refused on the spot, and nothing is written.
  await dialog.getByRole('combobox', { name: 'Lift' }).fill('Bench press')
  await dialog.getByLabel('1RM (lb)').fill('0.0000001')
  await dialog.getByRole('button', { name: 'Save max' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('A 1RM is at least 1 kg')
  await page.screenshot({ path: test.info().outputPath('maxes-lb.png') })
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(panel).toContainText('Back squat 315 lb')
  await expect(panel).not.toContainText(' kg')
  expect(pageErrors).toEqual([])
})
