import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// Maya's squat max is 95 kg (80 % → 75 kg); Tom, a novice, squats 97.5 kg (80 % → 77.5 kg).

test('a demo block saved as a template is applied to another client on another Monday: loads from their max, dates shifted; then progressed +2.5 kg a week, previewed, applied and undone', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  // The Block menu, by keyboard: Down opens it on its first item, Down moves, Enter chooses.
  await page.getByRole('button', { name: 'Block', exact: true }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Weeks…' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Save as template…' })).toBeFocused()
  await page.keyboard.press('Enter')
  const save = page.getByRole('dialog', { name: 'Save as template' })
  await save.getByLabel('Template name').fill('Maya’s half build')
  await save.getByLabel('Tags (comma-separated)').fill('hybrid, half')
  await save.getByRole('combobox', { name: 'to' }).selectOption('4')
  await save.getByRole('button', { name: 'Save template' }).click()
  await expect(page.getByText('Saved “Maya’s half build” as a template')).toBeVisible()

  // The Templates screen: find it by tag, look at its weeks, apply it to Tom from 1 March 2027.
  await page.getByRole('button', { name: 'Roster' }).first().click()
  await page.getByRole('button', { name: 'Templates' }).click()
  await page.getByRole('group', { name: 'Tags' }).getByRole('button', { name: 'half' }).click()
  const list = page.getByRole('list', { name: 'Templates' })
  await expect(list.getByRole('button')).toHaveCount(1)
  await list.getByRole('button', { name: /Maya’s half build/ }).click()
  const detail = page.getByRole('region', { name: 'Template' })
  await expect(detail.getByRole('heading', { name: 'Maya’s half build' })).toBeVisible()
  await expect(detail.getByRole('list', { name: 'Weeks' })).toContainText(
    'Mon 17:00 lower lift: Back squat 5x5 @80%',
  )
  await expect(detail.getByLabel('Engine summary')).toContainText('For a typical intermediate')
  await page.screenshot({ path: test.info().outputPath('templates-screen.png') })

  await detail.getByRole('button', { name: 'Apply to clients…' }).click()
  const apply = page.getByRole('dialog', { name: 'Apply Maya’s half build' })
  await apply.getByLabel('Starts on (a Monday)').fill('2027-03-01')
  await apply.getByRole('checkbox', { name: 'Tom Becker' }).check()
  await apply.getByRole('button', { name: 'Check for 1 client' }).click()
  await expect(apply.getByText('Checked 1 of 1')).toBeVisible()
  // A novice gets the intermediate's block flagged: the summary says so, client by client.
  await expect(apply.getByRole('list', { name: 'Per-client summary' })).toContainText(
    /Tom Becker: \d+ critical/,
  )
  await apply.getByRole('button', { name: 'Create draft block' }).click()
  await expect(apply.getByText('Created 1 of 1')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('apply-dialog.png') })
  await apply.getByRole('button', { name: 'Open Tom Becker’s new block' }).click()

  // Tom's block: the new dates, and the squat's 80 % read from Tom's max.
  const sheet = new BlockPage(page)
  await expect(sheet.grid).toBeVisible()
  await expect(page.getByText('from 2027-03-01, 4 weeks')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('new-block.png') })
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  const squat = page.getByRole('row', { name: 'Line: Back squat 5x5 @80%' })
  await expect(squat.getByRole('gridcell', { name: 'Load' })).toHaveText('77.5 kg')
  await page.keyboard.press('Alt+ArrowUp')

  // Progress the squat +2.5 kg a week over weeks 1–3: the preview lists each change.
  await sheet.blockMenu('Progress…')
  const progress = page.getByRole('dialog', { name: 'Progress the block' })
  await progress.getByRole('radio', { name: /^Linear/ }).check()
  await expect(progress.getByRole('checkbox', { name: 'Back squat' })).toBeChecked()
  await progress.getByRole('combobox', { name: 'From week' }).selectOption('1')
  await progress.getByRole('combobox', { name: 'to week' }).selectOption('3')
  await progress.getByLabel('Add each week').fill('2.5')
  const changes = progress.getByRole('table')
  await expect(changes.getByRole('caption')).toHaveText('2 changes')
  await expect(changes.getByRole('row', { name: /Wk 2 Mon/ })).toContainText(
    'Back squat 5x5 @80% (77.5 kg)',
  )
  await expect(changes.getByRole('row', { name: /Wk 2 Mon/ })).toContainText('80kg')
  await expect(changes.getByRole('row', { name: /Wk 3 Mon/ })).toContainText('82.5kg')
  await expect(progress.getByRole('status')).toContainText('The engine')
  await page.screenshot({ path: test.info().outputPath('progression-dialog.png') })
  await progress.getByRole('button', { name: 'Apply to 2 lines' }).click()
  await expect(page.getByText('Applied the linear progression: 2 sessions')).toBeVisible()

  // The main lifts chart reads the new loads; Undo takes the whole progression back.
  await page.getByText('Sets and main lifts').click()
  const trend = (name: RegExp) => page.getByRole('img', { name })
  await expect(
    trend(/^Back squat: week 1 77\.5 kg, 5 sets; week 2 80 kg, 5 sets; week 3 82\.5 kg/),
  ).toBeVisible()
  await page.getByRole('button', { name: /^Undo/ }).click()
  await expect(
    trend(/^Back squat: week 1 77\.5 kg, 5 sets; week 2 77\.5 kg, 5 sets; week 3 77\.5 kg/),
  ).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('Rename… and Duplicate… give the keyboard back to their button when done or cancelled', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Templates' }).click()
  await page
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: /Strength base \(4 wk\)/ })
    .click()
  const detail = page.getByRole('region', { name: 'Template' })
  const rename = detail.getByRole('button', { name: 'Rename…' })
  await rename.click()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Strength base, spring')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Renamed to “Strength base, spring”.')).toBeVisible()
  // It fell to the page's body with the form.
  await expect(rename).toBeFocused()
  const duplicate = detail.getByRole('button', { name: 'Duplicate…' })
  await duplicate.click()
  await page.keyboard.press('Escape')
  await expect(duplicate).toBeFocused()
  expect(pageErrors).toEqual([])
})
