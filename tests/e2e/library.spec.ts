import { expect, test } from './fixtures'

test('the exercise library: search by alias, add, rename (the old name stays an alias), merge', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Exercises' }).click()
  await expect(page).toHaveURL(/#\/library$/)
  const table = page.getByRole('table', { name: 'Exercises' })
  await page.getByRole('searchbox', { name: 'Search exercises by name or alias' }).fill('rdl')
  await expect(table.getByRole('row', { name: /^Romanian deadlift/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /^Back squat/ })).toHaveCount(0)

  await page.getByRole('button', { name: 'Add exercise' }).click()
  const form = page.getByRole('form', { name: 'New exercise' })
  await form.getByLabel('Name').fill('Sissy squat')
  await form.getByLabel('Aliases (comma-separated)').fill('Sissy, BS')
  await form.getByRole('button', { name: 'Save exercise' }).click()
  // BS already names Back squat: refused with the reason.
  await expect(form.getByRole('alert')).toHaveText('Back squat already has that name or alias.')
  await form.getByLabel('Aliases (comma-separated)').fill('Sissy')
  await form.getByRole('button', { name: 'Save exercise' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved Sissy squat.')

  await page.getByRole('searchbox', { name: 'Search exercises by name or alias' }).fill('sissy')
  await page.getByRole('button', { name: 'Change Sissy squat' }).click()
  await page
    .getByRole('form', { name: 'Change Sissy squat' })
    .getByLabel('Name')
    .fill('Sissy squat (bodyweight)')
  await page.getByRole('button', { name: 'Save exercise' }).click()
  await expect(table.getByRole('row', { name: /Sissy squat \(bodyweight\)/ })).toContainText(
    'Sissy, Sissy squat',
  )

  await page.getByRole('button', { name: 'Merge Sissy squat (bodyweight) into another' }).click()
  await page.getByLabel('Exercise to keep').selectOption({ label: 'Goblet squat' })
  await page.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText(
    'Merged Sissy squat (bodyweight) into Goblet squat; its names are aliases now.',
  )
  // Searching the old name finds the exercise kept.
  await expect(table.getByRole('row', { name: /^Goblet squat/ })).toContainText(
    'Sissy squat (bodyweight)',
  )
  await page.screenshot({ path: test.info().outputPath('library.png') })
  expect(pageErrors).toEqual([])
})
