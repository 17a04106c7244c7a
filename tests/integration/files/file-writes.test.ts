import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileSystemError } from '../../../db/files/file-errors'
import { makeFolder } from '../../../db/files/make-folder'
import { writeNewFile } from '../../../db/files/write-new-file'
import type { WriteBytes } from '../../../db/files/write-new-file'
import { openBackend } from '../../../server/backend'
import { safeFileName } from '../../../server/handouts/export-handout'
import { withinTimeLimit } from '../../../server/handlers/handouts.handlers'
import type { Client } from '../../../shared/schemas/client.schema'
import { sqliteOf, testBackend, value } from '../../support/backend'
import { canMountSmallDisks, makeReadOnly, smallDisk } from '../../support/small-disk'
import { tempDir } from '../../support/temp-files'

const BIN = path.resolve('bin/blockwise.mjs')
const blockwise = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 })

/** A disk that takes at most `chunk` bytes per write and `room` bytes in all, then is full. */
function fillingDisk(chunk: number, room: number): WriteBytes {
  let used = 0
  return (_fd, _bytes, _offset, length) => {
    if (used >= room) throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })
    const taken = Math.min(length, chunk, room - used)
    used += taken
    return taken
  }
}

describe('writing files (H1: a full disk never reports success)', () => {
  const data = Buffer.from('x'.repeat(100_000))

  it('keeps writing when the disk takes fewer bytes than given, until the last byte', () => {
    const file = path.join(tempDir(), 'out.json')
    let calls = 0
    const partial: WriteBytes = (fd, bytes, offset, length) => {
      calls++
      return writeSync(fd, bytes, offset, Math.min(length, 4096))
    }
    writeNewFile(file, data, { write: partial })
    expect(readFileSync(file)).toEqual(data)
    expect(calls).toBeGreaterThan(20)
  })

  it('a disk that fills up mid-file: a plain error naming the path, no file, no temporary left', () => {
    const folder = tempDir()
    const file = path.join(folder, 'roster.json')
    const write = () => writeNewFile(file, data, { write: fillingDisk(45_056, 45_056) })
    expect(write).toThrow(FileSystemError)
    expect(write).toThrow(`There is not enough space on the disk to write ${file}.`)
    expect(readdirSync(folder)).toEqual([])
  })

  it('a disk that takes no bytes at all is full, not a reason to loop for ever', () => {
    const file = path.join(tempDir(), 'out.json')
    expect(() => writeNewFile(file, data, { write: () => 0 })).toThrow('not enough space')
    expect(existsSync(file)).toBe(false)
  })

  it('a name that is a folder, or a folder that is a file, says so', () => {
    const folder = tempDir()
    expect(() => writeNewFile(folder, 'x')).toThrow(`${folder} is a folder, not a file.`)
    const file = path.join(folder, 'plain.txt')
    writeFileSync(file, 'x')
    expect(() => makeFolder(path.join(file, 'inside'))).toThrow(`${file} is a file, not a folder.`)
  })

  it('creates files and folders for the owner only (0600/0700)', () => {
    const folder = makeFolder(path.join(tempDir(), 'a', 'b'))
    expect(statSync(folder).mode & 0o777).toBe(0o700)
    const file = path.join(folder, 'f.txt')
    writeNewFile(file, 'x')
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })
})

describe.runIf(canMountSmallDisks)('on a real 64 KB disk (tmpfs)', () => {
  it('blockwise dump of the demo roster to a nearly full disk exits 2, naming the file, and leaves nothing', () => {
    const disk = smallDisk(64, 20)
    expect(disk).not.toBeNull()
    const db = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const out = path.join(disk!, 'roster.json')
    const run = blockwise('dump', '--db', db, '--out', out)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`There is not enough space on the disk to write ${out}.`)
    expect(readdirSync(disk!)).toEqual(['filler.bin'])
  })

  it('blockwise backup to a nearly full disk names the file it could not write, and leaves nothing', () => {
    const disk = smallDisk(64, 20)!
    const db = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const out = path.join(disk, 'backup.db')
    const run = blockwise('backup', '--db', db, '--out', out)
    expect(run.status).toBe(2)
    // Not SQLite's "database or disk is full", which says neither which disk nor which file.
    expect(run.stderr.trim()).toBe(`There is not enough space on the disk to write ${out}.`)
    expect(readdirSync(disk)).toEqual(['filler.bin'])
  })

  it('handouts to a full disk or a read-only one: a field message on the folder', async () => {
    const backend = await testBackend()
    const client = value<Client>(
      await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
    )
    value(
      await backend.dispatch('blocks.create', {
        clientId: client.id,
        name: 'Base',
        startDate: '2026-11-23',
        weeks: [{ phase: 'build' }],
        status: 'active',
      }),
    )
    const full = smallDisk(64, 0)!
    const onFull = await backend.dispatch('handouts.export', { clientId: client.id, folder: full })
    expect(onFull).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'folder' }] },
    })
    expect(!onFull.ok && onFull.error.message).toMatch(/not enough space on the disk to write/)
    const readOnly = smallDisk(64, 64)!
    makeReadOnly(readOnly)
    const onReadOnly = await backend.dispatch('handouts.export', {
      clientId: client.id,
      folder: path.join(readOnly, 'handouts'),
    })
    expect(!onReadOnly.ok && onReadOnly.error.message).toContain('read-only')
    await backend.close()
  })
})

