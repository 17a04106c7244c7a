import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDelimited } from '../../shared/tables/delimited-text'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// Maya Okafor's week 1 Monday: a lower-body lift at 17:00 (Back squat 5x5 @80%, Romanian deadlift
// 3x8) and intervals at 18:20, which INT-03 flags (a hard run after heavy leg work).

test('a session’s lines are typed by keyboard in compact form; the region and findings follow them, and kg follows the client’s max', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  const monday = sheet.findingsFor('INT-03').filter({ hasText: 'Wk 1 Mon' })
  await expect(monday).toContainText('heavy lower-body lift')
  await sheet.select(0, 'Type / region')
  await expect(await sheet.cell(0, 'Type / region')).toContainText('2 lines')
  // Alt+Down shows the lines under the session; the first line has the cursor.
  await page.keyboard.press('Alt+ArrowDown')
  const squat = page.getByRole('row', { name: 'Line: Back squat 5x5 @80%' })
  await expect(squat).toBeVisible()
  await expect(squat.getByRole('gridcell', { name: 'Exercise', exact: true })).toBeFocused()
  // The demo's max of 95 kg: 80 % is 76 kg, to the 2.5 kg step.
  await expect(squat.getByRole('gridcell', { name: 'Load' })).toHaveText('75 kg')

  // A new max: 80 % of 140 kg is 112.5 kg, shown as computed.
  await sheet.blockMenu('Maxes…')
  const maxes = page.getByRole('dialog', { name: 'Maxes of Maya Okafor' })
  await maxes.getByRole('combobox', { name: 'Lift' }).fill('Back squat')
  await maxes.getByLabel('1RM (kg)').fill('140')
  await maxes.getByRole('button', { name: 'Save max' }).click()
  await expect(maxes.getByRole('row', { name: /Back squat/ })).toContainText('140 kg')
  await maxes.getByRole('button', { name: 'Done' }).click()
  await expect(squat.getByRole('gridcell', { name: 'Load' })).toHaveText('112.5 kg')
  await expect(squat.getByRole('gridcell', { name: 'Load' })).toHaveClass(/computed/)
  // The block's main lifts follow the max too: the squat's top load, week by week.
  await page.getByText('Sets and main lifts').click()
  await expect(
    page.getByRole('img', { name: /^Back squat: week 1 112\.5 kg, 5 sets; week 2/ }),
  ).toBeVisible()
  // Each week's hard sets by region, then by movement pattern, with the tonnage lifted.
  await expect(
    page.getByRole('img', { name: /^Week 1: \d+ sets \(lower \d+.*\), [\d.]+ t lifted;/ }),
  ).toBeVisible()
  await page.getByRole('radio', { name: 'pattern' }).check()
  await expect(
    page.getByRole('img', {
      name: /^Week 1: \d+ sets \(squat \d+, hinge \d+.*\), [\d.]+ t lifted;/,
    }),
  ).toBeVisible()
  await page
    .locator('.volume-chart')
    .screenshot({ path: test.info().outputPath('volume-chart.png') })
  await page.getByText('Sets and main lifts').click()
  await squat.getByRole('gridcell', { name: 'Exercise', exact: true }).click()

  // The lines become an upper-body session, typed in compact form.
  await page.keyboard.type('Bench press 5x5 @80%')
  await page.keyboard.press('Enter')
  await sheet.saved()
  await page.keyboard.type('Pull-up 4x6-8 @RPE8')
  await page.keyboard.press('Enter')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Line: Bench press 5x5 @80%' })).toBeVisible()
  await expect(page.getByRole('row', { name: 'Line: Pull-up 4x6-8 @RPE8' })).toBeVisible()
  // One more, on the empty row under the lines; a refused line keeps its message.
  await expect(
    page
      .getByRole('row', { name: /^New line/ })
      .getByRole('gridcell', { name: 'Exercise', exact: true }),
  ).toBeFocused()
  await page.keyboard.type('5x5 @80%')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'Name the exercise' })).toBeVisible()
  await page.keyboard.press('Escape')

  // The coach lets the lines say the region: emptied, it reads "upper" from them, and Monday's
  // hard run is now after an upper-body lift, which the engine weighs less.
  await page.keyboard.press('Alt+ArrowUp')
  await expect(await sheet.cell(0, 'Type / region')).toBeFocused()
  await page.keyboard.press('Delete')
  await sheet.saved()
  await expect(await sheet.cell(0, 'Type / region')).toContainText('upper')
  await expect(monday).toContainText('heavy upper-body lift')
  await expect(monday).not.toContainText('lower-body')

  // Undo takes the steps back one by one: the region, then the lines.
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await expect(await sheet.cell(0, 'Type / region')).toContainText('lower')
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('row', { name: 'Line: Back squat 5x5 @80%' })).toBeVisible()
  await expect(monday).toContainText('heavy lower-body lift')
  expect(pageErrors).toEqual([])
})

