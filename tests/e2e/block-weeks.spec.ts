import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

test('a coach creates a block, copies week 1 to the following weeks, undoes it, adds a week and duplicates the block', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'New block for Maya Okafor' }).click()
  const create = page.getByRole('dialog', { name: 'New block for Maya Okafor' })
  await create.getByLabel('Block name').fill('Winter base')
  await create.getByLabel('Starts on (a Monday)').fill('2027-01-05')
  await create.getByLabel('Number of weeks').fill('5')
  // The 3:1 pattern makes week 4 a deload; the coach makes week 5 a taper.
  await expect(create.getByLabel('Week 4 is a deload week')).toBeChecked()
  await create.getByLabel('Week 5 phase').selectOption('taper')
  await create.getByRole('button', { name: 'Create block' }).click()
  await expect(create.getByText('2027-01-05 is not a Monday')).toBeVisible()
  await create.getByLabel('Starts on (a Monday)').fill('2027-01-04')
  await create.getByRole('button', { name: 'Create block' }).click()

  await expect(page.getByRole('heading', { name: 'Maya Okafor · Winter base' })).toBeVisible()
  await expect(page.getByText('from 2027-01-04, 5 weeks')).toBeVisible()
  await expect(page.getByLabel('Status')).toHaveValue('draft')
  const sheet = new BlockPage(page)
  await sheet.blockMenu(/^Insert row/)
  await expect(sheet.rows()).toHaveCount(1)
  await sheet.select(0, 'Minutes')
  await sheet.type('45')
  await sheet.saved()

  await sheet.blockMenu('Copy week…')
  const copy = page.getByRole('dialog', { name: 'Copy a week' })
  await copy.getByLabel('Copy week').selectOption('1')
  await copy.getByLabel('to').selectOption('following')
  await copy.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(sheet.rows()).toHaveCount(5)
  await expect(
    page.getByText(
      'Copied week 1 to weeks 2–5: 4 sessions in, 0 replaced. Deload weeks scaled (volume −40 %, intensity −10 %).',
    ),
  ).toBeVisible()
  // Week 4, the deload, gets the copy scaled: 45 min less 40 % is 27, written as 25.
  for (let row = 0; row < 5; row++) {
    await expect(await sheet.cell(row, 'Week')).toHaveText(String(row + 1))
    await expect(await sheet.cell(row, 'Minutes')).toHaveText(row === 3 ? '25' : '45')
  }
  await page.getByRole('button', { name: 'Undo copy week 1' }).click()
  await expect(sheet.rows()).toHaveCount(1)
  await sheet.saved()

  await sheet.blockMenu('Weeks…')
  const weeksDialog = page.getByRole('dialog', { name: 'Weeks of Winter base' })
  await weeksDialog.getByRole('button', { name: 'Add week' }).click()
  await weeksDialog.getByRole('button', { name: 'Save weeks' }).click()
  await expect(page.getByText('from 2027-01-04, 6 weeks')).toBeVisible()

  await sheet.blockMenu('Duplicate block…')
  const duplicate = page.getByRole('dialog', { name: 'Duplicate Winter base' })
  await expect(duplicate.getByLabel('Block name')).toHaveValue('Winter base (copy)')
  // The copy starts the Monday after the original's sixth week.
  await expect(duplicate.getByLabel('Starts on (a Monday)')).toHaveValue('2027-02-15')
  await duplicate.getByRole('button', { name: 'Duplicate block' }).click()
  await expect(
    page.getByRole('heading', { name: 'Maya Okafor · Winter base (copy)' }),
  ).toBeVisible()
  await expect(page.getByText('from 2027-02-15, 6 weeks')).toBeVisible()
  await expect(page.getByLabel('Status')).toHaveValue('draft')
  // Maya already has an active block: making the copy active is refused with the reason.
  await page.getByLabel('Status').selectOption('active')
  await expect(page.getByRole('alert')).toContainText(
    'Maya Okafor already has an active block ("Half-marathon build")',
  )
  await expect(page.getByLabel('Status')).toHaveValue('draft')
  // The drafts stay reachable from the client's panel on the roster.
  await page.getByRole('button', { name: '← Roster' }).click()
  await page.getByRole('button', { name: 'Maya Okafor', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Open block Winter base (draft)' })).toBeVisible()
  await page.getByRole('button', { name: 'Open block Winter base (copy) (draft)' }).click()
  await expect(
    page.getByRole('heading', { name: 'Maya Okafor · Winter base (copy)' }),
  ).toBeVisible()
  await expect(sheet.rows()).toHaveCount(1)
  await expect(await sheet.cell(0, 'Minutes')).toHaveText('45')
  expect(pageErrors).toEqual([])
})
