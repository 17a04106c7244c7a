import type { Page } from '@playwright/test'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// Engine v1.2 (docs/engine-rules.md §11) as a coach meets it: a long run and intervals on one day
// (INT-12), Balance week that never stacks them, and loads past a client's rep max (PRG-05) in
// Progress…'s preview before they are applied.

/** A new draft block for a demo client, `weeks` long, from a Monday long after their active one. */
async function newBlock(page: Page, url: string, client: string, weeks: number) {
  await page.goto(url)
  await page.getByRole('button', { name: `New block for ${client}` }).click()
  const create = page.getByRole('dialog', { name: `New block for ${client}` })
  await create.getByLabel('Block name').fill('Summer build')
  await create.getByLabel('Starts on (a Monday)').fill('2027-06-07')
  await create.getByLabel('Number of weeks').fill(String(weeks))
  // No deload weeks: the progression below is one step a week.
  for (let w = 1; w <= weeks; w++) {
    const deload = create.getByLabel(`Week ${w} is a deload week`)
    if (!(await deload.isChecked())) continue
    await deload.uncheck()
    await create.getByLabel(`Week ${w} phase`).selectOption('build')
  }
  await create.getByRole('button', { name: 'Create block' }).click()
  await expect(page.getByRole('heading', { name: `${client} · Summer build` })).toBeVisible()
  const sheet = new BlockPage(page)
  await expect(sheet.emptyRow()).toBeVisible()
  return sheet
}

/** Types a session into the empty row, cell by cell, as a coach does: week, day, start, minutes, what. */
async function typeSession(sheet: BlockPage, cells: [string, string, string, string, string]) {
  await (await sheet.emptyCell('Week')).click()
  for (const [i, text] of cells.entries()) {
    await sheet.page.keyboard.type(text)
    await sheet.page.keyboard.press(i === cells.length - 1 ? 'Enter' : 'Tab')
  }
  await sheet.saved()
}

