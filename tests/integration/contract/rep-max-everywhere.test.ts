import { describe, expect, it } from 'vitest'
import type { BlockAnalysis, FindingView } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import type { StoredExercise } from '../../../shared/schemas/exercise.schema'
import type { RosterCheckPage } from '../../../shared/schemas/roster.schema'
import type { Template, TemplatePreview } from '../../../shared/schemas/template.schema'
import type { Backend } from '../../../server/backend'
import { blockwise } from '../../support/blockwise-cli'
import { testBackend, value } from '../../support/backend'
import { tempDbFile } from '../../support/temp-files'

/**
 * PRG-05 (docs/engine-rules.md §5.3) wherever the engine runs, through the contract on a real
 * SQLite file: the editor's analysis, a preview of patches (Progress…, Insert template…), the
 * roster check, a template's per-client check (Apply to clients…) and `blockwise analyze --db`.
 * Lines are typed with the coach's own alias for the squat, so only the database's library finds
 * the client's training max: without it the line would be read at 95 % of 1RM, not 85.5 %.
 */
const MONDAY = '2026-11-23'

async function client(backend: Backend, name: string, trainingMaxPct: number | null) {
  const c = value<Client>(await backend.dispatch('clients.create', { name, goal: 'strength' }))
  value(
    await backend.dispatch('maxes.set', {
      clientId: c.id,
      lift: 'Back squat',
      oneRmKg: 140,
      measuredOn: '2026-11-01',
      trainingMaxPct,
    }),
  )
  return c
}

const squatDay = (line: Record<string, unknown>) => ({
  id: 'mon-squat',
  weekIndex: 0,
  sortOrder: 0,
  day: 0,
  start: '07:00',
  durationMin: 60,
  modality: 'strength',
  region: 'lower',
  exercises: [{ name: 'Comp squat', sets: 3, ...line }],
})

const prg05 = (findings: readonly Pick<FindingView, 'rule' | 'severity' | 'message'>[]) =>
  findings.filter((f) => f.rule === 'PRG-05').map((f) => `${f.severity}: ${f.message}`)

describe('PRG-05 wherever the engine runs', () => {
  it('reads a coach’s alias and training max in the editor, a preview, the roster check, a template check and the CLI', async () => {
    const file = tempDbFile()
    const backend = await testBackend({ dataFile: file })
    const library = value<StoredExercise[]>(await backend.dispatch('exercises.list', {}))
    const squat = library.find((e) => e.name === 'Back squat')!
    value(
      await backend.dispatch('exercises.save', {
        exercise: { ...squat, aliases: [...squat.aliases, 'Comp squat'] },
      }),
    )
    const tm = await client(backend, 'Ida', 90)
    const block = value<Block>(
      await backend.dispatch('blocks.create', {
        clientId: tm.id,
        name: 'Squat block',
        startDate: MONDAY,
        weeks: [{ phase: 'build' }],
        status: 'active',
      }),
    )
    value(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: block.revision,
        patches: [{ op: 'insert', session: squatDay({ reps: 5, pct1rm: 95 }) }],
      }),
    )
    const saved = value<Block>(await backend.dispatch('blocks.get', { id: block.id }))

    // The editor: 95 % of a 90 % training max is 85.5 % of 1RM, about 5 reps: 5 is fine.
    const analysis = value<BlockAnalysis>(
      await backend.dispatch('blocks.analyze', { id: block.id }),
    )
    expect(prg05(analysis.findings)).toEqual([])

    // A preview of 8 reps at that load speaks before anything is saved.
    const preview = value<BlockAnalysis>(
      await backend.dispatch('blocks.previewPatches', {
        blockId: block.id,
        revision: saved.revision,
        patches: [
          {
            op: 'update',
            id: 'mon-squat',
            changes: { exercises: [{ name: 'Comp squat', sets: 3, reps: 8, pct1rm: 95 }] },
          },
        ],
      }),
    )
    expect(prg05(preview.findings)).toEqual([
      'critical: Comp squat 3 × 8 at 95 % of a 90 % training max (85.5 % of 1RM): about 5 reps are possible at that load, so 8 will be missed or ground out.',
    ])

    // The same block kept as a template, checked for a client with no training max: flagged.
    const template = value<Template>(
      await backend.dispatch('templates.save', { blockId: block.id, name: 'Squat 5s' }),
    )
    const plain = await client(backend, 'Jon', null)
    const fitted = (clientId: string) =>
      backend.dispatch('templates.preview', {
        templateId: template.id,
        clientId,
        startDate: MONDAY,
      })
    expect(prg05(value<TemplatePreview>(await fitted(tm.id)).analysis.findings)).toEqual([])
    expect(prg05(value<TemplatePreview>(await fitted(plain.id)).analysis.findings)).toEqual([
      'critical: Comp squat 3 × 5 at 95 % of 1RM: 1–2 reps are possible at that load, so 5 will be missed or ground out.',
    ])

    // Applied to Jon as his active block: the roster check names it for him, not for Ida.
    value(
      await backend.dispatch('templates.apply', {
        templateId: template.id,
        clientId: plain.id,
        startDate: MONDAY,
        activate: true,
      }),
    )
    const roster = value<RosterCheckPage>(await backend.dispatch('roster.check', {}))
    expect(roster.findings.filter((f) => f.rule === 'PRG-05').map((f) => f.clientName)).toEqual([
      'Jon',
    ])
    await backend.close()

    // The command line reads the database's library too.
    const cli = blockwise('analyze', '--db', file, '--client', 'Jon', '--format', 'json')
    expect(cli.stderr).toBe('')
    const jon = JSON.parse(cli.stdout) as BlockAnalysis
    expect(prg05(jon.findings)).toHaveLength(1)
    const ida = JSON.parse(
      blockwise('analyze', '--db', file, '--client', 'Ida', '--format', 'json').stdout,
    ) as BlockAnalysis
    expect(prg05(ida.findings)).toEqual([])
  })
})
