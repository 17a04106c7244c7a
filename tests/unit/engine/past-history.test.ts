import { describe, expect, it } from 'vitest'
import { historyFromPast } from '../../../shared/engine/past-history'
import type { PastWeek } from '../../../shared/engine/past-history'
import type { ClientProfile } from '../../../shared/schemas/client.schema'
import type { PlanSession } from '../../../shared/schemas/session.schema'
import { easyRun } from '../../support/sessions'

const client = { goal: 'hybrid' } as ClientProfile

const run = (id: string, extra: Partial<PlanSession> = {}): PlanSession => {
  const { weekIndex: _w, sortOrder: _o, ...session } = easyRun(id, 0, { rpe: 4, ...extra })
  return session
}
const lift = (id: string, extra: Partial<PlanSession> = {}) =>
  run(id, {
    day: 2,
    start: '18:00',
    durationMin: 60,
    modality: 'strength',
    runType: undefined,
    region: 'upper',
    rpe: 7,
    ...extra,
  })

/** Four past weeks: an easy run Monday (40 min, RPE 4) and a lift Wednesday (60 min, RPE 7). */
function past(): PastWeek[] {
  return [0, 1, 2, 3].map((w) => ({ deload: false, sessions: [run(`r${w}`), lift(`l${w}`)] }))
}

describe('history from a client’s past weeks', () => {
  it('counts completed sessions with their actual RPE and minutes, skipped ones as 0, past planned ones as planned', () => {
    const weeks = past()
    // Last week: Monday's run was skipped; Wednesday's lift was done at RPE 8 for 50 minutes.
    weeks[3]!.sessions = [
      run('r3', { status: 'skipped' }),
      lift('l3', { status: 'completed', rpeActual: 8, minutesActual: 50 }),
    ]
    const { history, imputed } = historyFromPast(weeks, client)
    // Hand-computed: planned run 4 × 40 = 160 AU, planned lift 7 × 60 = 420 AU, the logged lift
    // 8 × 50 = 400 AU, the skipped run 0.
    const week = [160, 0, 420, 0, 0, 0, 0]
    expect(history.dailyLoad).toEqual([...week, ...week, ...week, 0, 0, 400, 0, 0, 0, 0])
    expect(history.weeklyLoad).toEqual([580, 580, 580, 400])
    expect(history.weeklyDeload).toEqual([false, false, false, false])
    expect(history.runMinutesByWeek).toEqual([40, 40, 40, 0])
    expect(history.medianRunMin).toBe(40)
    // Six sessions were counted as planned, with no log to say otherwise.
    expect(imputed).toBe(6)
  })

  it('gives the analysis 28 days of load, so ACWR is evaluated in the first planned week', () => {
    const { history } = historyFromPast(past(), client)
    expect(history.dailyLoad).toHaveLength(28)
    expect(history.lastWeekEnduranceMin).toBe(40)
  })
})
