import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'
import { scenarioPlanJson } from '../support/scenarios'

const CSV_WITH_A_BAD_ROW = [
  'Name,Email,Goal,Age',
  'Ines Duarte,ines@example.com,hybrid,31',
  'Bad Row,not-an-email,swimming,7',
].join('\r\n')

test('a clients CSV is previewed with its bad row marked and nothing imported; the fixed file imports', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  const rows = page.getByRole('table', { name: 'Clients' }).getByRole('row')
  await expect(rows).toHaveCount(13)
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  const file = dialog.getByLabel('A plan file (.json)')
  await file.setInputFiles({
    name: 'clients.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV_WITH_A_BAD_ROW),
  })
  await expect(dialog.getByRole('status')).toHaveText(
    '2 clients in the file; 1 needs fixing in the file before anything is imported.',
  )
  const bad = dialog.getByRole('row', { name: /Bad Row/ })
  await expect(bad).toContainText('✖ Email: Email must look like name@example.com')
  await expect(bad).toContainText('✖ Age: Age must be at least 10')
  await expect(dialog.getByRole('button', { name: 'Import 2 clients' })).toBeDisabled()
  await page.screenshot({ path: test.info().outputPath('import-preview.png') })

  const fixed = CSV_WITH_A_BAD_ROW.replace(
    'Bad Row,not-an-email,swimming,7',
    'Good Row,,endurance,40',
  )
  await file.setInputFiles({
    name: 'clients.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fixed),
  })
  await expect(dialog.getByRole('status')).toHaveText('2 clients in the file, all ready.')
  await dialog.getByRole('button', { name: 'Import 2 clients' }).click()
  await expect(page.getByText('Imported 2 clients.')).toBeVisible()
  await expect(rows).toHaveCount(15)
  expect(pageErrors).toEqual([])
})

test('a clients CSV saved by Excel on Windows (Windows-1252) keeps its accents, and the dialog says how it was read', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  // "Zoë Müller" as Excel's "CSV (Comma delimited)" writes it: ë and ü are one byte each.
  await dialog.getByLabel('A plan file (.json)').setInputFiles({
    name: 'excel.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Goal\r\nZoë Müller,hybrid\r\n', 'latin1'),
  })
  await expect(
    dialog.getByText('excel.csv is not UTF-8: it was read as Windows-1252'),
  ).toBeVisible()
  await expect(dialog.getByRole('row', { name: /Zoë Müller/ })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('import-windows-1252.png') })
  await expect(dialog.getByRole('status')).toHaveText('1 client in the file, all ready.')
  await dialog.getByRole('button', { name: 'Import 1 client', exact: true }).click()
  await expect(page.getByText('Imported 1 client.')).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'Clients' }).getByRole('row', { name: /Zoë Müller/ }),
  ).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('a week plan file becomes a block for a new client, with its findings', async ({
  page,
  host,
}) => {
  const plan = scenarioPlanJson('s02')
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  await dialog.getByLabel('A plan file (.json)').setInputFiles({
    name: 'heavy squats.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan)),
  })
  // No client is chosen for the coach: a plan file can make a new one from its profile.
  await dialog.getByLabel('For').selectOption({ label: 'a new client…' })
  await dialog.getByLabel('New client’s name').fill('Ines Duarte')
  await expect(dialog.getByLabel('Block name')).toHaveValue('heavy squats')
  await dialog.getByLabel('Starts on (a Monday)').fill('2026-11-30')
  await dialog.getByRole('button', { name: 'Import plan' }).click()
  await expect(page.getByRole('heading', { name: 'Ines Duarte · heavy squats' })).toBeVisible()
  const sheet = new BlockPage(page)
  await expect(sheet.rows()).toHaveCount(6)
  await expect(sheet.findingsFor('INT-04').first()).toBeVisible()
})

