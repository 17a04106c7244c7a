import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// Each form typed as a coach types it at a 1280×720 laptop: one Tab per field, dates as the rest
// of the app writes them, the keyboard where the next thing is to be done.

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
})

test('the readiness form typed with Tab stores each value in its field, and says what it saved', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Priya Raman', 'Marathon base')
  // The strip names its marks: a legend beside it, each day's mark with its reading.
  await expect(page.getByRole('definition').filter({ hasText: 'red flag' })).toBeVisible()
  const strip = page.getByRole('region', { name: 'Readiness by day' })
  const day = strip.getByRole('button').nth(16)
  const date = (await day.getAttribute('aria-label'))!.slice(0, 10)

  await sheet.blockMenu('Readiness…')
  const dialog = page.getByRole('dialog', { name: 'Readiness of Priya Raman' })
  // The day is the first field, typed in full (ISO), then one Tab to each number.
  await expect(dialog.getByLabel('Day', { exact: true })).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type(date)
  for (const value of ['7.5', '4.3', '3', '3', '4']) {
    await page.keyboard.press('Tab')
    await page.keyboard.type(value)
  }
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('status')).toHaveText(
    `Saved ${date}: Sleep 7.5 h · HRV 4.3 · soreness 3 · fatigue 3 · mood 4/5.`,
  )
  // The day is ready for the next report.
  await expect(dialog.getByLabel('Day', { exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(day).toHaveAccessibleName(
    `${date}: fine (sleep 7.5 h · HRV 4.3 · soreness 3 · fatigue 3 · mood 4/5)`,
  )
  // A date that is not one is named, not saved.
  await day.focus()
  await page.keyboard.press('Enter')
  await expect(dialog.getByLabel('Day', { exact: true })).toHaveValue(date)
  await expect(dialog.getByLabel('Sleep last night (h)')).toHaveValue('7.5')
  await dialog.getByLabel('Day', { exact: true }).fill('12/05/2026')
  await dialog.getByRole('button', { name: 'Save the day' }).click()
  await expect(dialog.getByRole('alert')).toContainText('write it as 2026-12-05')
  expect(pageErrors).toEqual([])
})

test('after Create block the sheet has the keyboard: ? shows the keys at once', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'New block for Maya Okafor' }).click()
  const create = page.getByRole('dialog', { name: 'New block for Maya Okafor' })
  await expect(create.getByLabel('Block name')).toBeFocused()
  await page.keyboard.type('Spring base')
  await page.keyboard.press('Tab')
  await expect(create.getByLabel('Starts on (a Monday)')).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('2027-03-01')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Maya Okafor · Spring base' })).toBeVisible()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('after a roster-check click-through the sheet has the keyboard on the finding’s rows', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('button', { name: 'Roster check' })
    .click()
  const table = page.getByRole('table', { name: /Findings/ })
  await table
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first()
    .getByRole('button')
    .click()
  const sheet = new BlockPage(page)
  await expect(sheet.grid).toBeVisible()
  await expect(sheet.grid.locator('[data-active="true"]')).toBeFocused()
  await page.keyboard.press('F1')
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('Save max leaves the keyboard on the next lift and says what it saved', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.blockMenu('Maxes…')
  const maxes = page.getByRole('dialog', { name: 'Maxes of Maya Okafor' })
  const lift = maxes.getByRole('combobox', { name: 'Lift' })
  await lift.focus()
  await page.keyboard.type('Deadlift')
  await page.keyboard.press('Tab')
  await page.keyboard.type('160')
  await page.keyboard.press('Enter')
  await expect(maxes.getByRole('status')).toHaveText('Saved the max of Deadlift.')
  await expect(lift).toBeFocused()
  await expect(lift).toHaveValue('')
  await expect(maxes.getByRole('row', { name: /Deadlift/ })).toContainText('160 kg')
  // A refused set leaves the keyboard in the box it is about, ready to be put right.
  await page.keyboard.type('Back squat')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.type('100 by 5')
  await page.keyboard.press('Enter')
  await expect(maxes.getByRole('alert')).toContainText('From a set: write the load and reps')
  await expect(maxes.getByLabel(/^or from a set/)).toBeFocused()
  expect(pageErrors).toEqual([])
})

test('logging asks before marking a future session done: no keeps the ticks, yes logs', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.blockMenu('Log week…')
  const log = page.getByRole('dialog', { name: 'Log the week' })
  // Week 8 is weeks away (the demo block began two weeks ago).
  await log.getByRole('combobox', { name: 'Week' }).selectOption('7')
  await log.getByLabel('Tue 07:00 easy run: done').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  const ask = page.getByRole('dialog', { name: 'Mark 1 future session done?' })
  await expect(ask).toContainText('Tue')
  // The safe answer has the keyboard: Enter keeps it unlogged, the log open with its tick.
  await page.keyboard.press('Enter')
  await expect(ask).toHaveCount(0)
  await expect(log.getByLabel('Tue 07:00 easy run: done')).toBeChecked()
  // The keyboard is back in the log, not on the sheet behind it (where typing changed the block).
  await expect(log.getByLabel('Tue 07:00 easy run: done')).toBeFocused()
  // Tab and Shift+Tab go round the dialog and never reach the page behind it.
  for (const key of [...Array<string>(25).fill('Tab'), ...Array<string>(25).fill('Shift+Tab')]) {
    await page.keyboard.press(key)
    expect((await page.locator(':focus').count()) - (await log.locator(':focus').count())).toBe(0)
  }
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled()
  await log.getByRole('button', { name: 'Save the log' }).click()
  await ask.getByRole('button', { name: 'Log as done' }).click()
  await expect(log).toHaveCount(0)
  await expect(page.getByText('Logged 1 session. Undo reverts it.')).toBeVisible()

  // The same question for the Log columns in the sheet: Escape leaves the session planned.
  await sheet.blockMenu('Show log columns')
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Home')
  for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.type('done')
  await page.keyboard.press('Enter')
  await expect(ask).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  await sheet.saved()
  await expect(sheet.rows().last().locator('.col-status')).toHaveText('')
  await expect(sheet.grid.locator('[data-active="true"]')).toBeFocused()
  expect(pageErrors).toEqual([])
})

test('a dialog keeps Escape and Tab wherever the keyboard falls: past its last control, or a removed one', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.blockMenu('Keys (F1)')
  const keys = page.getByRole('dialog', { name: 'Keyboard' })
  await expect(keys).toBeVisible()
  // Close is its one control: Tab stays on it (it stopped on the page's body every second Tab).
  const close = keys.getByRole('button', { name: 'Close' })
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab')
    await expect(close).toBeFocused()
  }
  await page.keyboard.press('Escape')
  await expect(keys).toHaveCount(0)

  // Maxes: Remove takes its own row away; the keyboard goes on to the lift box, Escape closes.
  await sheet.blockMenu('Maxes…')
  const maxes = page.getByRole('dialog', { name: 'Maxes of Maya Okafor' })
  await maxes
    .getByRole('button', { name: /^Remove the max of / })
    .first()
    .focus()
  await page.keyboard.press('Enter')
  await expect(maxes.getByRole('status')).toContainText('Removed the max of ')
  await expect(maxes.getByRole('combobox', { name: 'Lift' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(maxes).toHaveCount(0)
  expect(pageErrors).toEqual([])
})
