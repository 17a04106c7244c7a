/**
 * The README's screenshots (docs/screenshots/): the block screen, the readiness dialog and the
 * fitness chart opened full width, at 1024×720, 1280×720 and 1920×1080, on the demo roster
 * through the real browser host. Run after `npm run build`: `npm run screenshots`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { startHost } from '../tests/e2e/browser-host-process'
import { CHROMIUM_LAUNCH } from '../tests/support/chromium'

const OUT = path.resolve('docs/screenshots')
const SIZES = [
  [1024, 720],
  [1280, 720],
  [1920, 1080],
] as const

async function openBlock(page: Page, url: string, client: string): Promise<void> {
  await page.goto(url)
  await page
    .getByRole('button', { name: new RegExp(`^Open ${client}'s block`) })
    .first()
    .click()
  await page.getByRole('grid', { name: 'Sessions' }).waitFor()
  await page.getByRole('heading', { name: /Findings/ }).waitFor()
}

async function blockMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Block', exact: true }).click()
  await page.getByRole('menuitem', { name: item }).click()
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-shots-'))
const host = await startHost(path.join(dir, 'blockwise.db'))
const browser = await chromium.launch(CHROMIUM_LAUNCH)
mkdirSync(OUT, { recursive: true })
try {
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height } })
    const size = `${width}x${height}`
    // The block screen with Monday's lines open, the cursor on the first line.
    await openBlock(page, host.url, 'Maya Okafor')
    await page.getByRole('grid', { name: 'Sessions' }).getByRole('gridcell').nth(5).click()
    await page.keyboard.press('Alt+ArrowDown')
    await page.screenshot({ path: path.join(OUT, `block-${size}.png`) })
    // Every chart opened full width, scrolled to fitness and fatigue.
    await page.getByRole('button', { name: 'Open the charts full width' }).click()
    const fitness = page.getByRole('region', { name: 'Fitness and fatigue' })
    await fitness.getByRole('img').first().waitFor()
    await fitness.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(OUT, `fitness-${size}.png`) })
    await page.keyboard.press('Escape')
    // Priya's readiness: the strip with its legend, the day's report typed in the dialog.
    await openBlock(page, host.url, 'Priya Raman')
    await blockMenu(page, 'Readiness…')
    await page.getByRole('dialog', { name: /^Readiness of/ }).waitFor()
    await page.screenshot({ path: path.join(OUT, `readiness-${size}.png`) })
    await page.close()
  }
} finally {
  await browser.close()
  await host.stop()
  rmSync(dir, { recursive: true, force: true })
}
