import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { unzipSync } from 'fflate'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

test('a coach exports one client’s handout from the block screen, then the whole roster’s', async ({
  page,
  host,
  dbFile,
  pageErrors,
}) => {
  const folder = path.join(path.dirname(dbFile), 'handouts')
  await BlockPage.open(page, host.url, 'Олександр Коваленко', 'Hybrid general prep')
  await new BlockPage(page).blockMenu('Handout…')
  const dialog = page.getByRole('dialog', { name: 'Handout for Олександр Коваленко' })
  await expect(dialog.getByLabel('Folder')).toHaveValue(folder)
  await dialog.getByLabel('Calendar (.ics)').check()
  await dialog.getByLabel('The whole block').uncheck()
  await dialog.getByLabel('From week').fill('1')
  await dialog.getByLabel('to week').fill('2')
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Wrote 2 files.')
  const base = 'Олександр Коваленко – Hybrid general prep (weeks 1-2)'
  expect(readdirSync(folder).sort()).toEqual([`${base}.ics`, `${base}.pdf`])
  const text = execFileSync('pdftotext', [path.join(folder, `${base}.pdf`), '-'], {
    encoding: 'utf8',
  })
  expect(text).toContain('Олександр Коваленко')
  expect(text).toContain('How to train this block')
  // The folder is on the machine the host runs on; the browser gets each file as a download too.
  const link = dialog.getByRole('link', { name: 'Download' }).first()
  const downloaded = await page.request.get(
    new URL(String(await link.getAttribute('href')), page.url()).href,
  )
  expect(downloaded.status()).toBe(200)
  expect(downloaded.headers()['content-disposition']).toContain('attachment')
  await dialog.getByRole('button', { name: 'Done' }).click()

  await page.getByRole('button', { name: '← Roster' }).click()
  await page.getByRole('button', { name: 'Handouts…' }).click()
  const batch = page.getByRole('dialog', { name: 'Handouts' })
  await expect(batch.getByText('Clients (12 chosen)')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('handouts-dialog.png') })
  await batch.getByRole('button', { name: 'Export' }).click()
  // Eight demo blocks have open critical findings: named first, nothing written until confirmed.
  // (Maya's are 6 since engine v1.2: her deload weeks' squats are no longer heavy.)
  const warning = batch.getByRole('alert')
  await expect(warning).toContainText('Critical findings are open in 8 blocks')
  await expect(warning).toContainText(
    '6 critical findings are open in Maya Okafor’s block “Half-marathon build”',
  )
  await page.screenshot({ path: test.info().outputPath('handouts-open-criticals.png') })
  await warning.getByRole('button', { name: 'Don’t export' }).click()
  await expect(batch.getByRole('alert')).toHaveCount(0)
  expect(readdirSync(folder).filter((f) => f.endsWith('.pdf'))).toHaveLength(1)
  await batch.getByRole('button', { name: 'Export' }).click()
  await batch.getByRole('button', { name: 'Export anyway' }).click()
  await expect(batch.getByRole('status')).toHaveText('Wrote 12 files.', { timeout: 30_000 })
  expect(readdirSync(folder).filter((f) => f.endsWith('.pdf'))).toHaveLength(13)
  // The browser gets the batch as one zip too, with every client's PDF in it.
  const zipLink = batch.getByRole('link', { name: 'Download all 12 files as one zip' })
  const zip = await page.request.get(
    new URL(String(await zipLink.getAttribute('href')), page.url()).href,
  )
  expect(zip.headers()['content-type']).toBe('application/zip')
  const entries = Object.keys(unzipSync(new Uint8Array(await zip.body())))
  expect(entries).toHaveLength(12)
  expect(entries).toContain('Maya Okafor – Half-marathon build.pdf')
  expect(entries.every((name) => name.endsWith('.pdf'))).toBe(true)
  expect(pageErrors).toEqual([])
})

test('one client’s handout with open critical findings asks first, in the coach’s words', async ({
  page,
  host,
  dbFile,
  pageErrors,
}) => {
  const folder = path.join(path.dirname(dbFile), 'handouts')
  await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await new BlockPage(page).blockMenu('Handout…')
  const dialog = page.getByRole('dialog', { name: 'Handout for Maya Okafor' })
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    /6 critical findings are open in Maya Okafor’s block “Half-marathon build”: export anyway\?/,
  )
  await dialog.getByRole('button', { name: 'Export anyway' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Wrote 1 file.')
  expect(readdirSync(folder)).toEqual(['Maya Okafor – Half-marathon build.pdf'])
  const written = statSync(path.join(folder, 'Maya Okafor – Half-marathon build.pdf')).mtimeMs

  // Again into the same folder: the handout there is kept unless the coach says to replace it.
  const again = async (replace: boolean) => {
    await dialog.getByRole('button', { name: 'Done' }).click()
    await new BlockPage(page).blockMenu('Handout…')
    if (replace) await dialog.getByLabel('Replace existing files').check()
    await dialog.getByRole('button', { name: 'Export' }).click()
    await dialog.getByRole('button', { name: 'Export anyway' }).click()
  }
  await again(false)
  await expect(dialog.getByRole('status')).toHaveText('Wrote 0 files; 1 not exported.')
  await expect(dialog.getByRole('alert')).toContainText(
    'Maya Okafor: Maya Okafor – Half-marathon build.pdf is already in',
  )
  await expect(dialog.getByRole('alert')).toContainText('Tick “Replace existing files”')
  expect(statSync(path.join(folder, 'Maya Okafor – Half-marathon build.pdf')).mtimeMs).toBe(written)
  await again(true)
  await expect(dialog.getByRole('status')).toHaveText('Wrote 1 file.')
  expect(readdirSync(folder)).toEqual(['Maya Okafor – Half-marathon build.pdf'])
  expect(pageErrors).toEqual([])
})
