import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

const arrangement = async (sheet: BlockPage) =>
  (await sheet.rows().allInnerTexts())
    .map((row) => row.split('\n').slice(0, 6).join(' '))
    .join(' | ')

test('balance: reject changes nothing; accept applies the moves as one step that undo reverts', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Sofia Lindqvist', 'Cut — phase 1')
  await expect(sheet.findingsFor('INT-06').first()).toBeVisible()
  const original = await arrangement(sheet)

  await sheet.blockMenu('Balance this week')
  const dialog = page.getByRole('dialog', { name: 'Balance week 1' })
  await expect(dialog.getByRole('table', { name: 'Moves' }).getByRole('row')).not.toHaveCount(0)
  await expect(dialog.getByRole('region', { name: 'Findings before' })).toContainText('INT-06')
  await dialog.getByRole('button', { name: 'Reject' }).click()
  await expect(dialog).toHaveCount(0)
  expect(await arrangement(sheet)).toBe(original)
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled()

  await sheet.blockMenu('Balance this week')
  const after = await dialog.getByRole('region', { name: 'Findings after' }).innerText()
  await dialog.getByRole('button', { name: /^Accept/ }).click()
  await sheet.saved()
  expect(await arrangement(sheet)).not.toBe(original)
  // Both stacked days (INT-06 critical) are cleared. Before v1.1 the balancer did it by putting
  // both interval sessions on Wednesday; now stacking is never the price, and one INT-06 stays at
  // warn (HIIT in the morning before heavy legs), which the coach can see and judge.
  expect(after).toMatch(/^After: 0 critical/)
  expect(after).not.toMatch(/INT-12|INT-13/)
  const panel = page.getByRole('region', { name: /Findings/ }).getByRole('listitem')
  await expect(panel.filter({ hasText: /INT-1[23]\s*Wk 1/ })).toHaveCount(0)
  await expect(panel.filter({ hasText: /INT-06\s*Wk 1/ })).toHaveCount(1)

  await page.getByRole('button', { name: 'Undo balance' }).click()
  await sheet.saved()
  expect(await arrangement(sheet)).toBe(original)
  expect(pageErrors).toEqual([])
})

for (const [width, height] of [
  [1024, 720],
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`the block screen at ${width}×${height} (screenshot kept as an artifact)`, async ({
    page,
    host,
    pageErrors,
  }) => {
    await page.setViewportSize({ width, height })
    const sheet = await BlockPage.open(page, host.url, 'Priya Raman', 'Marathon base')
    await expect(sheet.rows().first()).toBeVisible()
    // Nothing the coach needs may be pushed out of view: the grid, the findings and the chart.
    for (const region of [
      sheet.grid,
      page.getByRole('region', { name: /Findings/ }),
      page.getByRole('region', { name: 'Load' }),
    ]) {
      const box = await region.boundingBox()
      expect(box, 'visible').not.toBeNull()
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1)
      expect(box!.height).toBeGreaterThan(100)
    }
    await page.screenshot({
      path: test.info().outputPath(`block-${width}x${height}.png`),
      fullPage: false,
    })
    // Scrolled to Notes, the frozen columns (Week to Modality) still say which session it is.
    await sheet.select(0, 'Week')
    await page.keyboard.press('End')
    const week = await sheet.cell(0, 'Week')
    const notes = await sheet.cell(0, 'Notes')
    await sheet.expectSeen(notes)
    await sheet.expectSeen(week)
    await page.screenshot({ path: test.info().outputPath(`block-${width}x${height}-notes.png`) })
    expect(pageErrors).toEqual([])
  })
}
