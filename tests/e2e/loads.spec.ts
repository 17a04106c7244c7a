import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

const clientButton = (page: Page, name: string) =>
  page.getByRole('table').getByRole('button', { name, exact: true })

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
})

test('Maxes… for a client who loads in pounds: typed, shown and estimated in lb', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await clientButton(page, 'Marcus "Moe" Green').click()
  const panel = page.getByRole('region', { name: 'Maxes' })
  await panel.getByRole('button', { name: 'Maxes…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Maxes of Marcus "Moe" Green' })
  await expect(dialog.getByRole('combobox', { name: 'Loads in' })).toHaveValue('lb')
  await dialog.getByRole('combobox', { name: 'Lift' }).fill('Back squat')
  await dialog.getByLabel('1RM (lb)').fill('315')
  await dialog.getByRole('button', { name: 'Save max' }).click()
  await expect(dialog.getByRole('row', { name: /^Back squat/ })).toContainText('315 lb')
  await dialog.getByRole('combobox', { name: 'Lift' }).fill('Deadlift')
  await dialog.getByLabel('or from a set (lb × reps)').fill('225x5')
  await dialog.getByRole('button', { name: 'Save max' }).click()
  await expect(dialog.getByRole('row', { name: /^Deadlift/ })).toContainText(
    /262\.5 lb.*Epley from 225 lb × 5/,
  )
  // A max no one has is refused on the spot, and nothing is written.
  await dialog.getByRole('combobox', { name: 'Lift' }).fill('Bench press')
  await dialog.getByLabel('1RM (lb)').fill('0.0000001')
  await dialog.getByRole('button', { name: 'Save max' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('A 1RM is at least 1 kg')
  await page.screenshot({ path: test.info().outputPath('maxes-lb.png') })
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(panel).toContainText('Back squat 315 lb')
  await expect(panel).not.toContainText(' kg')
  expect(pageErrors).toEqual([])
})

test('a progressed block saved as a template keeps %1RM, not Maya’s kilograms; Apply to clients… shows each client’s loads and no PRG-05, and links to the blocks made', async ({
  page,
  host,
  pageErrors,
}) => {
  const block = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  // Progress Maya's squat +2.5 kg a week over weeks 1–3: her 95 kg max, 75 → 77.5 → 80 kg.
  await block.blockMenu('Progress…')
  const progress = page.getByRole('dialog', { name: 'Progress the block' })
  await progress.getByRole('radio', { name: /^Linear/ }).check()
  await expect(progress.getByRole('checkbox', { name: 'Back squat' })).toBeChecked()
  await progress.getByRole('combobox', { name: 'From week' }).selectOption('1')
  await progress.getByRole('combobox', { name: 'to week' }).selectOption('3')
  await progress.getByLabel('Add each week').fill('2.5')
  await expect(progress.getByRole('table').getByRole('caption')).toHaveText('2 changes')
  await progress.getByRole('button', { name: 'Apply to 2 lines' }).click()
  await expect(page.getByText('Applied the linear progression: 2 sessions')).toBeVisible()

  // Save as template lists each typed load it keeps as a %1RM of Maya's max.
  await block.blockMenu('Save as template…')
  const save = page.getByRole('dialog', { name: 'Save as template' })
  await save.getByLabel('Template name').fill('Squat climb (3 wk)')
  await save.getByRole('combobox', { name: 'to' }).selectOption('3')
  const kept = save.getByRole('region', { name: 'Loads kept as %1RM' })
  await expect(kept).toContainText(
    'Week 2 Mon, Back squat: 77.5 kg = 81.6 % of Maya Okafor’s 95 kg',
  )
  await expect(kept).toContainText('Week 3 Mon, Back squat: 80 kg = 84.2 % of Maya Okafor’s 95 kg')
  await page.screenshot({ path: test.info().outputPath('save-template.png') })
  await save.getByRole('button', { name: 'Save template' }).click()
  await expect(page.getByText('Saved “Squat climb (3 wk)” as a template')).toBeVisible()

  // Apply it to Tom (a 97.5 kg squat) and Moe (who loads in pounds): each gets their own loads.
  await page.getByRole('button', { name: 'Roster' }).first().click()
  await page.getByRole('button', { name: 'Templates' }).click()
  await page
    .getByRole('list', { name: 'Templates' })
    .getByRole('button', { name: /Squat climb/ })
    .click()
  await page
    .getByRole('region', { name: 'Template' })
    .getByRole('button', { name: 'Apply to clients…' })
    .click()
  const apply = page.getByRole('dialog', { name: 'Apply Squat climb (3 wk)' })
  await apply.getByLabel('Starts on (a Monday)').fill('2027-03-01')
  await apply.getByRole('checkbox', { name: 'Tom Becker' }).check()
  await apply.getByRole('checkbox', { name: 'Marcus "Moe" Green' }).check()
  await apply.getByRole('button', { name: 'Check for 2 clients' }).click()
  await expect(apply.getByText('Checked 2 of 2')).toBeVisible()
  const tom = apply.getByRole('listitem', { name: 'Tom Becker' })
  // 80 % of 97.5 kg is 78 kg → 77.5; 81.6 % is 79.6 → 80; 84.2 % is 82.1 → 82.5.
  await expect(tom.getByRole('row', { name: /^Back squat/ })).toHaveText(
    /Back squat\s*77\.5 kg\s*80 kg\s*82\.5 kg/,
  )
  await expect(tom).toContainText('no load past their rep max (PRG-05)')
  const moe = apply.getByRole('listitem', { name: 'Marcus "Moe" Green' })
  await expect(moe.getByRole('row', { name: /^Back squat/ })).toContainText('lb')
  await expect(moe).toContainText('no load past their rep max (PRG-05)')
  await page.screenshot({ path: test.info().outputPath('apply-check.png') })
  await apply.getByRole('button', { name: 'Create draft blocks' }).click()
  await expect(apply.getByText('Created 2 of 2')).toBeVisible()
  await tom.getByRole('button', { name: 'Open Tom Becker’s new block' }).click()
  const sheet = new BlockPage(page)
  await expect(sheet.grid).toBeVisible()
  await expect(page.getByText('from 2027-03-01, 3 weeks')).toBeVisible()
  expect(pageErrors).toEqual([])
})

test('Import… reads a second coach’s sheet as written: no client chosen for the coach, every session and line previewed with the client’s loads, runs by their kind', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  await dialog
    .getByLabel('A plan file (.json)')
    .setInputFiles(path.resolve('tests/fixtures/coach-sheet-second.csv'))
  await expect(dialog.getByRole('status')).toHaveText(
    '6 sessions with 6 exercise lines in 1 week, all understood.',
  )
  await expect(dialog.getByLabel('For')).toHaveValue('')
  await expect(dialog.getByRole('button', { name: 'Import training sheet' })).toBeDisabled()
  const sessions = dialog.getByRole('table')
  await expect(sessions.getByRole('row', { name: /Run - intervals/ })).toContainText(
    'Run - intervals (intervals run), 50 min, RPE 9',
  )
  await expect(sessions.getByRole('row', { name: /Run - long/ })).toContainText(
    'Run - long (long run), 90 min, RPE 5',
  )
  // Tom's numbers: 80 % of his 97.5 kg squat, and each run's pace from his threshold pace.
  await dialog.getByLabel('For').selectOption({ label: 'Tom Becker' })
  await expect(sessions.getByRole('row', { name: /Legs heavy/ })).toContainText(
    'Back squat: 5 × 5 · 77.5 kg (80 %)',
  )
  await expect(sessions.getByRole('row', { name: /Run - intervals/ })).toContainText('8 × 400 m at')
  await page.screenshot({ path: test.info().outputPath('import-second-sheet.png') })
  await dialog.getByLabel('Starts on (a Monday)').fill('2027-03-01')
  await dialog.getByRole('button', { name: 'Import training sheet' }).click()
  await expect(page.getByRole('heading', { name: 'Tom Becker · coach-sheet-second' })).toBeVisible()
  const sheet = new BlockPage(page)
  await expect(sheet.rows()).toHaveCount(6)
  await expect(await sheet.cell(1, 'Type / region')).toContainText('intervals')
  expect(pageErrors).toEqual([])
})