test('text from the database is shown as text, never run as HTML', async ({
  page,
  host,
  pageErrors,
}) => {
  const name = '<img src=x onerror="window.pwned=1">Eve'
  await page.goto(host.url)
  const created = await page.evaluate(async (clientName) => {
    // As the page's own script calls: with the API session the host gave it.
    const response = await fetch('/api/clients.create', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Blockwise-Session':
          (
            globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
          ).localStorage.getItem('blockwise.session') ?? '',
      },
      body: JSON.stringify({
        input: { name: clientName, goal: 'hybrid', notes: '<script>window.pwned=2</script>' },
      }),
    })
    return response.status
  }, name)
  expect(created).toBe(200)
  await page.reload()
  await expect(page.getByRole('button', { name, exact: true })).toBeVisible()
  expect(await page.locator('img').count()).toBe(0)
  expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined()
  expect(pageErrors).toEqual([])
})

test('a sessions CSV that Blockwise exported comes back in as a new block', async ({
  page,
  host,
  dbFile,
}) => {
  const folder = path.join(path.dirname(dbFile), 'exported')
  await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  const rows = await new BlockPage(page).rows().count()
  await new BlockPage(page).blockMenu('Handout…')
  const handout = page.getByRole('dialog', { name: 'Handout for Tom Becker' })
  await handout.getByLabel('PDF handout').uncheck()
  await handout.getByLabel('Spreadsheet (.csv)').check()
  await handout.getByLabel('Folder').fill(folder)
  await handout.getByRole('button', { name: 'Export' }).click()
  // Tom's block has open critical findings: the dialog asks before anything is written.
  await handout.getByRole('button', { name: 'Export anyway' }).click()
  await expect(handout.getByRole('status')).toHaveText('Wrote 1 file.')
  await handout.getByRole('button', { name: 'Done' }).click()

  await page.getByRole('button', { name: '← Roster' }).click()
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  await dialog
    .getByLabel('A plan file (.json)')
    .setInputFiles(path.join(folder, 'Tom Becker – Foundations.csv'))
  await dialog.getByLabel('For').selectOption({ label: 'Tom Becker' })
  await dialog.getByLabel('Block name').fill('Foundations again')
  await dialog.getByRole('button', { name: 'Import sessions' }).click()
  await expect(page.getByRole('heading', { name: 'Tom Becker · Foundations again' })).toBeVisible()
  await expect(new BlockPage(page).rows()).toHaveCount(rows)
})

test('a coach’s training sheet is mapped, previewed with its bad cells named, and imported as a block with its lines', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheetText = readFileSync(path.resolve('tests/fixtures/coach-sheet.csv'), 'utf8')
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  const file = dialog.getByLabel('A plan file (.json)')
  // A bad cell: named, and the import refused until it is fixed.
  await file.setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      sheetText.replace('1,Mon,,,Romanian deadlift,3,8', '1,Mon,,,Romanian deadlift,3,lots'),
    ),
  })
  await expect(dialog.getByRole('alert')).toContainText(
    'Row 3, Reps “lots”: reps like 5, 6-8, 10/leg',
  )
  await expect(dialog.getByRole('button', { name: 'Import training sheet' })).toBeDisabled()
  // The columns as recognised; unmapping the exercise column says what is missing.
  await file.setInputFiles({
    name: 'coach-sheet.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(sheetText),
  })
  await expect(dialog.getByRole('status')).toHaveText(
    '16 sessions with 20 exercise lines in 2 weeks, all understood.',
  )
  await expect(dialog.getByLabel('Exercise column')).toHaveValue('4')
  await dialog.getByLabel('Exercise column').selectOption('')
  await expect(dialog.getByRole('alert')).toContainText('No column for exercise')
  await dialog.getByLabel('Exercise column').selectOption('4')
  await page.screenshot({ path: test.info().outputPath('import-training-sheet.png') })
  await dialog.getByLabel('For').selectOption({ label: 'Tom Becker' })
  await dialog.getByLabel('Starts on (a Monday)').fill('2027-01-04')
  await dialog.getByRole('button', { name: 'Import training sheet' }).click()
  await expect(page.getByRole('heading', { name: 'Tom Becker · coach-sheet' })).toBeVisible()
  const sheet = new BlockPage(page)
  await expect(sheet.rows()).toHaveCount(16)
  await expect(await sheet.cell(0, 'Type / region')).toContainText('3 lines')
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByRole('row', { name: 'Line: Back squat 5x5 @80% rest 3min' })).toBeVisible()
  expect(pageErrors).toEqual([])
})
