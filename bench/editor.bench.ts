// npm run bench:editor: committed cell edit → updated findings painted, in Chromium through the
// browser host, on a 16-week block and on a 2,000-row block. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { openBackend } from '../server/backend'
import { startHost } from '../tests/e2e/browser-host-process'
import { CHROMIUM_LAUNCH } from '../tests/support/chromium'

/** Edits made first and not counted: the page and the host's engine are compiled on first use. */
const WARMUP = 5
/** Timed edits right after opening, while the JIT is still compiling the hot paths (cold). */
const JUST_OPENED = Number(process.env.JUST_OPENED ?? 40)
/** Timed edits after those, as a coach who has been typing for a minute sees it (warm). */
const SETTLED = Number(process.env.SETTLED ?? 60)

interface Seeded {
  client: string
  block: string
  target: string
}

type Dispatch = Awaited<ReturnType<typeof openBackend>>['dispatch']

async function must<T>(
  result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>,
): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value as T
}

/** A client with a block of `weeks` weeks and `perDay` sessions a day (lift at 07:00 first). */
async function seed(
  dispatch: Dispatch,
  name: string,
  prefix: string,
  weeks: number,
  perDay: number,
): Promise<Seeded> {
  const client = await must<{ id: string }>(
    dispatch('clients.create', { name, goal: 'strength', maxSessionsPerDay: 6 }),
  )
  const block = await must<{ id: string; revision: number }>(
    dispatch('blocks.create', {
      clientId: client.id,
      name: `${weeks} weeks`,
      startDate: '2026-11-23',
      weeks: Array.from({ length: weeks }, () => ({ phase: 'build' })),
      status: 'active',
    }),
  )
  const patches = []
  for (let w = 0; w < weeks; w++) {
    for (let d = 0; d < 7; d++) {
      for (let k = 0; k < perDay; k++) {
        const id = `${prefix}w${w}d${d}k${k}`
        // Lift 07:00–08:00, its run right after (one session), then other runs later in the day.
        const start = k === 0 ? '07:00' : k === 1 ? '08:00' : `${String(9 + k).padStart(2, '0')}:00`
        const session =
          k === 0
            ? {
                modality: 'strength',
                region: d % 2 ? 'upper' : 'lower',
                topSetReps: 5,
                durationMin: 60,
              }
            : { modality: 'run', runType: 'easy', durationMin: k === 1 ? 8 : 40 }
        patches.push({
          op: 'insert',
          session: { id, weekIndex: w, sortOrder: k, day: d, start, ...session },
        })
      }
    }
  }
  await must(
    dispatch('blocks.applyPatches', { blockId: block.id, revision: block.revision, patches }),
  )
  // The edit target: week 1 Monday's run straight after the lift (INT-04 at 25 min, none at 8).
  return { client: name, block: block.id, target: `${prefix}w0d0k1` }
}

async function timeEdits(page: Page, target: string): Promise<number[]> {
  const row = page.locator(`[data-session-id="${target}"]`)
  const minutes = row.getByRole('gridcell').nth(3)
  const times: number[] = []
  for (let i = 0; i < WARMUP + JUST_OPENED + SETTLED; i++) {
    // Alternate between a cool-down (no INT-04) and a 25-min run (INT-04) so findings change each time.
    const value = i % 2 === 0 ? '25' : '8'
    const expectFinding = value === '25'
    await minutes.click()
    await page.keyboard.type(value)
    await page.evaluate(
      ({ id, expectFinding }) =>
        void ((globalThis as unknown as { benchEdit: Promise<number> }).benchEdit =
          new Promise<number>((resolve) => {
            const win = globalThis as unknown as {
              requestAnimationFrame: (f: () => void) => void
              MutationObserver: new (f: () => void) => {
                observe: (n: unknown, o: object) => void
                disconnect: () => void
              }
              document: {
                body: unknown
                addEventListener: (t: string, f: (e: { key: string }) => void, o: object) => void
                querySelector: (s: string) => { textContent: string | null } | null
              }
            }
            const doc = win.document
            let start = 0
            doc.addEventListener(
              'keydown',
              (e) => {
                if (e.key === 'Enter' && start === 0) start = performance.now()
              },
              { capture: true, once: true },
            )
            const shows = () =>
              start > 0 &&
              (
                doc.querySelector(`[data-session-id="${id}"] .col-findings`)?.textContent ?? ''
              ).includes('INT-04') === expectFinding
            // The DOM change is seen as soon as React commits it; the frame after it is the paint.
            const observer = new win.MutationObserver(() => {
              if (!shows()) return
              observer.disconnect()
              win.requestAnimationFrame(() =>
                setTimeout(() => resolve(performance.now() - start), 0),
              )
            })
            observer.observe(doc.body, { subtree: true, childList: true, characterData: true })
            // Never hang the benchmark: a change that does not show within 10 s counts as NaN.
            setTimeout(() => resolve(Number.NaN), 10_000)
          })),
      { id: target, expectFinding },
    )
    await page.keyboard.press('Enter')
    const time = await page.evaluate(
      () => (globalThis as unknown as { benchEdit: Promise<number> }).benchEdit,
    )
    if (i >= WARMUP) times.push(time)
  }
  return times
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!
  return `median ${median.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms`
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-editor-bench-'))
  const dbFile = path.join(dir, 'bench.db')
  const backend = await openBackend({ dataFile: dbFile, host: 'test', seedDemoWhenEmpty: false })
  const small = await seed(backend.dispatch, 'Sixteen Weeks', 's', 16, 2)
  const large = await seed(backend.dispatch, 'Two Thousand Rows', 'l', 48, 6)
  await backend.close()
  // Timed as the app runs: without the output checks that tests switch on.
  const host = await startHost(dbFile, ['--no-demo'], { checkOutputs: false })
  const browser = await chromium.launch(CHROMIUM_LAUNCH)
  try {
    console.log(
      `Editor benchmark: committed edit → findings painted, Chromium headless, browser host as shipped.\n` +
        `After ${WARMUP} untimed edits: the next ${JUST_OPENED} (just opened), then ${SETTLED} more (settled).`,
    )
    for (const [label, seeded, rows, target] of [
      ['16-week block', small, 16 * 7 * 2, 50],
      ['2,000-row block', large, 48 * 7 * 6, 150],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
      await page.goto(host.url)
      await page.getByRole('button', { name: `Open ${seeded.client}'s block` }).click()
      await page.locator(`[data-session-id="${seeded.target}"]`).waitFor()
      const times = await timeEdits(page, seeded.target)
      const name = `${label} (${rows} rows)`.padEnd(28)
      console.log(`${name} just opened  ${stats(times.slice(0, JUST_OPENED))}`)
      console.log(
        `${name} settled      ${stats(times.slice(JUST_OPENED))}   (target p95 ≤ ${target} ms)`,
      )
      await page.close()
    }
  } finally {
    await browser.close()
    await host.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
