import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scenarioPlanJson } from '../../support/scenarios'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

function planFile(edit: (plan: { sessions: Record<string, unknown>[] }) => void = () => {}) {
  const plan = scenarioPlanJson<{ sessions: Record<string, unknown>[] }>('s02')
  edit(plan)
  const file = path.join(tempDir(), 'week.json')
  writeFileSync(file, JSON.stringify(plan))
  return file
}

describe('blockwise import', () => {
  it('imports a plan file for a new client, then refuses a broken one and changes nothing', () => {
    const db = path.join(tempDir(), 'roster.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const ok = blockwise(
      'import',
      '--db',
      db,
      planFile(),
      '--client',
      'Ines Duarte',
      '--start',
      '2026-11-30',
      '--name',
      'Week one',
    )
    expect(ok.stderr).toBe('')
    expect(ok.stdout.trim()).toBe(
      'Imported 6 sessions with 0 exercise lines in 1 week as "Week one" (draft, from 2026-11-30) for the new client Ines Duarte.',
    )
    const roster = () => blockwise('roster', '--db', db, '--format', 'json').stdout
    const before = roster()
    const broken = blockwise(
      'import',
      '--db',
      db,
      planFile((p) => (p.sessions[3]!.start = '7am')),
      '--client',
      'Someone New',
      '--start',
      '2026-11-30',
    )
    expect(broken.status).toBe(2)
    expect(broken.stderr).toContain('Nothing was imported.')
    expect(broken.stderr).toContain('sessions[3].start: expected HH:MM, got "7am"')
    expect(roster()).toBe(before)
    const clients = blockwise('export', '--db', db, '--client', 'Someone New', '--out', tempDir())
    expect(clients.stderr).toContain('No client called "Someone New"')
  })

  it('imports clients from a CSV only when every row is right, listing what to fix', () => {
    const db = path.join(tempDir(), 'roster.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const csv = path.join(tempDir(), 'clients.csv')
    writeFileSync(csv, 'Name,Goal,Age\r\nIvy Chen,hybrid,30\r\nBad Row,nope,5\r\n')
    const refused = blockwise('import', '--db', db, csv)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/^Nothing was imported\./)
    expect(refused.stderr).toContain('clients.csv: row 3, Goal: must be one of strength')
    expect(refused.stderr).toContain('clients.csv: row 3, Age: Age must be at least 10')
    writeFileSync(csv, 'Name,Goal,Age\r\nIvy Chen,hybrid,30\r\nGood Row,endurance,50\r\n')
    const done = blockwise('import', '--db', db, csv)
    expect(done.stdout.trim()).toBe('Imported 2 clients.')
    expect(done.status).toBe(0)
  })

  it('reads a CSV saved by Excel on Windows (Windows-1252) as written, and says so', () => {
    const db = path.join(tempDir(), 'roster.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const csv = path.join(tempDir(), 'clients.csv')
    // "Zoë Müller" and a notes cell "5 × 5 – go" in Windows-1252: ë, ü, × and – are one byte each.
    const windows1252 = (text: string) =>
      Buffer.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))))
    writeFileSync(csv, windows1252('Name,Goal,Notes\r\nZoë Müller,hybrid,5 × 5 – go\r\n'))
    const done = blockwise('import', '--db', db, csv)
    expect(done.status).toBe(0)
    expect(done.stdout.trim().split('\n')).toEqual([
      'clients.csv is not UTF-8: it was read as Windows-1252 (what Excel\'s "CSV (Comma delimited)" writes). Check that names and accents look right.',
      'Imported 1 client.',
    ])
    const dump = path.join(tempDir(), 'dump.json')
    expect(blockwise('dump', '--db', db, '--out', dump).status).toBe(0)
    const clients = (
      JSON.parse(readFileSync(dump, 'utf8')) as {
        tables: { clients: { name: string; notes: string | null }[] }
      }
    ).tables.clients
    expect(clients.find((c) => c.name.startsWith('Zo'))).toMatchObject({
      name: 'Zoë Müller',
      notes: '5 × 5 – go',
    })
  })

  it('refuses unread a file too large to import, and a file whose byte-order mark lies', () => {
    const db = path.join(tempDir(), 'roster.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    // 600 MB read whole took Node down (exit 134) before the 8 MB limit was checked.
    const huge = path.join(tempDir(), 'huge.csv')
    writeFileSync(huge, '')
    truncateSync(huge, 600 * 1024 * 1024)
    const tooLarge = blockwise('import', '--db', db, huge)
    expect(tooLarge.status).toBe(2)
    expect(tooLarge.stderr.trim()).toBe(`${huge}: The file is larger than 8 MB; split it`)
    // A UTF-8 byte-order mark, then a Windows-1252 "ë": stored as "Zo\uFFFD" before, with no word.
    const lying = path.join(tempDir(), 'clients.csv')
    writeFileSync(
      lying,
      Buffer.from([
        0xef,
        0xbb,
        0xbf,
        ...Buffer.from('Name,Goal\nZo'),
        0xeb,
        ...Buffer.from(' Brandt,hybrid\n'),
      ]),
    )
    const refused = blockwise('import', '--db', db, lying)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain(
      'The file says it is UTF-8 (its first bytes) but has bytes that are not',
    )
  })
})
