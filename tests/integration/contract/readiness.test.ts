import { describe, expect, it } from 'vitest'
import { addDays } from '../../../shared/plans/calendar'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'
import { testBackend, value } from '../../support/backend'

/** Maya's block: every Monday is HIGH (heavy squats, then intervals). */
async function maya() {
  const backend = await testBackend({ seedDemo: true })
  const client = value<ClientSummary[]>(
    await backend.dispatch('clients.list', { search: 'Maya' }),
  )[0]!
  const block = client.activeBlock!
  // The demo gives Maya her last mornings' reports; these tests start from none.
  const demo = value<ReadinessEntry[]>(
    await backend.dispatch('readiness.list', { clientId: client.id }),
  )
  for (const { date } of demo)
    value(await backend.dispatch('readiness.remove', { clientId: client.id, date }))
  const findings = async (week: number, rule: string) =>
    value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id: block.id }))
      .findings.filter((f) => f.week === week && f.rule === rule)
      .map((f) => f.severity)
  return { backend, client, block, findings }
}

describe('readiness reports', () => {
  it('feed the RDY rules of the weeks whose Monday morning they cover', async () => {
    const { backend, client, block, findings } = await maya()
    const week2 = addDays(block.startDate, 7)
    const week3 = addDays(block.startDate, 14)
    expect(await findings(1, 'RDY-01')).toEqual([])
    expect(await findings(2, 'RDY-07')).toEqual([])
    // Three short nights before week 2's Monday; ill on week 3's Monday morning.
    value(
      await backend.dispatch('readiness.save', {
        clientId: client.id,
        entries: [
          { date: addDays(week2, -2), sleepH: 5.5 },
          { date: addDays(week2, -1), sleepH: 6 },
          { date: week2, sleepH: 5.5, fatigue: 4 },
          { date: week3, illness: true },
        ],
      }),
    )
    expect(await findings(1, 'RDY-01')).toEqual(['warn'])
    expect(await findings(2, 'RDY-07')).toEqual(['critical'])
    // A report for the same day replaces the earlier one.
    value(
      await backend.dispatch('readiness.save', {
        clientId: client.id,
        entries: [{ date: week3, illness: false, mood: 4 }],
      }),
    )
    expect(await findings(2, 'RDY-07')).toEqual([])
    const listed = value<ReadinessEntry[]>(
      await backend.dispatch('readiness.list', { clientId: client.id }),
    )
    expect(listed.map((e) => e.date)).toEqual([
      addDays(week2, -2),
      addDays(week2, -1),
      week2,
      week3,
    ])
    await backend.close()
  })

  it('import from a CSV all or nothing, each bad cell named', async () => {
    const { backend, client } = await maya()
    const bad = await backend.dispatch('readiness.importCsv', {
      clientId: client.id,
      csv: 'date,sleep_h,hrv,soreness\n2026-11-02,7.5,4.2,3\n2026-11-03,eight,4.1,2\n2026-11-04,7,4.3,12\n',
    })
    expect(!bad.ok && bad.error.issues.map((i) => i.message)).toEqual([
      'row 3, sleep_h: a plain number like 7 or 6.5, got "eight"',
      'row 4, soreness: Soreness is 0–10',
    ])
    expect(
      value<unknown[]>(await backend.dispatch('readiness.list', { clientId: client.id })),
    ).toEqual([])
    // A header alone is refused, not "saved 0".
    const empty = await backend.dispatch('readiness.importCsv', {
      clientId: client.id,
      csv: 'date,sleep_h\n',
    })
    expect(!empty.ok && empty.error.issues).toEqual([
      { path: 'csv', message: 'The file has no readiness reports in it.' },
    ])
    const good = value<{ saved: number }>(
      await backend.dispatch('readiness.importCsv', {
        clientId: client.id,
        csv: 'Date\tSleep_h\tHRV\tPain\tIllness\n2026-11-02\t7,5\t4.2\t\tno\n2026-11-03\t6\t4.0\tlower\tyes\n',
      }),
    )
    expect(good.saved).toBe(2)
    expect(
      value<ReadinessEntry[]>(await backend.dispatch('readiness.list', { clientId: client.id })),
    ).toEqual([
      { date: '2026-11-02', sleepH: 7.5, hrv: 4.2, painRegions: [], illness: false },
      { date: '2026-11-03', sleepH: 6, hrv: 4, painRegions: ['lower'], illness: true },
    ])
    await backend.close()
  })
})
