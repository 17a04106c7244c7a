import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Browser, Page } from '@playwright/test'
import { INSTALL_HINT, postgresBinDir, startThrowawayCluster } from '../support/pg-cluster'
import type { ThrowawayCluster } from '../support/pg-cluster'
import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

const BIN = path.resolve('bin/blockwise.mjs')
const PASSWORD = 'correct horse battery staple'
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
const codeIn = (output: string) =>
  /\n {4}([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\n/.exec(output)?.[1] ?? ''

let cluster: ThrowawayCluster | null = null
let server: ChildProcess | null = null
let address = ''
let folder = ''
const codes = { hana: '', ana: '' }

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  if (!postgresBinDir()) {
    if (process.env.BLOCKWISE_REQUIRE_POSTGRES === '1') throw new Error(INSTALL_HINT)
    test.skip(true, INSTALL_HINT)
  }
  cluster = await startThrowawayCluster()
  const admin = new pg.Client(cluster.url())
  await admin.connect()
  await admin.query('create database team')
  await admin.end()
  const url = cluster.url('team')
  folder = mkdtempSync(path.join(os.tmpdir(), 'blockwise-e2e-team-'))
  const file = path.join(folder, 'coach.db')
  expect(cli('demo', '--db', file).status).toBe(0)
  codes.hana = codeIn(cli('team', 'init', '--pg', url, '--head', 'hana@example.com').stdout)
  expect(cli('migrate', '--db', file, '--pg', url).status).toBe(0)
  codes.ana = codeIn(
    cli('team', 'add', '--pg', url, '--email', 'ana@example.com', '--name', 'Ana').stdout,
  )
  server = spawn(process.execPath, [BIN, 'serve', '--pg', url, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  address = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const found = /Open (http:\/\/\S+) and sign in/.exec(output)
      if (found?.[1]) {
        clearTimeout(timer)
        resolve(found[1])
      }
    }
    server!.stdout?.on('data', read)
    server!.stderr?.on('data', read)
  })
})

test.afterAll(() => {
  server?.kill('SIGTERM')
  cluster?.stop()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

/** A coach's own browser (a context of their own: their own storage, their own session). */
async function signedIn(browser: Browser, email: string, code: string): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 720 } })
  ).newPage()
  await page.goto(address)
  await page.getByRole('button', { name: 'First sign-in (I have a code)' }).click()
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Sign-in code').fill(code)
  await page.getByLabel('New password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Choose password and sign in' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  return page
}

test('a save by one coach shows in another coach’s open block within 2 s, and nothing typed is lost', async ({
  browser,
}) => {
  const hana = await signedIn(browser, 'hana@example.com', codes.hana)
  const ana = await signedIn(browser, 'ana@example.com', codes.ana)
  // Ana sees only her own and shared clients: none yet.
  await expect(ana.getByRole('button', { name: /^Open Maya Okafor's block/ })).toHaveCount(0)
  const shared = await hana.evaluate(async () => {
    const storage = (
      globalThis as unknown as { localStorage: { getItem(k: string): string | null } }
    ).localStorage
    const session = storage.getItem('blockwise.coach-session') ?? ''
    const call = async (name: string, input: unknown) =>
      (await (
        await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'x-blockwise-session': session },
          body: JSON.stringify({ input }),
        })
      ).json()) as { ok: boolean; value: never }
    const clients = (await call('clients.list', { search: 'Maya' })).value as { id: string }[]
    const coaches = (await call('team.coaches', {})).value as { id: string; name: string }[]
    const ana = coaches.find((c) => c.name === 'Ana')!
    return (await call('team.shareClient', { clientId: clients[0]!.id, coachId: ana.id })).ok
  })
  expect(shared).toBe(true)

  const anaSheet = await BlockPage.open(ana, address, 'Maya Okafor', 'Half-marathon build')
  const hanaSheet = await BlockPage.open(hana, address, 'Maya Okafor', 'Half-marathon build')

  // Ana starts typing a note and has not pressed Enter yet.
  await anaSheet.select(2, 'Notes')
  await ana.keyboard.type('Ana was here')

  // Hana changes the first session's minutes and it is saved.
  await hanaSheet.select(0, 'Minutes')
  await hanaSheet.type('55')
  await hanaSheet.saved()
  const savedAt = Date.now()
  await expect(await anaSheet.cell(0, 'Minutes')).toHaveText('55', { timeout: 2000 })
  console.log(`live update shown in the other page ${Date.now() - savedAt} ms after the save`)
  await expect(ana.getByText(/^Changed by Hana at \d/)).toBeVisible()

  // What Ana typed is still in her editor, and Enter saves it on Hana's revision: no conflict.
  await ana.keyboard.press('Enter')
  await anaSheet.saved()
  await expect(ana.getByText(/Not saved/)).toHaveCount(0)
  await expect(await hanaSheet.cell(2, 'Notes')).toHaveText('Ana was here', { timeout: 2000 })
  await expect(hana.getByText(/^Changed by Ana at \d/)).toBeVisible()
})
