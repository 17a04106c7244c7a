import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Backend } from '../../../server/backend'
import { testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const run = (id: string, day: number, runType: string, durationMin: number, extra = {}) => ({
  id,
  day,
  start: '18:00',
  durationMin,
  modality: 'run',
  runType,
  ...extra,
})

/** A week as a coach writes it: a lift with a %1RM line and an RPE line, and five kinds of run. */
const PLAN = {
  format: 'blockwise-block@1',
  client: { goal: 'hybrid' },
  startDate: '2027-03-01',
  weeks: [
    {
      phase: 'build',
      deload: false,
      sessions: [
        {
          id: 'legs',
          day: 0,
          start: '07:00',
          durationMin: 60,
          modality: 'strength',
          exercises: [
            { name: 'Back squat', sets: 5, reps: 5, pct1rm: 80 },
            { name: 'RDL', sets: 3, reps: 8, rpe: 7 },
          ],
        },
        run('reps', 1, 'intervals', 50, {
          exercises: [{ name: '800 m repeats', sets: 6, distanceM: 800, pace: '5k', restSec: 120 }],
        }),
        run('easy', 2, 'easy', 40),
        run('track', 3, 'intervals', 45, {
          exercises: [{ name: '400 m repeats', sets: 8, distanceM: 400, rpe: 9 }],
        }),
        run('tempo', 4, 'tempo', 30, { zone: 3 }),
        run('long', 5, 'long', 80),
      ],
    },
  ],
}

async function exported(backend: Backend, clientId: string, formats: { ics?: boolean }) {
  const folder = tempDir()
  const written = value<{ files: string[] }>(
    await backend.dispatch('handouts.export', {
      clientId,
      pdf: true,
      ics: formats.ics ?? false,
      folder,
    }),
  )
  const pdf = written.files.find((f) => f.endsWith('.pdf'))!
  const ics = written.files.find((f) => f.endsWith('.ics'))
  return {
    pdf: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }),
    ics: ics ? readFileSync(ics, 'utf8').replace(/\r\n /g, '') : '',
  }
}

describe('a handout prescribes what a person puts on a bar and runs at', () => {
  it('RDL 3x8 @RPE7 with a 120 kg max is 87.5 kg; every run has a pace from the threshold pace (4:33 /km)', async () => {
    const backend = await testBackend()
    const block = value<Block>(
      await backend.dispatch('blocks.importPlan', {
        newClientName: 'Ana Costa',
        name: 'Build',
        status: 'active',
        plan: PLAN,
      }),
    )
    const clientId = block.clientId
    value(
      await backend.dispatch('maxes.setMany', {
        clientId,
        maxes: [
          { lift: 'Romanian deadlift', oneRmKg: 120, measuredOn: '2026-11-20' },
          { lift: 'Back squat', oneRmKg: 140, measuredOn: '2026-11-20' },
        ],
        thresholdPaceSecPerKm: 273,
      }),
    )
    const { pdf, ics } = await exported(backend, clientId, { ics: true })
    // RPE 7 leaves 3 in reserve: 100 / (1 + 11/30) = 73.2 % of 120 kg = 87.8 kg, down to 87.5.
    expect(pdf).toContain('RDL: 3 × 8 · 87.5 kg (RPE 7)')
    expect(pdf).toContain('Back squat: 5 × 5 · 112.5 kg (80 %)')
    // 5K pace from a 4:33 threshold (an hour's race), Riegel: 4:17.6 /km, ±1.5 %.
    expect(pdf).toContain('6 × 800 m at 4:14–4:21 /km (5K pace) · rest 2:00')
    // RPE 9 is zone 5, Friel's 90–97 % of threshold pace.
    expect(pdf).toContain('8 × 400 m at 4:06–4:25 /km (effort 9/10, zone 5)')
    // No zone typed: an easy and a long run are zone 2 (114–129 %); a typed zone wins.
    expect(pdf).toContain('Easy pace, zone 2: 5:11–5:52 /km')
    expect(pdf).toContain('Long-run pace, zone 2: 5:11–5:52 /km')
    expect(pdf).toContain('Zone 3: 4:49–5:08 /km')
    expect(ics).toContain('RDL: 3 × 8 · 87.5 kg (RPE 7)')
    expect(ics).toContain('6 × 800 m at 4:14–4:21 /km (5K pace)')
    await backend.close()
  })

  it('without a max or a threshold pace, the effort and the zone are said, never a made-up number', async () => {
    const backend = await testBackend()
    const block = value<Block>(
      await backend.dispatch('blocks.importPlan', {
        newClientName: 'Ben Ode',
        name: 'Build',
        status: 'active',
        plan: PLAN,
      }),
    )
    const { pdf } = await exported(backend, block.clientId, {})
    expect(pdf).toContain('RDL: 3 × 8 · effort 7/10')
    expect(pdf).toContain('6 × 800 m at 5K pace · rest 2:00')
    expect(pdf).toContain('Back squat: 5 × 5 · 80 % of your max')
    expect(pdf).not.toMatch(/\d:\d\d–\d:\d\d \/km/)
    await backend.close()
  })
})
