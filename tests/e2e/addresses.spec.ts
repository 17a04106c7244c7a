import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

test('each screen has an address: reload stays on the block, Back and Forward move between screens', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  await expect(page).toHaveURL(/#\/block\/[\w-]+$/)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Tom Becker · Foundations' })).toBeVisible()
  await expect(sheet.grid).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('button', { name: 'New client' })).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { name: 'Tom Becker · Foundations' })).toBeVisible()
  // The roster check links a finding to its block and rows.
  await page.getByRole('button', { name: '← Roster' }).click()
  await page.getByRole('button', { name: 'Roster check' }).click()
  await expect(page).toHaveURL(/#\/check$/)
  expect(pageErrors).toEqual([])
})