test('rows copied from a coach’s training sheet, header and all, land in the sheet as Import… would place them', async ({
  page,
  host,
  pageErrors,
}) => {
  const csv = readFileSync(path.resolve('tests/fixtures/coach-sheet.csv'), 'utf8')
  // What a spreadsheet puts on the clipboard: the same cells, tab-separated.
  const table = parseDelimited(csv)
  if (!table.ok) throw new Error(JSON.stringify(table.problems))
  const tsv = [table.header, ...table.rows.map((r) => r.cells)]
    .map((row) => row.join('\t'))
    .join('\r\n')
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  const before = await sheet.rows().count()
  await sheet.select(0, 'Week')
  await sheet.paste(tsv)
  await sheet.saved()
  // Counted by the grid (rows out of view are not drawn): the sessions, the empty row, the header.
  await expect(sheet.grid).toHaveAttribute('aria-rowcount', String(before + 16 + 2))
  const mondayLift = page.getByRole('row', { name: 'Week 1, Mon 07:00' })
  await expect(mondayLift).toContainText('3 lines')
  await mondayLift
    .getByRole('gridcell')
    .nth(await sheet.columnIndex('Type / region'))
    .click()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(
    page.getByRole('row', { name: 'Line: Walking lunge 3x10/leg 20kg rest 90s Dumbbells' }),
  ).toHaveCount(0)
  await expect(
    page.getByRole('row', { name: /^Line: Walking lunge 3x10\/leg 20kg rest 1:30/ }),
  ).toBeVisible()
  // One undo takes the whole paste back.
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await expect(sheet.grid).toHaveAttribute('aria-rowcount', String(before + 2))
  expect(pageErrors).toEqual([])
})

test('lines paste from a spreadsheet column and fill down like sessions', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  // On the empty row under the lines: two pasted rows, the second split over two cells.
  await sheet.paste('Front squat 3x6 @70%\r\nPlank\t3x45s\r\n')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Line: Front squat 3x6 @70%' })).toBeVisible()
  await expect(page.getByRole('row', { name: 'Line: Plank 3x45s' })).toBeVisible()
  // Ctrl+D over the first two lines: the squat's prescription goes to the line below it.
  await page
    .getByRole('row', { name: 'Line: Back squat 5x5 @80%' })
    .getByRole('gridcell', { name: 'Exercise', exact: true })
    .click()
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Control+d')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Line: Back squat 5x5 @80%' })).toHaveCount(2)
  await expect(page.getByRole('row', { name: /^Line: Romanian deadlift/ })).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await expect(page.getByRole('row', { name: /^Line: Romanian deadlift/ })).toHaveCount(1)
  // Each part of a line is a cell of its own: Tab walks Sets × reps, Intensity, Rest and Notes.
  const rdl = page.getByRole('row', { name: /^Line: Romanian deadlift/ })
  await rdl.getByRole('gridcell', { name: 'Sets × reps' }).click()
  await page.keyboard.type('4x6-8')
  await page.keyboard.press('Tab')
  await page.keyboard.type('@RPE8')
  await page.keyboard.press('Tab')
  await page.keyboard.type('2:30')
  await page.keyboard.press('Tab')
  await page.keyboard.type('slow on the way down')
  await page.keyboard.press('Enter')
  await sheet.saved()
  await expect(
    page.getByRole('row', { name: 'Line: Romanian deadlift 4x6-8 @RPE8 rest 2:30' }),
  ).toContainText('slow on the way down')
  // A part that is not one is refused with how to write it.
  await page
    .getByRole('row', { name: /^Line: Romanian deadlift/ })
    .getByRole('gridcell', { name: 'Intensity' })
    .click()
  await page.keyboard.type('heavy')
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Write it like @80%, @RPE7, RIR2 or 60kg' }),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  expect(pageErrors).toEqual([])
})
