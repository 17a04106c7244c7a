import { expect, test } from './fixtures'

test('the roster check lists the demo roster’s findings, filters by severity, sorts, and opens a finding’s rows', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('button', { name: 'Roster check' })
    .click()
  const summary = page.locator('.check-summary')
  await expect(summary).toHaveText(/^\d+ findings in \d+ of 12 clients: \d+ critical$/)
  await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible()
  const table = page.getByRole('table', { name: /Findings/ })
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') })
  const all = await rows.count()
  expect(all).toBeGreaterThan(50)

  await page.getByLabel('Severity').selectOption('critical')
  const critical = Number(/(\d+) critical$/.exec((await summary.textContent()) ?? '')![1])
  await expect(rows).toHaveCount(Math.min(critical, 200))
  for (const text of await rows.getByRole('cell').nth(5).allTextContents())
    expect(text).toContain('Critical')
  await expect(rows.first().getByRole('cell').nth(5)).toContainText('Critical')

  // Sorting by client puts names in order.
  await table.getByRole('button', { name: 'Client' }).click()
  await expect(table.getByRole('columnheader', { name: /Client/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  const names = await rows.locator('td:first-child').allTextContents()
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.screenshot({ path: test.info().outputPath('roster-check-1280x800.png') })

  // Clicking a finding opens its block with the sessions it concerns selected.
  const first = rows.first()
  const client = await first.getByRole('cell').nth(0).textContent()
  const block = await first.getByRole('cell').nth(1).textContent()
  await first.getByRole('button').click()
  await expect(page.getByRole('heading', { name: `${client} · ${block}` })).toBeVisible()
  // The finding has an address of its own: the block, and the rows it concerns.
  await expect(page).toHaveURL(/#\/block\/[\w-]+\?rows=[\w,-]+&from=check$/)
  const selectedRows = page
    .getByRole('grid', { name: 'Sessions' })
    .getByRole('row')
    .filter({ has: page.locator('[role="gridcell"][aria-selected="true"]') })
  await expect(selectedRows.first()).toBeVisible()
  await expect(selectedRows.first().locator('.col-findings')).toContainText(/✖/)
  await page.getByRole('button', { name: '← Roster check' }).click()
  await expect(summary).toBeVisible()
  expect(pageErrors).toEqual([])
})
