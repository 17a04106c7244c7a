import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { BIN, blockwise } from '../../support/blockwise-cli'
import { tempDir } from '../../support/temp-files'

const maxesOf = (db: string, client: string) =>
  JSON.parse(
    blockwise('maxes', '--db', db, '--client', client, '--format', 'json').stdout,
  ) as ClientMaxes

describe('blockwise maxes --set: all or none, local dates', { timeout: 60_000 }, () => {
  it('"Deadlift=211" beside "Back squat=999x15" changes nothing and says why in one line', () => {
    const db = path.join(tempDir(), 'maxes.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const before = maxesOf(db, 'Tom Becker')
    const bad = blockwise(
      'maxes',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--set',
      'Deadlift=211',
      '--set',
      'Back squat=999x15',
    )
    expect(bad.status).toBe(2)
    const lines = bad.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Nothing was written: --set "Back squat=999x15": .*500 kg/)
    expect(bad.stderr).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/)
    expect(maxesOf(db, 'Tom Becker')).toEqual(before)
  })

  // At any hour, UTC's date differs from one of these zones' (UTC+14 from 10:00 UTC on, UTC−11
  // before 11:00 UTC), so a max dated by UTC is caught whenever the test runs.
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'dates a max by the local calendar (%s), not UTC',
    (timeZone) => {
      const db = path.join(tempDir(), 'maxes.db')
      expect(blockwise('demo', '--db', db).status).toBe(0)
      const set = spawnSync(
        process.execPath,
        [
          BIN,
          'maxes',
          '--db',
          db,
          '--client',
          'Tom Becker',
          '--set',
          'Back squat=140',
          '--format',
          'json',
        ],
        { encoding: 'utf8', env: { ...process.env, TZ: timeZone } },
      )
      expect(set.status, set.stderr).toBe(0)
      const localToday = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date())
      const squat = (JSON.parse(set.stdout) as ClientMaxes).maxes.find(
        (m) => m.lift === 'Back squat',
      )
      expect(squat?.measuredOn).toBe(localToday)
    },
  )
})