test('an lb client’s handout from an imported sheet: every lift line in lb, every run with a pace (the PDF looked at as images)', async ({
  page,
  host,
  dbFile,
  pageErrors,
}) => {
  await page.goto(host.url)
  // Moe loads in pounds; his RDL max is typed in lb like the rest.
  await clientButton(page, 'Marcus "Moe" Green').click()
  await page.getByRole('region', { name: 'Maxes' }).getByRole('button', { name: 'Maxes…' }).click()
  const maxes = page.getByRole('dialog', { name: 'Maxes of Marcus "Moe" Green' })
  await maxes.getByRole('combobox', { name: 'Lift' }).fill('Romanian deadlift')
  await maxes.getByLabel('1RM (lb)').fill('225')
  await maxes.getByRole('button', { name: 'Save max' }).click()
  await expect(maxes.getByRole('row', { name: /^Romanian deadlift/ })).toContainText('225 lb')
  await maxes.getByRole('button', { name: 'Done' }).click()

  await page.getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import' })
  await dialog
    .getByLabel('A plan file (.json)')
    .setInputFiles(path.resolve('tests/fixtures/coach-sheet-second.csv'))
  await dialog.getByLabel('For').selectOption({ label: 'Marcus "Moe" Green' })
  await dialog.getByLabel('Starts on (a Monday)').fill('2027-03-01')
  await dialog.getByRole('button', { name: 'Import training sheet' }).click()
  await expect(
    page.getByRole('heading', { name: 'Marcus "Moe" Green · coach-sheet-second' }),
  ).toBeVisible()

  await new BlockPage(page).blockMenu('Handout…')
  const handout = page.getByRole('dialog', { name: 'Handout for Marcus "Moe" Green' })
  await handout.getByRole('button', { name: 'Export' }).click()
  const anyway = handout.getByRole('button', { name: 'Export anyway' })
  const wrote = handout.getByRole('status')
  await expect(anyway.or(wrote)).toBeVisible()
  if (await anyway.isVisible()) await anyway.click()
  await expect(wrote).toHaveText('Wrote 1 file.')
  const folder = path.join(path.dirname(dbFile), 'handouts')
  const pdf = path.join(
    folder,
    readdirSync(folder).find((f) => f.endsWith('.pdf'))!,
  )
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  const lines = text.split('\n').map((l) => l.trim())
  const liftLines = lines.filter((l) =>
    /^– (Back squat|Romanian deadlift|Bench press|Overhead press):/.test(l),
  )
  expect(liftLines).toHaveLength(4)
  for (const line of liftLines) expect(line).toMatch(/ \d+(\.\d+)? lb \((\d+(\.\d)? %|RPE \d+)\)/)
  expect(text).not.toMatch(/\d kg\b/)
  // Every run has a pace: the repeats at theirs, the easy and long runs from their kind.
  expect(text).toMatch(/8 × 400 m at \d:\d\d–\d:\d\d \/km/)
  // Each session, from its day and times to the next: every run's says a pace per km.
  const sessions = text
    .split(/\n(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) +\d\d:\d\d–)/)
    .slice(1)
    .map((part) => ({ title: /\d\d:\d\d–\d\d:\d\d +(.+)/.exec(part)![1]!.trim(), part }))
  // Each under the sheet's workout name, with its kind beside it.
  const runs = sessions.filter((s) => / run\)$/.test(s.title))
  expect(runs.map((r) => r.title)).toEqual([
    'Run - intervals (Intervals run)',
    'Run - easy (Easy run)',
    'Run - tempo (Tempo run)',
    'Run - long (Long run)',
  ])
  for (const run of runs) expect(run.part, run.title).toMatch(/\d:\d\d–\d:\d\d \/km/)
  // Looked at as a coach would: each page as an image.
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, test.info().outputPath('moe-handout')])
  expect(pageErrors).toEqual([])
})
