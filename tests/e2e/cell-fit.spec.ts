import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// What a cell holds stays in it at 1280×720: the findings beyond the worst are counted where the
// coach can see them, and a line's long intensity is cut at its own cell's edge.

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
})

test('a row with three findings shows the worst and "+2" inside its Findings cell, all three named', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  // Week 1 Monday 17:00: a hard run 10 min after heavy squats (critical), and two warnings.
  const cell = await sheet.cell(0, 'Findings')
  const more = cell.locator('.finding-more')
  await expect(cell.locator('.finding-tag')).toHaveCount(1)
  await expect(cell.locator('.finding-tag')).toContainText('hard run after heavy lift · INT-03')
  await expect(more).toContainText('+2')
  await expect(more).toHaveAttribute('title', /^Warning INT-01: .*\nWarning INT-08: /)
  await expect(cell).toContainText(
    'more: Warning 10 min gap · INT-01; Warning lift before key run · INT-08',
  )
  const inside = async () => {
    const [c, m] = [(await cell.boundingBox())!, (await more.boundingBox())!]
    return m.x >= c.x && m.x + m.width <= c.x + c.width
  }
  expect(await inside()).toBe(true)
  await page.screenshot({ path: test.info().outputPath('findings-more.png') })
  expect(pageErrors).toEqual([])
})

test('a line’s intensity wider than its column is cut at its edge, whole on hover', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  const intensity = page
    .getByRole('row', { name: /^Line: Back squat/ })
    .getByRole('gridcell', { name: 'Intensity' })
  await intensity.click()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('@77.5% RPE 8')
  await page.keyboard.press('Enter')
  const text = intensity.locator('.cell-clip')
  await expect(text).toHaveAttribute('title', '@77.5% @RPE8')
  const [cell, shown] = [(await intensity.boundingBox())!, (await text.boundingBox())!]
  expect(shown.x + shown.width).toBeLessThanOrEqual(cell.x + cell.width)
  await page.screenshot({ path: test.info().outputPath('line-intensity.png') })
  expect(pageErrors).toEqual([])
})
