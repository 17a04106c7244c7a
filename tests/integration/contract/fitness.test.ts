import { describe, expect, it } from 'vitest'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import type { Fitness } from '../../../shared/schemas/fitness.schema'
import { testBackend, value } from '../../support/backend'

/**
 * docs/engine-rules.md §4.4 "Displays" (v1.2): the fitness chart (blocks.fitness), the load panel
 * (the analysis' weekly TSB) and OVR-05 show one timeline, with TSB on a day = CTL − ATL at the end
 * of the day before; a client with no history starts at 0.
 */
describe('fitness and fatigue, as the rules read them', () => {
  it('Priya’s chart, load panel and OVR-05 give the same form, week by week', async () => {
    const backend = await testBackend({ seedDemo: true })
    const priya = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Priya' }),
    )[0]!
    const id = priya.activeBlock!.id
    const fitness = value<Fitness>(await backend.dispatch('blocks.fitness', { id }))
    const analysis = value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id }))
    expect(fitness.planStart).toBeGreaterThanOrEqual(42)
    const days = fitness.days
    for (let t = 1; t < days.length; t++)
      expect(days[t]!.tsb).toBeCloseTo(days[t - 1]!.ctl - days[t - 1]!.atl, 1)
    const judged = analysis.weeks.filter((w) => w.tsb !== null)
    expect(judged.length).toBeGreaterThan(0)
    for (const week of judged) {
      const start = fitness.planStart + week.week * 7
      const after = days[start + 7]
      const last = days[start + 6]!
      // The 8 values OVR-05 reads: the week's 7 days and the day after it.
      const form = [
        ...days.slice(start, start + 7).map((d) => d.tsb),
        after ? after.tsb : last.ctl - last.atl,
      ]
      expect(Math.min(...form)).toBeCloseTo(week.tsb!, 1)
    }
    const ovr05 = analysis.findings.filter((f) => f.rule === 'OVR-05' && f.metrics?.tsbMin)
    expect(ovr05.length).toBeGreaterThan(0)
    for (const f of ovr05) {
      expect(f.metrics!.tsbMin).toBe(Math.round(analysis.weeks[f.week]!.tsb! * 10) / 10)
      expect(f.message).toContain(`falls to ${f.metrics!.tsbMin!.toFixed(1)}`)
    }
    await backend.close()
  })

  it('the demo roster’s ACWR chart plots the peak OVR-01 judges, week by week', async () => {
    const backend = await testBackend({ seedDemo: true })
    const roster = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    let spikes = 0
    for (const client of roster.filter((c) => c.activeBlock)) {
      const id = client.activeBlock!.id
      const analysis = value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id }))
      const fitness = value<Fitness>(await backend.dispatch('blocks.fitness', { id }))
      const judged = analysis.weeks.filter((w) => w.acwr !== null)
      for (const week of judged) {
        // The chart's value is the highest of the week's daily ratios (the fitness chart's days).
        const start = fitness.planStart + week.week * 7
        const daily = fitness.days.slice(start, start + 7).map((d) => d.acwr)
        expect(Math.max(...daily.filter((a): a is number => a !== null))).toBeCloseTo(week.acwr!, 1)
        const ovr01 = analysis.findings.find(
          (f) => f.rule === 'OVR-01' && f.week === week.week && f.metrics?.acwrMax !== undefined,
        )
        // Above 1.3 OVR-01 speaks, and says the number the chart plots.
        expect(ovr01 !== undefined, `${client.name} week ${week.week + 1}`).toBe(week.acwr! > 1.3)
        if (!ovr01) continue
        spikes++
        expect(ovr01.metrics!.acwrMax, `${client.name} week ${week.week + 1}`).toBe(week.acwr)
        expect(ovr01.message).toContain(`to ${week.acwr!.toFixed(2)}`)
      }
    }
    expect(spikes).toBeGreaterThan(0)
    await backend.close()
  })

  it('a client with no history starts at 0 on the block’s first day', async () => {
    const backend = await testBackend()
    const client = value<Client>(
      await backend.dispatch('clients.create', { name: 'Noor', goal: 'hybrid' }),
    )
    const block = value<Block>(
      await backend.dispatch('blocks.create', {
        clientId: client.id,
        name: 'First block',
        startDate: '2026-11-23',
        weeks: [{ phase: 'base' }, { phase: 'base' }],
        status: 'active',
      }),
    )
    value(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: block.revision,
        patches: [0, 1].map((w) => ({
          op: 'insert',
          session: {
            id: `run-${w}`,
            weekIndex: w,
            sortOrder: 0,
            day: 0,
            start: '07:00',
            durationMin: 60,
            modality: 'run',
            runType: 'tempo',
          },
        })),
      }),
    )
    const fitness = value<Fitness>(await backend.dispatch('blocks.fitness', { id: block.id }))
    expect(fitness.planStart).toBe(0)
    expect(fitness.days[0]).toMatchObject({ date: '2026-11-23', load: 360, tsb: 0 })
    // One day of 360 AU: fitness rises by a 42nd of it, never to the plan's average.
    expect(fitness.days[0]!.ctl).toBeCloseTo((360 / 4.2) * (1 - Math.exp(-1 / 42)), 2)
    await backend.close()
  })
})