test('a long run at 08:00 and intervals at 18:00 typed on one Saturday: INT-12 says so', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await newBlock(page, host.url, 'Chloé Dubois', 1)
  await typeSession(sheet, ['1', 'Sat', '08:00', '90', 'long run'])
  await expect(sheet.findingsFor('INT-12')).toHaveCount(0)
  await typeSession(sheet, ['1', 'Sat', '18:00', '55', 'intervals'])
  await expect(sheet.rows()).toHaveCount(2)
  await expect(await sheet.cell(1, 'Type / region')).toHaveText('intervals')
  const finding = sheet.findingsFor('INT-12')
  await expect(finding).toHaveCount(1)
  await expect(finding).toContainText(
    'Sat 08:00 90-min long run and Sat 18:00 55-min intervals run',
  )
  await expect(finding).toContainText('put a long run and intervals on Saturday, 8 h 30 min apart')
  await expect(finding).toContainText("Keep the long run's day free of quality work")
  // The row says it in a few words beside its code.
  await expect(await sheet.cell(1, 'Findings')).toContainText('long run + quality · INT-12')
  // An easy 30-min jog instead of the intervals is fine beside a long run.
  await sheet.select(1, 'Type / region')
  await sheet.type('easy')
  await sheet.select(1, 'Minutes')
  await sheet.type('30')
  await sheet.saved()
  await expect(sheet.findingsFor('INT-12')).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('Balance week never puts the intervals beside Saturday’s long run', async ({
  page,
  host,
  pageErrors,
}) => {
  // Maya's week 1: intervals at 18:20 straight after Monday's squats (INT-03), a free Saturday
  // evening beside the 85-min long run at 08:00. Before v1.2 the balancer moved the intervals there.
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await expect(sheet.findingsFor('INT-03').filter({ hasText: 'Wk 1 Mon' })).toHaveCount(1)
  await sheet.blockMenu('Balance this week')
  const dialog = page.getByRole('dialog', { name: 'Balance week 1' })
  const moves = dialog.getByRole('table', { name: 'Moves' }).getByRole('row')
  await expect(moves).not.toHaveCount(0)
  for (const move of await moves.allInnerTexts()) expect(move).not.toMatch(/intervals.*→ Wk 1 Sat/s)
  await expect(dialog.getByRole('region', { name: 'Findings after' })).not.toContainText('INT-12')
  await page.screenshot({ path: test.info().outputPath('balance-week-maya.png') })
  await dialog.getByRole('button', { name: /^Accept/ }).click()
  await sheet.saved()
  await expect(sheet.findingsFor('INT-03').filter({ hasText: 'Wk 1 Mon' })).toHaveCount(0)
  await expect(sheet.findingsFor('INT-12').filter({ hasText: 'Wk 1' })).toHaveCount(0)
  const saturday = page.getByRole('row', { name: /^Week 1, Sat/ })
  await expect(saturday).toHaveCount(1)
  await expect(saturday).toContainText('long')
  expect(pageErrors).toEqual([])
})

test('Progress… +2.5 kg a week on 5 × 5 @ 85 % for 8 weeks: PRG-05 in the preview from the week it passes the rep max', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  // Daniel squats 185 kg: 85 % is 157.5 kg, +2.5 kg a week reaches 162.5 kg (87.8 %, about 4.2
  // reps) in week 3 and 170 kg (91.9 %, about 2.6 reps) in week 6, 175 kg (94.6 %) in week 8.
  const sheet = await newBlock(page, host.url, 'Daniel Kowalski', 8)
  await typeSession(sheet, ['1', 'Mon', '07:00', '60', 'squat'])
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.type('Back squat 5x5 @85%')
  await page.keyboard.press('Enter')
  await sheet.saved()
  const line = page.getByRole('row', { name: 'Line: Back squat 5x5 @85%' })
  await expect(line.getByRole('gridcell', { name: 'Load' })).toHaveText('157.5 kg')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Alt+ArrowUp')
  await sheet.blockMenu('Copy week…')
  const copy = page.getByRole('dialog', { name: 'Copy a week' })
  await copy.getByLabel('Copy week').selectOption('1')
  await copy.getByLabel('to').selectOption('following')
  await copy.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(sheet.rows()).toHaveCount(8)
  await sheet.saved()
  // 5 × 5 at 85 % is at the rep max (about 5.3 reps): nothing to say yet.
  await expect(sheet.findingsFor('PRG-05')).toHaveCount(0)

  await sheet.blockMenu('Progress…')
  const progress = page.getByRole('dialog', { name: 'Progress the block' })
  await progress.getByRole('radio', { name: /^Linear/ }).check()
  await expect(progress.getByRole('checkbox', { name: 'Back squat' })).toBeChecked()
  await progress.getByRole('combobox', { name: 'From week' }).selectOption('1')
  await progress.getByRole('combobox', { name: 'to week' }).selectOption('8')
  await progress.getByLabel('Add each week').fill('2.5')
  await expect(progress.getByRole('table').getByRole('caption')).toHaveText('7 changes')
  const verdict = progress.locator('.engine-verdict')
  await expect(verdict).toContainText(
    'PRG-05 (critical), weeks 6–8: Back squat 5 × 5 at 91.9 % of 1RM: 2–3 reps are possible at that load, so 5 will be missed or ground out. (3 in all, 91.9–94.6 % of 1RM)',
  )
  await expect(verdict).toContainText(
    'PRG-05 (warn), weeks 3–5: Back squat 5 × 5 at 87.8 % of 1RM: about 4 reps are possible at that load, so 5 will be missed or ground out. (3 in all, 87.8–90.5 % of 1RM)',
  )
  await expect(verdict).not.toContainText(/undefined|NaN/)
  await page.screenshot({ path: test.info().outputPath('progress-prg05-1280x720.png') })
  await progress.getByRole('button', { name: 'Apply to 7 lines' }).click()
  await sheet.saved()
  // Applied, the findings say the same, on week 3 first.
  const prg05 = sheet.findingsFor('PRG-05')
  await expect(prg05).toHaveCount(6)
  await expect(prg05.filter({ hasText: 'Wk 3 Mon' })).toHaveCount(1)
  await expect(prg05.filter({ hasText: 'Wk 2 Mon' })).toHaveCount(0)
  // Daniel has no training before this block: the fitness chart starts at 0 and says so.
  await page.getByText('Fitness and fatigue').click()
  await expect(page.getByText('No training before the block recorded')).toBeVisible()
  await expect(
    page.getByRole('img', {
      name: /^Going into the block \(2027-06-07\): fitness 0\.0, fatigue 0\.0, form 0\.0\./,
    }),
  ).toBeVisible()
  await page
    .locator('.fitness-chart')
    .screenshot({ path: test.info().outputPath('fitness-no-history.png') })
  expect(pageErrors).toEqual([])
})
