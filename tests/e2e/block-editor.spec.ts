import { startHost } from './browser-host-process'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

test('keyboard navigation and editing save to the database', async ({
  page,
  host,
  dbFile,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(0, 'Week')
  await expect(await sheet.cell(0, 'Week')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(await sheet.cell(0, 'Start')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(await sheet.cell(1, 'Start')).toBeFocused()
  await page.keyboard.press('End')
  await expect(await sheet.cell(1, 'Notes')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(await sheet.cell(1, 'Week')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(await sheet.cell(1, 'Day')).toBeFocused()

  // Typing starts an edit that replaces the value; Enter commits and moves down.
  await sheet.select(2, 'Start')
  await sheet.type('06:45')
  await sheet.saved()
  await expect(await sheet.cell(3, 'Start')).toBeFocused()
  // F2 edits in place, keeping the value; Escape cancels.
  await sheet.select(2, 'Minutes')
  await page.keyboard.press('F2')
  await expect(page.getByLabel('Minutes value')).toHaveValue('40')
  await page.keyboard.press('Escape')
  await expect(page.getByLabel('Minutes value')).toHaveCount(0)
  // An enumeration edits with a typeahead list.
  await sheet.select(2, 'Type / region')
  await page.keyboard.type('temp')
  await expect(
    page.getByRole('listbox', { name: 'Type / region options' }).getByRole('option'),
  ).toHaveText(['tempo'])
  await sheet.expectSeen(page.getByRole('option', { name: 'tempo' }))
  await page.keyboard.press('Enter')
  await expect(await sheet.cell(2, 'Type / region')).toHaveText('tempo')
  await sheet.saved()

  await host.stop()
  const again = await startHost(dbFile)
  try {
    const reopened = await BlockPage.open(page, again.url, 'Maya Okafor', 'Half-marathon build')
    await expect(await reopened.cell(2, 'Start')).toHaveText('06:45')
    await expect(await reopened.cell(2, 'Type / region')).toHaveText('tempo')
  } finally {
    await again.stop()
  }
  expect(pageErrors).toEqual([])
})

test('an invalid value is refused with its message and the old value stays', async ({
  page,
  host,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(1, 'Start')
  await sheet.type('dawn')
  await sheet.expectSeen(
    page
      .getByRole('alert')
      .filter({ hasText: 'Start must be a time like 07:00, 7am or 19.30, not "dawn"' }),
  )
  await page.keyboard.press('Escape')
  await expect(await sheet.cell(1, 'Start')).toHaveText('18:20')

  await sheet.select(1, 'Minutes')
  await sheet.type('-5')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Minutes: duration must be at least 1 minute' }),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(await sheet.cell(1, 'Minutes')).toHaveText('35')
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled()
})

test('a 3×4 tab-separated paste applies valid cells, adds rows past the end, lists rejects, and undoes as one step', async ({
  page,
  host,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  const before = await sheet.rows().count()
  await sheet.select(before - 2, 'Day')
  // Day, Start, Minutes, Modality × 3 rows: the last row lands past the end and becomes a session.
  await sheet.paste('Tue\t06:30\t45\trun\r\nWed\tsoon\t50\tcycle\r\nSun\t10:00\t30\twalk\r\n')
  await expect(sheet.rows()).toHaveCount(before + 1)
  await expect(
    page.getByRole('alert').filter({ hasText: 'One value was not taken' }),
  ).toContainText('Start must be a time like 07:00, 7am or 19.30, not "soon"')
  await sheet.saved()
  await expect(page.getByRole('row', { name: /Week 4, Sun 10:00/ })).toHaveCount(1)

  await page.getByRole('button', { name: 'Undo paste' }).click()
  await expect(sheet.rows()).toHaveCount(before)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(sheet.rows()).toHaveCount(before + 1)
})

test('Ctrl+C copies a shift-arrow range as tab-separated text that pastes back into other rows', async ({
  page,
  host,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  const text = async (row: number, column: string) =>
    (await (await sheet.cell(row, column)).innerText()).trim()
  const expected = [
    [await text(0, 'Day'), await text(0, 'Start'), await text(0, 'Minutes')],
    [await text(1, 'Day'), await text(1, 'Start'), await text(1, 'Minutes')],
  ]
  await sheet.select(0, 'Day')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('ControlOrMeta+c')
  const clipboard = await page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  )
  // Cells split by tabs, rows by CRLF, as spreadsheets read them.
  expect(clipboard).toBe(expected.map((row) => row.join('\t')).join('\r\n'))

  // The same text pastes back into rows 3 and 4 (same week), which re-sort to their new days.
  const monday = page.getByRole('row', { name: 'Week 1, Mon 18:00' })
  const tuesday = page.getByRole('row', { name: 'Week 1, Tue 18:00' })
  await expect(monday).toHaveCount(1)
  await expect(tuesday).toHaveCount(1)
  await sheet.select(2, 'Day')
  await sheet.paste(clipboard)
  await sheet.saved()
  await expect(monday).toHaveCount(2)
  await expect(tuesday).toHaveCount(2)
})

test('fill-down copies the top row of a selection into the rows below, and Ctrl+Z undoes it', async ({
  page,
  host,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Amara Nwosu', 'Hyrox prep')
  await sheet.select(1, 'Terrain')
  await sheet.type('hilly')
  await sheet.saved()
  await sheet.select(1, 'Terrain')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Control+d')
  await sheet.saved()
  for (const row of [1, 2, 3]) await expect(await sheet.cell(row, 'Terrain')).toHaveText('hilly')
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Terrain')).toHaveText('flat')
  await page.keyboard.press('Control+Shift+z')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Terrain')).toHaveText('hilly')
})

test('building S02 (heavy squats then a 25-min run) raises INT-01 and INT-04; a cool-down clears them', async ({
  page,
  host,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Amara Nwosu', 'Hyrox prep')
  await expect(sheet.findingsFor('INT-04')).toHaveCount(0)
  // Row 0 is Monday's 07:00 squat session (60 min); add a run after it.
  await sheet.select(0, 'Week')
  await sheet.blockMenu(/^Insert row/)
  await sheet.saved()
  const run = sheet.rows().nth(1)
  await expect(run).toContainText('run')
  await sheet.select(1, 'Start')
  await sheet.type('08:00')
  await sheet.select(1, 'Minutes')
  await sheet.type('25')
  await sheet.saved()
  await expect(sheet.findingsFor('INT-01').first()).toBeVisible()
  await expect(sheet.findingsFor('INT-04').first()).toContainText('25-min easy run after')
  await expect(await sheet.cell(1, 'Findings')).toContainText('INT-04')

  await sheet.select(1, 'Minutes')
  await sheet.type('8')
  await sheet.saved()
  await expect(sheet.findingsFor('INT-04')).toHaveCount(0)
  await expect(sheet.findingsFor('INT-01').filter({ hasText: 'Wk 1 Mon' })).toHaveCount(0)
})

test('edits typed faster than the backend answers are saved in order, and undo takes them back one by one', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  // Every save reaches the real host 400 ms late, so the coach is always ahead of the backend here.
  await sheet.delaySaves(400)
  await sheet.select(1, 'Minutes')
  // The sheet stays where it is while edits save: the header once grew a line when Undo named the
  // step ("Undo edit Minutes"), and a click made during a save landed on the row above.
  const sheetTop = async () => (await page.getByRole('grid', { name: 'Sessions' }).boundingBox())!.y
  const before = await sheetTop()
  await sheet.type('30')
  // A slow save says so, and the cursor has already moved on for the next value.
  await expect(page.getByRole('status').filter({ hasText: 'Saving…' })).toBeVisible()
  await expect(await sheet.cell(2, 'Minutes')).toBeFocused()
  // A click while that save is on its way lands on the cell clicked, not beside the old cursor.
  await sheet.type('41')
  const clicked = (await (await sheet.cell(5, 'Start')).boundingBox())!
  await page.mouse.click(clicked.x + 8, clicked.y + 8)
  await sheet.saved()
  expect(await sheetTop()).toBe(before)
  await expect(page.getByRole('button', { name: 'Undo edit Minutes' })).toHaveText('Undo')
  await expect(await sheet.cell(5, 'Start')).toBeFocused()
  await expect(await sheet.cell(5, 'Start')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Control+Home')
  await expect(await sheet.cell(1, 'Minutes')).toHaveText('30')
  await expect(await sheet.cell(2, 'Minutes')).toHaveText('41')
  // Each save went on top of the one before it: none was refused as a stale revision.
  await expect(page.getByText(/Not saved/)).toHaveCount(0)

  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Minutes')).toHaveText('40')
  await expect(await sheet.cell(1, 'Minutes')).toHaveText('35')
  // Clicking a finding while a save is on its way selects the finding's rows, and they stay selected.
  await sheet.select(3, 'Minutes')
  const finding = sheet.findingsFor('INT-03').filter({ hasText: 'Wk 1 Mon' }).getByRole('button')
  // The panel scrolls: the coach brings the finding into view before clicking it.
  await finding.first().scrollIntoViewIfNeeded()
  const head = (await finding.first().boundingBox())!
  await sheet.type('33')
  await page.mouse.click(head.x + 8, head.y + 8)
  await sheet.saved()
  await expect(await sheet.cell(3, 'Minutes')).toHaveText('33')
  await expect(await sheet.cell(0, 'Week')).toHaveAttribute('aria-selected', 'true')
  await expect(await sheet.cell(1, 'Notes')).toHaveAttribute('aria-selected', 'true')
  await expect(await sheet.cell(4, 'Minutes')).toHaveAttribute('aria-selected', 'false')
  await sheet.undelaySaves()
  const reopened = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await expect(await reopened.cell(1, 'Minutes')).toHaveText('35')
  await expect(await reopened.cell(2, 'Minutes')).toHaveText('40')
  await expect(page.getByText(/Not saved/)).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('an edit left by clicking elsewhere is saved once, and focus stays where the coach clicked', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(2, 'Minutes')
  await page.keyboard.type('44')
  const finding = sheet.findingsFor('INT-03').filter({ hasText: 'Wk 1 Mon' })
  await finding.getByRole('button', { name: 'Override…' }).click()
  // The reason box keeps the keyboard: the closing editor must not pull focus back to the grid.
  const reason = finding.getByLabel('Reason for overriding INT-03')
  await expect(reason).toBeFocused()
  await page.keyboard.type('agreed')
  await expect(reason).toHaveValue('agreed')
  await sheet.saved()
  await expect(await sheet.cell(2, 'Minutes')).toHaveText('44')
  // Saved once: a second save of the same edit would be refused as a stale revision.
  await expect(page.getByText(/Not saved/)).toHaveCount(0)
  const reopened = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await expect(await reopened.cell(2, 'Minutes')).toHaveText('44')
  expect(pageErrors).toEqual([])
})

test('clicking a finding selects exactly the rows it concerns', async ({ page, host }) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(5, 'Minutes')
  await sheet
    .findingsFor('INT-03')
    .filter({ hasText: 'Wk 1 Mon' })
    .getByRole('button')
    .first()
    .click()
  // Week 1 Monday's lift and run, every column, and nothing from where the cursor was before.
  for (const row of [0, 1])
    for (const column of ['Week', 'Minutes', 'Notes'])
      await expect(await sheet.cell(row, column)).toHaveAttribute('aria-selected', 'true')
  for (const row of [2, 5])
    await expect(await sheet.cell(row, 'Minutes')).toHaveAttribute('aria-selected', 'false')
  await page.getByRole('button', { name: 'Block', exact: true }).click()
  await expect(page.getByRole('menuitem', { name: /^Delete 2 rows/ })).toBeVisible()
})

test('an override with a reason greys the finding and survives a reload', async ({
  page,
  host,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  // Overridden findings move to the end of the panel, so this one is named by its week and day.
  const finding = sheet.findingsFor('INT-03').filter({ hasText: 'Wk 1 Mon' })
  await finding.getByRole('button', { name: 'Override…' }).click()
  await finding
    .getByLabel('Reason for overriding INT-03')
    .fill('Track session with a long warm-down, agreed')
  await finding.getByLabel('Reason for overriding INT-03').press('Enter')
  await expect(finding).toContainText('Overridden: “Track session with a long warm-down, agreed”')
  // The keyboard stays with the finding (it fell to the page's body with the form).
  await expect(finding.getByRole('button', { name: 'Withdraw override' })).toBeFocused()
  // A reload stays on the block (its address is in the URL).
  await page.reload()
  await expect(
    page.getByRole('heading', { name: 'Maya Okafor · Half-marathon build' }),
  ).toBeVisible()
  const again = new BlockPage(page).findingsFor('INT-03').filter({ hasText: 'Wk 1 Mon' })
  await expect(again).toContainText('Overridden: “Track session with a long warm-down, agreed”')
  await expect(again).toHaveClass(/overridden/)
})

test('rules that could not run for lack of data are listed under the findings, not dropped', async ({
  page,
  host,
}) => {
  // Tom is new to training: no readiness data, and no earlier block to build a history from.
  await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  const panel = page.getByRole('region', { name: /Findings/ })
  await panel.getByText(/rules? could not run for lack of data/).click()
  const skipped = panel.getByRole('list', { name: 'Rules that could not run' })
  await expect(skipped.getByRole('listitem').filter({ hasText: 'OVR-01' })).toContainText(
    'needs 28 days of load history (weeks 1–',
  )
})

test('a status change or a weeks change made while a cell edit is still saving is the coach’s own next step, never “changed elsewhere”', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.delaySaves(400)
  await sheet.select(1, 'Minutes')
  await sheet.type('31')
  // The save is on its way; the coach marks the block done at once.
  await page.getByLabel('Status').selectOption('done')
  await expect(page.getByText('Half-marathon build is now done.')).toBeVisible()
  await sheet.select(2, 'Minutes')
  await sheet.type('42')
  await page.getByLabel('Status').selectOption('active')
  await expect(page.getByText('Half-marathon build is now active.')).toBeVisible()
  await sheet.select(3, 'Minutes')
  await sheet.type('43')
  await page.getByRole('button', { name: 'Block', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Weeks…' }).click()
  const weeks = page.getByRole('dialog', { name: /Weeks of/ })
  await weeks.getByRole('button', { name: 'Save weeks' }).click()
  await expect(weeks).toHaveCount(0)
  await sheet.saved()
  await expect(page.getByText(/changed elsewhere/)).toHaveCount(0)
  await sheet.undelaySaves()
  const reopened = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await expect(await reopened.cell(1, 'Minutes')).toHaveText('31')
  await expect(await reopened.cell(2, 'Minutes')).toHaveText('42')
  await expect(await reopened.cell(3, 'Minutes')).toHaveText('43')
  await expect(page.getByLabel('Status')).toHaveValue('active')
  expect(pageErrors).toEqual([])
})
