import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect } from '@playwright/test'
import { startHost } from './browser-host-process'
import type { RunningHost } from './browser-host-process'

interface Fixtures {
  dbFile: string
  host: RunningHost
  /** Console errors and page errors seen during the test; the test fails if any remain. */
  pageErrors: string[]
}

export const test = base.extend<Fixtures>({
  // Playwright reads the fixture's dependencies from this pattern, so it must be an object pattern.
  // eslint-disable-next-line no-empty-pattern
  dbFile: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-e2e-'))
    await use(path.join(dir, 'blockwise.db'))
    rmSync(dir, { recursive: true, force: true })
  },
  host: async ({ dbFile }, use) => {
    const host = await startHost(dbFile)
    await use(host)
    await host.stop()
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      // A refused input comes back as HTTP 400 with the field messages, which the test checks in
      // the UI; Chromium logs every non-2xx response, so that one line is not a page error.
      const refusal = /Failed to load resource: .*status of 400/.test(message.text())
      if (message.type() === 'error' && !refusal) errors.push(message.text())
    })
    await use(errors)
    expect(errors, 'the page logged errors').toEqual([])
  },
})

export { expect }
