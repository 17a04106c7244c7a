import type { Page } from '@playwright/test'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// A coach at a 1280×720 laptop on Maya Okafor's 8-week block, whose every week has a lower-body
// lift on Monday (2 lines) and an upper-body lift on Wednesday (3 lines).

/** The row of the focused cell. */
const focusedRow = (page: Page) => page.locator('[role="row"]:has(> :focus)')

/** Keys down from the focused session row until a row named `name` has the cursor. */
async function downTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (name.test((await focusedRow(page).getAttribute('aria-label')) ?? '')) return
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`no row ${name} below`)
}

/** Opens the lines of Monday's and Wednesday's lifts of week 1 and Monday's of week 2. */
async function openThreeSessionsLines(page: Page, sheet: BlockPage): Promise<void> {
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  await downTo(page, /^Week 1, Wed/)
  await page.keyboard.press('Alt+ArrowDown')
  await downTo(page, /^Week 2, Mon 17:00/)
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('row', { name: /^Line: / })).toHaveCount(7)
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
})

test('Ctrl+End with three sessions’ lines open lands on the last session and shows it; Ctrl+Home goes back to the first', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await openThreeSessionsLines(page, sheet)
  const rowCount = Number(await sheet.grid.getAttribute('aria-rowcount'))

  await page.keyboard.press('Control+End')
  // The last session (its row just above the empty row), in its last column, in view.
  const last = focusedRow(page)
  await expect(last).toHaveAttribute('aria-rowindex', String(rowCount - 1))
  await expect(last).toHaveAttribute('aria-label', /^Week 8, /)
  await sheet.expectSeen(page.locator(':focus'))

  await page.keyboard.press('Control+Home')
  await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', '2')
  await expect(page.locator(':focus')).toHaveAttribute('aria-colindex', '1')
  await sheet.expectSeen(page.locator(':focus'))
  expect(pageErrors).toEqual([])
})

test('Page Down, Page Up and the arrows move over the rows on screen, lines included, and keep the cursor in view', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await openThreeSessionsLines(page, sheet)
  await page.keyboard.press('Control+Home')
  const rowOf = async () => Number(await focusedRow(page).getAttribute('aria-rowindex'))
  let before = await rowOf()
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press('PageDown')
    // A page is the rows the sheet shows, less one kept for context: more than a few rows. The
    // cursor moves when React has painted the key's answer, so the row is read until it has.
    await expect.poll(rowOf).toBeGreaterThan(before + 8)
    const after = await rowOf()
    await sheet.expectSeen(page.locator(':focus'))
    before = after
  }
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press('PageUp')
    await sheet.expectSeen(page.locator(':focus'))
  }
  await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', '2')
  // ArrowDown walks the open lines one by one: the first line is the row under its session.
  await page.keyboard.press('ArrowDown')
  await expect(focusedRow(page)).toHaveAttribute('aria-label', 'Line: Back squat 5x5 @80%')
  // ArrowUp from the top row of the sheet stays there, in view under the header.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(focusedRow(page)).toHaveAttribute('aria-rowindex', '2')
  await sheet.expectSeen(page.locator(':focus'))
  expect(pageErrors).toEqual([])
})

test('Tab after typing in Type goes past the read-only Day stress and Findings to Reps', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(2, 'Type / region')
  await page.keyboard.type('tempo')
  await page.keyboard.press('Tab')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Reps')).toBeFocused()
  await expect(await sheet.cell(2, 'Type / region')).toHaveText('tempo')
  // And Shift+Tab after typing in Reps comes back to Type, skipping them again.
  await page.keyboard.type('5')
  await page.keyboard.press('Shift+Tab')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Type / region')).toBeFocused()
  expect(pageErrors).toEqual([])
})

test('a day changed with Enter moves the row far down; the cursor under it is in view', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  // Week 1 Monday's lift goes to week 4: its row re-sorts out of sight.
  await sheet.select(0, 'Week')
  await sheet.type('4')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Week 4, Mon 17:00' })).toHaveCount(2)
  await sheet.expectSeen(page.locator(':focus'))
  await expect(focusedRow(page)).toHaveAttribute('aria-label', /^Week 4, /)
  expect(pageErrors).toEqual([])
})

/** Fails unless the open cell editor covers the focused cell's box (to the pixel, give or take). */
async function expectEditorOnCell(page: Page, what: string): Promise<void> {
  const editor = page.locator('.cell-editor input')
  await expect(editor).toBeFocused()
  const cell = page.locator('[role="gridcell"]:has(.cell-editor)')
  const [a, b] = await Promise.all([editor.boundingBox(), cell.boundingBox()])
  const off = Math.max(Math.abs(a!.x - b!.x), Math.abs(a!.width - b!.width))
  expect(
    off,
    `${what}: editor at x ${a!.x} w ${a!.width}, cell at x ${b!.x} w ${b!.width}`,
  ).toBeLessThan(3)
  await page.keyboard.press('Escape')
}

