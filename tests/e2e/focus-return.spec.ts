import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// Keyboard-only use: wherever a form or dialog opens or closes, the next key reaches a control.

test('New client puts the keyboard in Name; Add client leaves it on the new client’s row', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'New client' }).focus()
  await page.keyboard.press('Enter')
  const form = page.getByRole('region', { name: 'New client' })
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused()
  await page.keyboard.type('Ida Keys')
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Ida Keys')
  await form.getByRole('button', { name: 'Add client' }).press('Enter')
  await expect(page.getByRole('status')).toContainText('Saved Ida Keys')
  await expect(
    page.getByRole('table').getByRole('button', { name: 'Ida Keys', exact: true }),
  ).toBeFocused()
  expect(pageErrors).toEqual([])
})

test('Escape from Import… or Handouts… gives the keyboard back to the button that opened it', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Import…' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Import' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Handouts…' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Handouts' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Handouts…' })).toBeFocused()
  expect(pageErrors).toEqual([])
})

test('the open-criticals question has the keyboard on Don’t export; after the export Done has it, then the sheet', async ({
  page,
  host,
  pageErrors,
}) => {
  const block = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await block.blockMenu('Handout…')
  const dialog = page.getByRole('dialog', { name: 'Handout for Maya Okafor' })
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText('export anyway?')
  await expect(dialog.getByRole('button', { name: 'Don’t export' })).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('open-criticals-question.png') })
  // Enter at once is the safe answer: nothing is written.
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await dialog.getByRole('button', { name: 'Export anyway' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Wrote 1 file.')
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // On the block screen a closed dialog gives the keyboard to the sheet's cursor.
  await expect(block.grid.locator('[data-active="true"]')).toBeFocused()
  expect(pageErrors).toEqual([])
})

test('Alt+B opens the Block menu from the sheet on its first item; arrows move, Escape gives the keyboard back to the sheet', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(2, 'Minutes')
  await page.keyboard.press('Alt+b')
  const items = page.getByRole('menu', { name: 'Block' }).getByRole('menuitem')
  await expect(items.first()).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('block-menu-alt-b.png') })
  await page.keyboard.press('ArrowDown')
  await expect(items.nth(1)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(await sheet.cell(2, 'Minutes')).toBeFocused()
  // The Keys help lists it.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toContainText('Alt+B')
  expect(pageErrors).toEqual([])
})

test('← Roster gives the keyboard to the block’s link on its client’s row', async ({
  page,
  host,
  pageErrors,
}) => {
  await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await page.getByRole('button', { name: '← Roster' }).click()
  const link = page.getByRole('button', { name: "Open Maya Okafor's block Half-marathon build" })
  await expect(link).toBeFocused()
  // Enter goes straight back in.
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { name: 'Maya Okafor · Half-marathon build' }),
  ).toBeVisible()
  expect(pageErrors).toEqual([])
})
