import type { Locator } from '@playwright/test'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

/** How many of `rows` lie wholly inside `box` (a scroller), below its sticky header row. */
async function rowsInView(box: Locator, rows: Locator, header: Locator): Promise<number> {
  const view = (await box.boundingBox())!
  const top = view.y + (await header.boundingBox())!.height
  let count = 0
  for (const row of await rows.all()) {
    const r = await row.boundingBox()
    if (r && r.y >= top - 1 && r.y + r.height <= view.y + view.height + 1) count++
  }
  return count
}

test('at 1280×720 the sheet shows 16 rows and the findings two cards; the toolbar is one line and the Block menu', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  const scroller = sheet.grid.locator('.sheet-scroll')
  const rows = sheet.grid.locator('[role="row"]:not(.sheet-header)')
  expect(
    await rowsInView(scroller, rows, sheet.grid.locator('.sheet-header')),
  ).toBeGreaterThanOrEqual(16)
  // Two finding cards, their heads in view inside the panel.
  const cards = sheet.page
    .getByRole('region', { name: /Findings/ })
    .getByRole('list', { name: 'Findings', exact: true })
    .getByRole('listitem')
  await sheet.expectSeen(cards.nth(0).locator('.finding-head'))
  await sheet.expectSeen(cards.nth(1).locator('.finding-head'))
  // The side panel folds away (the sheet takes the width) and comes back.
  await page.getByRole('button', { name: 'Hide findings' }).click()
  await expect(page.getByRole('region', { name: /Findings/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Show findings' }).click()
  // It is resized from the splitter by keyboard: ← gives the panel 40 px more.
  const side = page.locator('#block-side')
  const before = (await side.boundingBox())!.width
  await page.getByRole('separator', { name: /Side panel width/ }).focus()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect.poll(async () => (await side.boundingBox())!.width).toBeGreaterThan(before + 30)
  expect(pageErrors).toEqual([])
})

test('scrolled sideways, an open line keeps its exercise readable beside the frozen columns', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('Alt+ArrowUp')
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('End')
  const squat = page.getByRole('row', { name: 'Line: Back squat 5x5 @80%' })
  await expect(squat.getByRole('gridcell', { name: 'Line notes' })).toBeFocused()
  expect(
    await sheet.grid
      .locator('.sheet-scroll')
      .evaluate((s) => (s as unknown as { scrollLeft: number }).scrollLeft),
  ).toBeGreaterThan(0)
  await sheet.expectSeen(squat.getByRole('gridcell', { name: 'Exercise', exact: true }))
  await expect(squat.getByRole('gridcell', { name: 'Exercise', exact: true })).toHaveText(
    'Back squat',
  )
  expect(pageErrors).toEqual([])
})

test('the charts have axes with units and legends, open full width, and say why when there is nothing to plot', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  const load = page.getByRole('region', { name: 'Load' })
  await expect(load.getByText('load (AU)', { exact: true })).toBeVisible()
  await expect(load.getByText('0.8–1.3 sweet spot')).toBeVisible()
  await load.getByRole('button', { name: 'Open the charts full width' }).click()
  const charts = page.getByRole('dialog', { name: /^Charts of Maya Okafor/ })
  const bars = charts.getByRole('img', { name: /^Weekly load for 8 weeks/ })
  await expect(bars).toBeVisible()
  // Drawn as in the side panel, not black.
  const fill = await bars
    .locator('rect.bar')
    .first()
    .evaluate((bar) => {
      // This runs in the page; the test project has Node types only, so name the DOM part here.
      const page = globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }
      return page.getComputedStyle(bar).fill
    })
  expect(fill).toBe('rgb(127, 156, 201)')
  expect((await bars.boundingBox())!.width).toBeGreaterThan(900)
  await expect(charts.getByRole('img', { name: /^Going into the block/ })).toBeVisible()
  await expect(charts.getByText('fatigue (ATL, 7-day load)')).toBeVisible()
  // Form is in the unit the fitness chart gives CTL and ATL in, on both charts that draw it.
  await expect(charts.getByText('form (TSS-eq/day)', { exact: true })).toBeVisible()
  await expect(charts.getByText('form (AU)')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('charts-full-width.png') })
  await page.keyboard.press('Escape')
  await expect(charts).toHaveCount(0)

  // A block years ahead has no load before it: a message, not an empty band.
  await page.getByRole('button', { name: '← Roster' }).click()
  await page.getByRole('button', { name: 'New block for Tom Becker' }).click()
  const create = page.getByRole('dialog', { name: 'New block for Tom Becker' })
  await create.getByLabel('Block name').fill('Far ahead')
  await create.getByLabel('Starts on (a Monday)').fill('2030-01-07')
  await create.getByRole('button', { name: 'Create block' }).click()
  await expect(page.getByRole('heading', { name: 'Tom Becker · Far ahead' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Load' }).getByRole('note')).toContainText(
    'ACWR (acute:chronic load) needs 28 days of load',
  )
  await expect(sheet.grid).toBeVisible()
  expect(pageErrors).toEqual([])
})
