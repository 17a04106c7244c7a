import type { Page } from '@playwright/test'
import { startHost } from './browser-host-process'
import { expect, test } from './fixtures'

const rosterRows = (page: Page) => page.getByRole('table').getByRole('row')
const clientButton = (page: Page, name: string) =>
  page.getByRole('table').getByRole('button', { name, exact: true })

test('the demo roster appears on an empty database', async ({ page, host, pageErrors }) => {
  await page.goto(host.url)
  await expect(clientButton(page, 'Maya Okafor')).toBeVisible()
  await expect(clientButton(page, 'Олександр Коваленко')).toBeVisible()
  // A header row plus one row per demo client.
  await expect(rosterRows(page)).toHaveCount(13)
  await expect(page.getByRole('row', { name: /Maya Okafor/ })).toContainText('Half-marathon build')
  await page.screenshot({ path: test.info().outputPath('roster.png') })
  expect(pageErrors).toEqual([])
})

test('a client with an invalid field is not saved until corrected, and survives a restart', async ({
  page,
  host,
  dbFile,
}) => {
  await page.goto(host.url)
  await expect(clientButton(page, 'Maya Okafor')).toBeVisible()

  await page.getByRole('button', { name: 'New client' }).click()
  const form = page.getByRole('region', { name: 'New client' })
  await form.getByLabel('Name', { exact: true }).fill('Zoë Ångström-Petrov')
  await form.getByLabel('Email').fill('zoe-at-example')
  await form.getByLabel('Age (years)').fill('7')
  await form.getByLabel('Primary goal').selectOption('endurance')
  await form.getByRole('button', { name: 'Add client' }).click()

  await expect(form.getByText('Email must look like name@example.com')).toBeVisible()
  await expect(form.getByText('Age must be at least 10')).toBeVisible()
  await expect(form.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('Email')).toBeFocused()
  await expect(form.getByRole('alert').first()).toContainText('Nothing was saved')
  await expect(clientButton(page, 'Zoë Ångström-Petrov')).toHaveCount(0)

  await form.getByLabel('Email').fill('zoe@example.com')
  // A corrected field's message goes with the value it was about; the other keeps its own.
  await expect(form.getByText('Email must look like name@example.com')).toHaveCount(0)
  await expect(form.getByLabel('Email')).not.toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByLabel('Email')).toBeFocused()
  await expect(form.getByText('Age must be at least 10')).toBeVisible()
  await expect(form.getByText(/Nothing was saved/)).toBeVisible()
  await form.getByLabel('Age (years)').fill('29')
  // The last message fixed, the banner that counted them goes too.
  await expect(form.getByText(/Nothing was saved/)).toHaveCount(0)
  await form.getByRole('button', { name: 'Add client' }).click()
  await expect(page.getByRole('status')).toContainText('Saved Zoë Ångström-Petrov')
  await expect(clientButton(page, 'Zoë Ångström-Petrov')).toBeVisible()
  await expect(rosterRows(page)).toHaveCount(14)

  await host.stop()
  const restarted = await startHost(dbFile)
  try {
    await page.goto(restarted.url)
    await expect(clientButton(page, 'Zoë Ångström-Petrov')).toBeVisible()
    await expect(rosterRows(page)).toHaveCount(14)
    await clientButton(page, 'Zoë Ångström-Petrov').click()
    const edit = page.getByRole('region', { name: 'Edit Zoë Ångström-Petrov' })
    await expect(edit.getByLabel('Email')).toHaveValue('zoe@example.com')
    await expect(edit.getByLabel('Age (years)')).toHaveValue('29')
    await expect(edit.getByLabel('Primary goal')).toHaveValue('endurance')
    // Add injury puts the keyboard on the new injury's first field, ahead of the button.
    await edit.getByRole('button', { name: 'Add injury' }).click()
    await expect(edit.getByRole('group', { name: 'Injury 1' }).getByLabel('Region')).toBeFocused()
    await edit.getByRole('button', { name: 'Remove injury 1' }).click()
    // Saving an edit leaves the keyboard on the client's row (it fell to the page's body).
    await edit.getByLabel('Age (years)').fill('30')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toContainText('Saved Zoë Ångström-Petrov')
    await expect(clientButton(page, 'Zoë Ångström-Petrov')).toBeFocused()
  } finally {
    await restarted.stop()
  }
})

test('archive hides a client without deleting it; restore brings it back', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await clientButton(page, 'Tom Becker').click()
  await page
    .getByRole('region', { name: 'Edit Tom Becker' })
    .getByRole('button', { name: 'Archive client' })
    .click()

  await expect(page.getByRole('status')).toContainText('Archived Tom Becker')
  await expect(clientButton(page, 'Tom Becker')).toHaveCount(0)
  await expect(rosterRows(page)).toHaveCount(12)

  await page.getByLabel('Show archived').check()
  await expect(page.getByRole('row', { name: /Tom Becker/ })).toContainText('Archived')
  await page.getByRole('button', { name: 'Restore Tom Becker' }).click()
  await expect(page.getByRole('status')).toContainText('Restored Tom Becker')

  await page.getByLabel('Show archived').uncheck()
  await expect(clientButton(page, 'Tom Becker')).toBeVisible()
  await expect(rosterRows(page)).toHaveCount(13)
  expect(pageErrors).toEqual([])
})

test('search narrows the roster and the keyboard reaches every control', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await expect(clientButton(page, 'Maya Okafor')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search clients' }).fill('endur')
  await expect(rosterRows(page)).toHaveCount(3)
  await expect(clientButton(page, 'Priya Raman')).toBeVisible()
  await expect(clientButton(page, 'Hannah Schmidt')).toBeVisible()

  await page.getByRole('searchbox', { name: 'Search clients' }).fill('')
  await page.getByRole('searchbox', { name: 'Search clients' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Show archived')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'New client' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'New client' })).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('the roster is usable at 1024×720: the table and the client panel both in view (screenshot kept)', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1024, height: 720 })
  await page.goto(host.url)
  const table = page.getByRole('table').first()
  await expect(table).toBeVisible()
  const box = (await table.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(1025)
  await page.screenshot({ path: test.info().outputPath('roster-1024x720.png') })
  expect(pageErrors).toEqual([])
})

test('a client’s maxes and threshold pace are kept from their panel (a race converts with Riegel)', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await clientButton(page, 'Tom Becker').click()
  const maxes = page.getByRole('region', { name: 'Maxes' })
  await expect(maxes).toContainText('Back squat')
  await maxes.getByRole('button', { name: 'Maxes…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Maxes of Tom Becker' })
  await dialog.getByLabel('Runs: threshold pace or a recent race').fill('10k 45:00')
  await dialog.getByRole('button', { name: 'Save pace' }).click()
  await expect(dialog.getByRole('status')).toHaveText(
    'Saved: 10 km in 45:00 → threshold 4:34 /km (Riegel).',
  )
  await dialog.getByRole('combobox', { name: 'Lift' }).fill('Deadlift')
  await dialog.getByLabel('or from a set (kg × reps)').fill('150x5')
  await dialog.getByRole('button', { name: 'Save max' }).click()
  await expect(dialog.getByRole('row', { name: /^Deadlift/ })).toContainText('175 kg')
  await expect(dialog.getByRole('row', { name: /^Deadlift/ })).toContainText(
    'Epley from 150 kg × 5',
  )
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(maxes).toContainText('Deadlift 175 kg')
  expect(pageErrors).toEqual([])
})