test('every cell’s editor sits on its cell, scrolled sideways or not, at 1024, 1280 and 1920 px', async ({
  page,
  host,
  pageErrors,
}) => {
  // About a hundred editors opened and measured: more than the default minute on a busy machine.
  test.setTimeout(180_000)
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  const labels = await sheet.grid.getByRole('columnheader').allTextContents()
  const editable = (label: string) => !['Day stress', 'Findings'].includes(label)
  for (const [width, height] of [
    [1024, 720],
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await sheet.select(0, 'Week')
    // Rightwards from Week, the sheet unscrolled at first, then scrolled to reach Notes; then
    // leftwards back to Week with the sheet still scrolled (the frozen columns stuck).
    for (const [direction, order] of [
      ['ArrowRight', labels],
      ['ArrowLeft', [...labels].reverse()],
    ] as const) {
      for (const [i, label] of order.entries()) {
        if (i > 0) await page.keyboard.press(direction)
        if (!editable(label)) continue
        await page.keyboard.press('F2')
        await expectEditorOnCell(page, `${width} px, ${label} (${direction})`)
      }
    }
    // The lines' cells too, among them the exercise that stays in view beside the frozen columns.
    await page.keyboard.press('Alt+ArrowDown')
    for (const label of ['Exercise', 'Sets × reps', 'Intensity', 'Rest', 'Line notes']) {
      while ((await page.locator(':focus').getAttribute('aria-label')) !== label)
        await page.keyboard.press('ArrowRight')
      await page.keyboard.press('F2')
      await expectEditorOnCell(page, `${width} px, line ${label}`)
    }
    await page.keyboard.press('Alt+ArrowUp')
  }
  expect(pageErrors).toEqual([])
})

test('a paste over sessions of two weeks asks once; a lift pasted or typed into a run keeps no lift lines, they go to its notes, and undo puts them back', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  const mondayLift = page.getByRole('row', { name: 'Week 2, Mon 17:00' })
  const cellOf = async (row: typeof mondayLift, column: string) =>
    row.getByRole('gridcell').nth(await sheet.columnIndex(column))
  // From week 1's Saturday down over week 2's Monday lift and run: three easy runs.
  await sheet.select(6, 'Modality')
  await sheet.paste('easy run\r\neasy run\r\neasy run\r\n')
  const ask = page.getByRole('dialog', { name: 'Paste over 3 sessions in weeks 1, 2?' })
  await expect(ask).toContainText('Week 2 Mon 17:00: 70 min lower lift (2 lines)')
  // Escape: nothing changes, and the keyboard is back on the sheet.
  await page.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  await expect(await cellOf(mondayLift, 'Modality')).toHaveText('strength')
  await expect(await sheet.cell(6, 'Modality')).toBeFocused()
  // Again, and Enter replaces them: the lift is a run now, its lines in its notes, as it says.
  await sheet.paste('easy run\r\neasy run\r\neasy run\r\n')
  await expect(ask).toBeVisible()
  await page.keyboard.press('Enter')
  await sheet.saved()
  await expect(await cellOf(mondayLift, 'Modality')).toHaveText('run')
  await expect(await cellOf(mondayLift, 'Type / region')).toHaveText('easy')
  await expect(await cellOf(mondayLift, 'Notes')).toHaveText(
    'Lines: Back squat 5x5 @80%; Romanian deadlift 3x8',
  )
  await expect(
    page.getByText(
      /Week 2 Mon 17:00 changed between lifting and other training: 2 exercise lines moved to its notes/,
    ),
  ).toBeVisible()
  // One undo: the lift with its two lines, and its notes as they were.
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await expect(await cellOf(mondayLift, 'Modality')).toHaveText('strength')
  await expect(await cellOf(mondayLift, 'Type / region')).toContainText('2 lines')
  await expect(await cellOf(mondayLift, 'Notes')).toHaveText('')
  // What the banner said is no longer so: it goes with the step.
  await expect(page.getByText(/exercise lines moved to its notes/)).toHaveCount(0)

  // Typed: week 1's Monday lift becomes an easy run; no lines come with it.
  await sheet.select(0, 'Modality')
  await sheet.type('easy run')
  await sheet.saved()
  await expect(await sheet.cell(0, 'Type / region')).toHaveText('easy')
  await expect(await sheet.cell(0, 'Notes')).toContainText('Lines: Back squat 5x5 @80%')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('row', { name: /^Line: / })).toHaveCount(0)
  expect(pageErrors).toEqual([])
})
