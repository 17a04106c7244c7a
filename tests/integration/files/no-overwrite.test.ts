import { createHash } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSqliteFile } from '../../../db/files/database-file'
import { scenarioPlanJson } from '../../support/scenarios'
import { blockwise } from '../../support/blockwise-cli'
import { liveHost } from '../../support/live-host'
import type { LiveHost } from '../../support/live-host'
import { tempDir } from '../../support/temp-files'

/** A file's bytes as a fingerprint (empty for a missing file). */
const hash = (file: string) =>
  existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : ''

// One folder and one running host for the whole file: every case only tries to write into it.
let dir: string
let host: LiveHost
let live: string
let source: string
let backup: string
let dumpJson: string

beforeAll(async () => {
  // tempDir() cleans up after each test; this folder lives for the whole file.
  dir = path.join(path.dirname(tempDir()), `blockwise-no-overwrite-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  source = path.join(dir, 'source.db')
  live = path.join(dir, 'live.db')
  backup = path.join(dir, 'backup.db')
  dumpJson = path.join(dir, 'dump.json')
  expect(blockwise('demo', '--db', source).status).toBe(0)
  expect(blockwise('backup', '--db', source, '--out', backup).status).toBe(0)
  expect(blockwise('dump', '--db', source, '--out', dumpJson).status).toBe(0)
  host = await liveHost(live)
  expect(existsSync(`${live}-wal`)).toBe(true)
}, 60_000)

afterAll(async () => {
  await host.stop()
  // The host's database survived every attempt whole.
  const sqlite = new BetterSqlite3(live, { readonly: true })
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBeGreaterThan(10)
  sqlite.close()
})

/** The commands that write one new file, each given the file to write. */
const WRITERS: Record<string, (target: string) => string[]> = {
  dump: (t) => ['dump', '--db', source, '--out', t],
  backup: (t) => ['backup', '--db', source, '--out', t],
  restore: (t) => ['restore', '--from', backup, '--db', t],
  load: (t) => ['load', '--from', dumpJson, '--db', t],
}

/** A target of each kind, made fresh for one case; `check` is what must hold of it afterwards. */
function targets(label: string) {
  const existing = path.join(dir, `${label}-existing.txt`)
  writeFileSync(existing, 'the coach’s own file')
  const linkToExisting = path.join(dir, `${label}-link-to-existing`)
  symlinkSync(existing, linkToExisting)
  const linkToLive = path.join(dir, `${label}-link-to-live`)
  symlinkSync(live, linkToLive)
  return { existing, linkToExisting, linkToLive }
}

describe.each(Object.keys(WRITERS))('blockwise %s never writes over a file unasked', (name) => {
  const run = (target: string, force: boolean) =>
    blockwise(...WRITERS[name]!(target), ...(force ? ['--force'] : []))

  it('an existing file, or a link to one: refused and unchanged; with --force replaced (the link kept)', () => {
    const { existing, linkToExisting } = targets(`${name}-a`)
    for (const target of [existing, linkToExisting]) {
      const refused = run(target, false)
      expect(refused.status, refused.stdout).toBe(2)
      expect(refused.stderr).toContain(`${existing} already exists`)
      expect(refused.stderr).toContain('add --force to replace it')
      expect(readFileSync(existing, 'utf8')).toBe('the coach’s own file')
    }
    const forced = run(linkToExisting, true)
    expect(forced.status, forced.stderr).toBe(0)
    expect(lstatSync(linkToExisting).isSymbolicLink()).toBe(true)
    expect(readlinkSync(linkToExisting)).toBe(existing)
    if (name === 'dump') expect(JSON.parse(readFileSync(existing, 'utf8'))).toBeTruthy()
    else expect(isSqliteFile(existing)).toBe(true)
  })

  it('the running host’s database, a link to it, its -wal and -shm: refused even with --force', () => {
    const { linkToLive } = targets(`${name}-b`)
    const before = [live, `${live}-wal`, `${live}-shm`].map(hash)
    for (const force of [false, true]) {
      for (const [target, words] of [
        [live, 'is a database in use'],
        [linkToLive, 'is a database in use'],
        [`${live}-wal`, 'is the wal log of the database'],
        [`${live}-shm`, 'is the shm log of the database'],
      ] as const) {
        const refused = run(target, force)
        expect(refused.status, `${target} ${force}`).toBe(2)
        expect(refused.stderr).toContain(words)
        expect(refused.stderr).toContain('never writes over it, even with --force')
      }
    }
    expect([live, `${live}-wal`, `${live}-shm`].map(hash)).toEqual(before)
    expect(lstatSync(linkToLive).isSymbolicLink()).toBe(true)
  })
})

describe('the file a command reads is never the one it writes', () => {
  it.each([
    ['dump', ['dump', '--db', 'SOURCE', '--out', 'SOURCE', '--force']],
    ['backup', ['backup', '--db', 'SOURCE', '--out', 'SOURCE', '--force']],
  ])('%s --out its own --db, even with --force', (_name, args) => {
    const copy = path.join(tempDir(), 'copy.db')
    writeFileSync(copy, readFileSync(source))
    const before = hash(copy)
    const refused = blockwise(...args.map((a) => (a === 'SOURCE' ? copy : a)))
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('is the file being read')
    expect(hash(copy)).toBe(before)
  })
})

describe('blockwise export never writes over a handout unasked', () => {
  const handout = (folder: string) => path.join(folder, 'Maya Okafor – Half-marathon build.pdf')
  const exportTo = (folder: string, force: boolean) =>
    blockwise(
      'export',
      '--db',
      source,
      '--client',
      'Maya Okafor',
      '--out',
      folder,
      ...(force ? ['--force'] : []),
    )

  it('a file already there: refused and unchanged, replaced with --force', () => {
    const folder = tempDir()
    writeFileSync(handout(folder), 'last week’s handout')
    const refused = exportTo(folder, false)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('is already in')
    expect(refused.stderr).toContain('Add --force to replace it.')
    expect(readFileSync(handout(folder), 'utf8')).toBe('last week’s handout')
    expect(exportTo(folder, true).status).toBe(0)
    expect(readFileSync(handout(folder)).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('a handout name that links to the running host’s database: refused even with --force', () => {
    const folder = tempDir()
    symlinkSync(live, handout(folder))
    const before = [live, `${live}-wal`].map(hash)
    for (const force of [false, true]) {
      const refused = exportTo(folder, force)
      expect(refused.status).toBe(1)
      expect(refused.stderr).toContain('is a database in use')
    }
    expect([live, `${live}-wal`].map(hash)).toEqual(before)
  })
})

describe('blockwise import and demo write only into a Blockwise database', () => {
  it('refuse a --db that is another kind of file, or a link to one, or a database’s -wal', () => {
    const { existing, linkToExisting } = targets('import')
    const plan = path.join(tempDir(), 'plan.json')
    writeFileSync(plan, JSON.stringify(scenarioPlanJson('s01')))
    const before = [live, `${live}-wal`].map(hash)
    for (const db of [existing, linkToExisting, `${live}-wal`, `${live}-shm`]) {
      const refused = blockwise('import', '--db', db, plan, '--client', 'Maya Okafor')
      expect(refused.status, db).toBe(2)
      expect(refused.stderr).toMatch(/is not a database|is an empty file/)
      expect(blockwise('demo', '--db', db).status).toBe(2)
    }
    expect(readFileSync(existing, 'utf8')).toBe('the coach’s own file')
    expect([live, `${live}-wal`].map(hash)).toEqual(before)
  })

  it('import into the running host’s database goes through its transactions, as the app’s own saves', () => {
    const plan = path.join(tempDir(), 'plan.json')
    writeFileSync(plan, JSON.stringify(scenarioPlanJson('s01')))
    const imported = blockwise(
      ...['import', '--db', live, plan, '--client', 'Maya Okafor', '--start', '2027-03-01'],
    )
    expect(imported.status, imported.stderr).toBe(0)
    expect(blockwise('demo', '--db', live).stderr).toContain('already holds')
  })
})
