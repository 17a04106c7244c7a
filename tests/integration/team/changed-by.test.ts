import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'
import { addedCoach, headCoach, teamBackend } from '../../support/team'

const walk = (id: string) => ({
  op: 'insert',
  session: {
    id,
    weekIndex: 0,
    sortOrder: 50,
    day: 6,
    start: '06:00',
    durationMin: 30,
    modality: 'walk',
  },
})

/** Ana owns Maya and shares her with Ben; both have her block open at the same revision. */
async function twoCoachesOnMaya() {
  const backend = await teamBackend({ seedDemo: true })
  const head = await headCoach(backend)
  const ana = await addedCoach(backend, head, { email: 'ana@example.com', name: 'Ana' })
  const ben = await addedCoach(backend, head, { email: 'ben@example.com', name: 'Ben' })
  const maya = value<ClientSummary[]>(await head.call('clients.list', { search: 'Maya' }))[0]!
  value(await head.call('team.reassignClient', { clientId: maya.id, coachId: ana.coach.id }))
  value(await ana.call('team.shareClient', { clientId: maya.id, coachId: ben.coach.id }))
  const block = value<Block>(await ana.call('blocks.get', { id: maya.activeBlock!.id }))
  return { backend, head, ana, ben, maya, block }
}

describe('who changed what, on a team database', () => {
  it('a save refused because another coach saved first says who, and the block says who changed it', async () => {
    const { ana, ben, block } = await twoCoachesOnMaya()
    expect(value(await ana.call('blocks.lastChange', { id: block.id }))).toBeNull()
    value(
      await ana.call('blocks.applyPatches', {
        blockId: block.id,
        revision: block.revision,
        patches: [walk('ana-walk')],
      }),
    )
    const refused = await ben.call('blocks.applyPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: [walk('ben-walk')],
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(!refused.ok && refused.error.message).toBe(
      'Ana saved this block after you opened it. Reload it to see the latest version; your edit was not saved.',
    )
    expect(value(await ben.call('blocks.lastChange', { id: block.id }))).toEqual({
      coachId: ana.coach.id,
      coachName: 'Ana',
      at: '2026-11-23T09:00:00.000Z',
      revision: block.revision + 1,
    })
    // Nothing of Ben's refused save is in the block.
    const now = value<Block>(await ben.call('blocks.get', { id: block.id }))
    expect(now.sessions.map((s) => s.id)).toContain('ana-walk')
    expect(now.sessions.map((s) => s.id)).not.toContain('ben-walk')
  })

  it('the same coach in a second window is told it was them', async () => {
    const { ana, block } = await twoCoachesOnMaya()
    value(
      await ana.call('blocks.setStatus', {
        id: block.id,
        revision: block.revision,
        status: 'done',
      }),
    )
    const second = await ana.call('blocks.applyPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: [walk('late')],
    })
    expect(!second.ok && second.error.message).toMatch(/^You saved this block in another window/)
  })

  it('every write is recorded with the coach and the time; the command line as itself', async () => {
    const { backend, ana, ben, maya, block } = await twoCoachesOnMaya()
    value(await ana.call('clients.update', { id: maya.id, name: 'Maya O.', goal: 'hybrid' }))
    value(
      await ben.call('findings.override', {
        blockId: block.id,
        rule: 'INT-03',
        subject: 'x',
        reason: 'fine',
      }),
    )
    const cli = await testBackend({ sameDatabaseAs: backend, host: 'cli' })
    const latest = value<Block>(await cli.dispatch('blocks.get', { id: block.id }))
    value(
      await cli.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: latest.revision,
        patches: [walk('from-cli')],
      }),
    )
    const log = await backend.database.db
      .selectFrom('change_log')
      .select(['coach_name', 'procedure', 'client_id', 'block_id', 'block_revision'])
      .where('procedure', 'in', ['clients.update', 'findings.override', 'blocks.applyPatches'])
      .orderBy('at')
      .orderBy('procedure')
      .execute()
    expect(log).toEqual(
      expect.arrayContaining([
        {
          coach_name: 'Ana',
          procedure: 'clients.update',
          client_id: maya.id,
          block_id: null,
          block_revision: null,
        },
        {
          coach_name: 'Ben',
          procedure: 'findings.override',
          client_id: maya.id,
          block_id: block.id,
          block_revision: null,
        },
        {
          coach_name: 'the command line',
          procedure: 'blocks.applyPatches',
          client_id: maya.id,
          block_id: block.id,
          block_revision: latest.revision + 1,
        },
      ]),
    )
    await cli.close()
  })
})
