import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import type {
  Template,
  TemplatePreview,
  TemplateSummary,
} from '../../../shared/schemas/template.schema'
import { testBackend, value } from '../../support/backend'

async function demo() {
  const backend = await testBackend({ seedDemo: true })
  const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
  const maya = clients.find((c) => c.name === 'Maya Okafor')!
  const block = value<Block>(await backend.dispatch('blocks.get', { id: maya.activeBlock!.id }))
  return { backend, clients, maya, block }
}

/** A new client with a 100 kg squat, who has no block yet. */
async function newClient(backend: Backend, name = 'Noor') {
  const client = value<Client>(await backend.dispatch('clients.create', { name, goal: 'hybrid' }))
  value(
    await backend.dispatch('maxes.set', {
      clientId: client.id,
      lift: 'Back squat',
      oneRmKg: 100,
      measuredOn: '2026-11-01',
    }),
  )
  return client
}

const squatLines = (block: { sessions: Block['sessions'] }, week: number) =>
  block.sessions
    .filter((s) => s.weekIndex === week)
    .flatMap((s) => s.exercises ?? [])
    .filter((l) => l.name === 'Back squat')

describe('templates', () => {
  it('keep a block’s weeks as written, and fit any client: their maxes, their start Monday', async () => {
    const { backend, block } = await demo()
    const saved = value<Template>(
      await backend.dispatch('templates.save', {
        blockId: block.id,
        weeks: { from: 1, to: 3 },
        name: 'Half build (3 wk)',
        description: 'Maya’s first three weeks',
        tags: ['Hybrid', 'half marathon', 'hybrid'],
        progressions: [
          {
            kind: 'linear',
            lifts: ['Back squat'],
            weeks: { from: 1, to: 3 },
            step: 2.5,
            unit: 'load',
          },
        ],
      }),
    )
    expect(saved.weeks).toEqual(block.weeks.slice(0, 3))
    expect(saved.tags).toEqual(['hybrid', 'half marathon'])
    expect(saved.sessions).toHaveLength(block.sessions.filter((s) => s.weekIndex < 3).length)
    // Prescriptions as written: the squat stays 80 %, no load computed from Maya's max.
    expect(squatLines(saved, 0)[0]).toMatchObject({ pct1rm: 80 })
    expect(squatLines(saved, 0)[0]!.loadKg).toBeUndefined()
    expect(saved.sessions.every((s) => s.status === 'planned')).toBe(true)
    // Session ids are the template's own.
    const blockIds = new Set(block.sessions.map((s) => s.id))
    expect(saved.sessions.some((s) => blockIds.has(s.id))).toBe(false)

    const list = value<TemplateSummary[]>(await backend.dispatch('templates.list', {}))
    expect(list.find((t) => t.id === saved.id)).toMatchObject({
      name: 'Half build (3 wk)',
      sessionCount: saved.sessions.length,
    })

    const noor = await newClient(backend)
    const preview = value<TemplatePreview>(
      await backend.dispatch('templates.preview', {
        templateId: saved.id,
        clientId: noor.id,
        startDate: '2027-01-04',
      }),
    )
    expect(preview.clientName).toBe('Noor')
    expect(preview.analysis.findings.length).toBeGreaterThan(0)

    const applied = value<Block>(
      await backend.dispatch('templates.apply', {
        templateId: saved.id,
        clientId: noor.id,
        startDate: '2027-01-04',
      }),
    )
    expect(applied).toMatchObject({
      clientId: noor.id,
      name: 'Half build (3 wk)',
      startDate: '2027-01-04',
      status: 'draft',
    })
    expect(applied.weeks).toHaveLength(3)
    // Week 1 as written (80 % of Noor's 100 kg is computed where it is shown); weeks 2 and 3
    // progress from Noor's 80 kg, not from Maya's max.
    expect(squatLines(applied, 0)[0]).toMatchObject({ pct1rm: 80 })
    expect(squatLines(applied, 1)[0]).toMatchObject({ loadKg: 82.5 })
    expect(squatLines(applied, 2)[0]).toMatchObject({ loadKg: 85 })
    // The preview showed exactly what was applied.
    expect(preview.sessions.map((s) => s.exercises)).toEqual(
      applied.sessions.map((s) => s.exercises),
    )
    await backend.close()
  })

  it('apply only the weeks chosen, from week 1 of the new block', async () => {
    const { backend, block } = await demo()
    const saved = value<Template>(
      await backend.dispatch('templates.save', { blockId: block.id, name: 'Whole block' }),
    )
    const noor = await newClient(backend)
    const applied = value<Block>(
      await backend.dispatch('templates.apply', {
        templateId: saved.id,
        clientId: noor.id,
        startDate: '2027-01-04',
        weeks: { from: 3, to: 4 },
        name: 'Weeks 3–4',
        activate: true,
      }),
    )
    expect(applied.status).toBe('active')
    expect(applied.weeks).toEqual(block.weeks.slice(2, 4))
    expect(applied.sessions.map((s) => [s.weekIndex, s.day, s.start])).toEqual(
      block.sessions
        .filter((s) => s.weekIndex === 2 || s.weekIndex === 3)
        .map((s) => [s.weekIndex - 2, s.day, s.start]),
    )
    // Weeks the template does not have are refused, naming them; nothing is written.
    const tooFar = await backend.dispatch('templates.apply', {
      templateId: saved.id,
      clientId: noor.id,
      startDate: '2027-01-04',
      weeks: { from: 3, to: 40 },
    })
    expect(!tooFar.ok && tooFar.error.issues).toEqual([
      { path: 'weeks.to', message: `Whole block has ${block.weeks.length} weeks` },
    ])
    // A second active block for Noor is refused.
    const second = await backend.dispatch('templates.apply', {
      templateId: saved.id,
      clientId: noor.id,
      startDate: '2027-03-01',
      activate: true,
    })
    expect(!second.ok && second.error.code).toBe('conflict')
    const blocks = value<unknown[]>(
      await backend.dispatch('blocks.listForClient', { clientId: noor.id }),
    )
    expect(blocks).toHaveLength(1)
    await backend.close()
  })

  it('are renamed, duplicated, deleted and brought back; a name names one template', async () => {
    const { backend, block } = await demo()
    const saved = value<Template>(
      await backend.dispatch('templates.save', { blockId: block.id, name: 'Base' }),
    )
    const clash = await backend.dispatch('templates.save', { blockId: block.id, name: 'base' })
    expect(!clash.ok && clash.error.message).toBe('There is already a template called “base”.')
    const renamed = value<Template>(
      await backend.dispatch('templates.update', { id: saved.id, name: 'Base 2', tags: ['x'] }),
    )
    expect(renamed).toMatchObject({ name: 'Base 2', tags: ['x'] })
    const copy = value<Template>(
      await backend.dispatch('templates.duplicate', { id: saved.id, name: 'Base 3' }),
    )
    expect(copy.sessions).toHaveLength(saved.sessions.length)
    expect(copy.sessions[0]!.id).not.toBe(saved.sessions[0]!.id)
    value(await backend.dispatch('templates.remove', { id: saved.id }))
    const names = async () =>
      value<TemplateSummary[]>(await backend.dispatch('templates.list', {})).map((t) => t.name)
    expect(await names()).not.toContain('Base 2')
    // Its name is free while it is deleted; bringing it back then needs the name again.
    const taken = value<Template>(
      await backend.dispatch('templates.duplicate', { id: copy.id, name: 'Base 2' }),
    )
    const blocked = await backend.dispatch('templates.restore', { id: saved.id })
    expect(!blocked.ok && blocked.error.code).toBe('conflict')
    value(await backend.dispatch('templates.remove', { id: taken.id }))
    const back = value<Template>(await backend.dispatch('templates.restore', { id: saved.id }))
    expect(back.sessions).toEqual(saved.sessions)
    expect(await names()).toContain('Base 2')
    await backend.close()
  })

  it('come with the demo: four, each with lines, a progression and a deload week, each fits a client', async () => {
    const { backend } = await demo()
    const list = value<TemplateSummary[]>(await backend.dispatch('templates.list', {}))
    expect(list.map((t) => t.name)).toEqual([
      'Hybrid 10K + strength (8 wk)',
      'Hyrox prep (12 wk)',
      'Return to running (6 wk)',
      'Strength base (4 wk)',
    ])
    const noor = await newClient(backend)
    for (const summary of list) {
      expect(summary.lineCount).toBeGreaterThan(0)
      expect(summary.progressions.length).toBeGreaterThan(0)
      expect(summary.weeks.some((w) => w.deload)).toBe(true)
      const preview = value<TemplatePreview>(
        await backend.dispatch('templates.preview', {
          templateId: summary.id,
          clientId: noor.id,
          startDate: '2027-01-04',
        }),
      )
      // Every progression changed something: no week after the first reads like the first.
      const template = value<Template>(await backend.dispatch('templates.get', { id: summary.id }))
      expect(preview.sessions.map((s) => [s.durationMin, s.exercises])).not.toEqual(
        template.sessions.map((s) => [s.durationMin, s.exercises]),
      )
    }
    // The strength base's wave: 75/80/85 %, then the deload at 65 %.
    const base = list.find((t) => t.name === 'Strength base (4 wk)')!
    const fittedBase = value<TemplatePreview>(
      await backend.dispatch('templates.preview', { templateId: base.id, startDate: '2027-01-04' }),
    )
    expect(fittedBase.clientName).toBe('a typical intermediate hybrid athlete')
    expect([0, 1, 2, 3].map((w) => squatLines(fittedBase, w)[0]!.pct1rm)).toEqual([75, 80, 85, 65])
    // The deload week has fewer sets.
    expect(squatLines(fittedBase, 3)[0]!.sets).toBe(3)
    await backend.close()
  })

  it('previews a progression’s patches with the engine, writing nothing', async () => {
    const { backend, block } = await demo()
    const monday = block.sessions.find((s) => s.weekIndex === 1 && s.exercises?.length)!
    const longer = block.sessions.find((s) => s.weekIndex === 1 && s.modality === 'run')!
    const analysis = value<{ findings: unknown[] }>(
      await backend.dispatch('blocks.previewPatches', {
        blockId: block.id,
        revision: block.revision,
        patches: [
          { op: 'update', id: longer.id, changes: { durationMin: longer.durationMin * 3 } },
          {
            op: 'update',
            id: monday.id,
            changes: { exercises: [{ name: 'Back squat', sets: 5, reps: 5, loadKg: 90 }] },
          },
        ],
      }),
    )
    const now = value<{ findings: unknown[] }>(
      await backend.dispatch('blocks.analyze', { id: block.id }),
    )
    expect(analysis.findings).not.toEqual(now.findings)
    const after = value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
    expect(after).toEqual(block)
    await backend.close()
  })
})
