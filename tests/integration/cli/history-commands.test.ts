import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../../shared/engine/analyze'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'
import { localIsoDate, sessionDate } from '../../../shared/plans/calendar'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

const analyse = (db: string, client: string): Analysis =>
  JSON.parse(
    blockwise('analyze', '--db', db, '--client', client, '--format', 'json').stdout,
  ) as Analysis

describe('blockwise analyze --db and blockwise log', { timeout: 120_000 }, () => {
  it('on the demo roster, analyses each client’s active block with their history: ACWR runs in week 1 for all but the new and the returning client', () => {
    const db = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const roster = JSON.parse(blockwise('roster', '--db', db, '--format', 'json').stdout) as {
      findings: { clientName: string }[]
    }
    const clients = [...new Set(roster.findings.map((f) => f.clientName))]
    expect(clients).toHaveLength(12)
    const withoutAcwr = clients.filter((name) =>
      analyse(db, name).notEvaluated.some((n) => n.rule === 'OVR-01'),
    )
    expect(withoutAcwr.sort()).toEqual(['Chloé Dubois', 'Tom Becker'])
    // Back from a two-week holiday, Hannah starts at full load: ACWR and the weekly jump fire.
    const hannah = analyse(db, 'Hannah Schmidt').findings.filter((f) => f.week === 0)
    expect(hannah.map((f) => `${f.rule} ${f.severity}`)).toEqual(
      expect.arrayContaining(['OVR-01 critical', 'OVR-02 critical']),
    )
    // Priya pushed the end of her last block far past the plan: her form (TSB) is deep in the red.
    const priya = analyse(db, 'Priya Raman').findings.filter((f) => f.week === 0)
    expect(priya.map((f) => f.rule)).toContain('OVR-05')
    // The same JSON shape as for a plan file.
    expect(Object.keys(analyse(db, 'Maya Okafor')).sort()).toEqual(
      ['days', 'findings', 'notEvaluated', 'weeks'].sort(),
    )
  })

  it('logs a session done (actual RPE and minutes) or skipped, only on its own date', async () => {
    const db = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const backend = await testBackend({ dataFile: db })
    const tom = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Tom' }),
    )[0]!
    const block = value<Block>(await backend.dispatch('blocks.get', { id: tom.activeBlock!.id }))
    await backend.close()
    const first = block.sessions[0]!
    const date = (offset: number) => {
      const d = new Date(`${block.startDate}T00:00:00Z`)
      d.setUTCDate(d.getUTCDate() + first.weekIndex * 7 + first.day + offset)
      return d.toISOString().slice(0, 10)
    }
    const wrongDay = blockwise(
      'log',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--date',
      date(1),
      '--session',
      first.id,
      '--done',
    )
    expect(wrongDay.status).toBe(2)
    expect(wrongDay.stderr.trim()).toBe(
      `Session ${first.id} is on ${date(0)}, not ${date(1)}; nothing was logged.`,
    )
    const badRpe = blockwise(
      'log',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--date',
      date(0),
      '--session',
      first.id,
      '--done',
      '--rpe',
      '11',
    )
    expect(badRpe.status).toBe(2)
    expect(badRpe.stderr.trim()).toBe('--rpe must be a whole number 0–10, got "11"')
    const logged = blockwise(
      'log',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--date',
      date(0),
      '--session',
      first.id,
      '--done',
      '--rpe',
      '6',
      '--minutes',
      '35',
    )
    expect(logged.status, logged.stderr).toBe(0)
    expect(logged.stdout.trim()).toBe(
      `Logged Tom Becker's session ${first.id} on ${date(0)}: done, RPE 6, 35 min.`,
    )
    const again = await testBackend({ dataFile: db })
    const after = value<Block>(await again.dispatch('blocks.get', { id: block.id }))
    expect(after.sessions.find((s) => s.id === first.id)).toMatchObject({
      status: 'completed',
      rpeActual: 6,
      minutesActual: 35,
    })
    await again.close()
  })

  it('logs a session after today as done only with --force; skipping it needs nothing', async () => {
    const db = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const backend = await testBackend({ dataFile: db })
    const maya = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Maya' }),
    )[0]!
    const block = value<Block>(await backend.dispatch('blocks.get', { id: maya.activeBlock!.id }))
    await backend.close()
    const today = localIsoDate(new Date())
    const later = block.sessions
      .map((s) => ({ s, on: sessionDate(block.startDate, s.weekIndex, s.day) }))
      .filter(({ on }) => on > today)
    const [first, second] = later
    const log = (id: string, on: string, ...more: string[]) =>
      blockwise(
        'log',
        '--db',
        db,
        '--client',
        'Maya Okafor',
        '--date',
        on,
        '--session',
        id,
        ...more,
      )
    const refused = log(first!.s.id, first!.on, '--done', '--rpe', '6')
    expect(refused.status).toBe(2)
    expect(refused.stderr.trim()).toBe(
      `Session ${first!.s.id} is on ${first!.on}, after today (${today}); nothing was logged. Add --force to log it as done anyway.`,
    )
    expect(log(first!.s.id, first!.on, '--done', '--rpe', '6', '--force').status).toBe(0)
    expect(log(second!.s.id, second!.on, '--skipped').status).toBe(0)
    const again = await testBackend({ dataFile: db })
    const after = value<Block>(await again.dispatch('blocks.get', { id: block.id }))
    expect(after.sessions.find((s) => s.id === first!.s.id)).toMatchObject({
      status: 'completed',
      rpeActual: 6,
    })
    expect(after.sessions.find((s) => s.id === second!.s.id)?.status).toBe('skipped')
    await again.close()
  })
})
