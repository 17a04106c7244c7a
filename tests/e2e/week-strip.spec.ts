import type { Page } from '@playwright/test'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

const weekLabel = (page: Page, week: number) =>
  page
    .getByRole('region', { name: 'Day stress by week' })
    .locator('.week-strip-label')
    .filter({ hasText: new RegExp(`^Wk ${week} `) })

for (const width of [1024, 1280]) {
  test(`at ${width}×720 every week of a 12-week strip is reached by keyboard and read whole; the week holding today is in view`, async ({
    page,
    host,
    pageErrors,
  }) => {
    await page.setViewportSize({ width, height: 720 })
    // Today is after Priya's block: its last week is the one brought into view.
    await page.clock.setFixedTime(new Date('2031-01-15T12:00:00Z'))
    const sheet = await BlockPage.open(page, host.url, 'Priya Raman', 'Marathon base')
    await sheet.expectSeen(weekLabel(page, 12))
    await page.screenshot({ path: test.info().outputPath(`week-strip-${width}-today.png`) })
    // The strip takes the keyboard: Home shows week 1, End the last week, each label whole.
    const strip = page.getByRole('group', { name: /Weeks/ })
    await strip.focus()
    await page.keyboard.press('Home')
    await sheet.expectSeen(weekLabel(page, 1))
    await page.keyboard.press('End')
    for (const week of [12, 11, 10]) {
      await sheet.expectSeen(weekLabel(page, week))
      const label = (await weekLabel(page, week).boundingBox())!
      const box = (await strip.boundingBox())!
      expect(label.x + label.width).toBeLessThanOrEqual(box.x + box.width + 1)
    }
    // The legend beside the strip covers none of it.
    const legend = (await page.getByRole('definition').first().boundingBox())!
    const box = (await strip.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(legend.x)
    await page.screenshot({ path: test.info().outputPath(`week-strip-${width}-end.png`) })
    expect(pageErrors).toEqual([])
  })
}