/** Appends to `file` until the disk is full. */
function fillUp(file: string): void {
  const chunk = Buffer.alloc(4096, 1)
  try {
    for (;;) appendFileSync(file, chunk)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  }
}

describe.runIf(canMountSmallDisks)('the database on a full disk', () => {
  it('a write that does not fit says the disk is full (not "cannot rollback") and changes nothing', async () => {
    const disk = smallDisk(512, 512)!
    const backend = await testBackend({ dataFile: path.join(disk, 'blockwise.db') })
    const client = value<Client>(
      await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
    )
    // Fill what is left of the disk, then ask for a big import.
    fillUp(path.join(disk, 'filler.bin'))
    const plan = {
      format: 'blockwise-week@1',
      client: { goal: 'hybrid' },
      week: { phase: 'build' },
      sessions: Array.from({ length: 140 }, (_, i) => ({
        id: `s${i}`,
        day: i % 7,
        start: `${String(5 + (i % 15)).padStart(2, '0')}:00`,
        durationMin: 20,
        modality: 'run',
        notes: 'x'.repeat(2000),
      })),
    }
    let result = await backend.dispatch('blocks.importPlan', {
      clientId: client.id,
      name: 'Big',
      startDate: '2026-11-30',
      plan,
    })
    for (let i = 0; result.ok && i < 20; i++) {
      result = await backend.dispatch('blocks.importPlan', {
        clientId: client.id,
        name: `Big ${i}`,
        startDate: '2026-11-30',
        plan,
      })
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } })
    // Data safety, third pass: every disk-full message names the file.
    expect(!result.ok && result.error.message).toContain(
      `The disk holding ${path.join(disk, 'blockwise.db')} is full`,
    )
    expect(sqliteOf(backend).sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    await backend.close()
  })

  it('the host starts when today’s automatic backup cannot be written, and says why', async () => {
    const disk = smallDisk(64, 0)!
    const backend = await openBackend({
      dataFile: path.join(tempDir(), 'blockwise.db'),
      host: 'test',
      seedDemoWhenEmpty: true,
      dailyBackups: { folder: path.join(disk, 'backups'), keep: 14 },
    })
    expect(backend.backupProblem).toContain("Today's automatic backup could not be written")
    expect(value<unknown[]>(await backend.dispatch('clients.list', {})).length).toBeGreaterThan(0)
    await backend.close()
  })
})

describe('folders (M3: no hang)', () => {
  it('a folder under /proc is refused at once with a message, and the process ends', () => {
    const db = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const run = blockwise(
      'export',
      '--db',
      db,
      '--client',
      'Maya Okafor',
      '--out',
      '/proc/self/fuzz',
    )
    expect(run.error).toBeUndefined() // not killed by the 30 s timeout
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('/proc/self/fuzz')
  })

  it('a NUL in a folder name is a field message, not a crash', async () => {
    const backend = await testBackend({ seedDemo: true })
    const clients = value<{ id: string }[]>(await backend.dispatch('clients.list', {}))
    const result = await backend.dispatch('handouts.export', {
      clientId: clients[0]!.id,
      folder: `${tempDir()}/bad\u0000name`,
    })
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'folder' }] } })
    await backend.close()
  })
})

describe('file names of handouts', () => {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8')

  it('cuts long names by bytes on a character boundary (CJK, emoji), within the disk’s limit', () => {
    const cjk = safeFileName('王'.repeat(150))
    expect(bytes(cjk)).toBeLessThanOrEqual(200)
    expect(cjk).toBe('王'.repeat(66))
    const family = '👩‍👩‍👧‍👦'
    const emoji = safeFileName(family.repeat(20))
    expect(bytes(emoji)).toBeLessThanOrEqual(200)
    expect(emoji.length % family.length).toBe(0) // never half a family
  })

  it('replaces bidirectional controls, which can disguise a file’s real extension', () => {
    expect(safeFileName('Ana \u202Efdp.exe')).toBe('Ana _fdp.exe')
  })
})

describe('a handout export that never finishes', () => {
  it('is given up on after its time limit with a message on the folder', async () => {
    const never = new Promise<string>(() => undefined)
    const refused = await withinTimeLimit(never, 50).catch((error: unknown) => error)
    expect(refused).toMatchObject({ code: 'invalid_input', issues: [{ path: 'folder' }] })
    expect((refused as Error).message).toContain('took longer than')
    await expect(withinTimeLimit(Promise.resolve('done'), 50)).resolves.toBe('done')
  })
})
