import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { ProcedureOutput } from '../../../shared/contract/contract'
import { testBackend, value } from '../../support/backend'

type Proposal = ProcedureOutput<'blocks.balance'>
type Backend = Awaited<ReturnType<typeof testBackend>>

/**
 * docs/engine-rules.md §6.6: content suggestions answer the findings of the arrangement returned
 * (F1, or F0 when nothing moves) in the week balanced, so each one names only rules that still
 * fire there, and none is offered when nothing it answers fires.
 */
async function checkEveryWeek(backend: Backend, id: string, weeks: number) {
  let offered = 0
  for (let week = 0; week < weeks; week++) {
    const proposal = value<Proposal>(await backend.dispatch('blocks.balance', { id, week }))
    const live = proposal.after.filter((f) => f.week === week && f.severity !== 'info')
    for (const s of proposal.suggestions) {
      offered++
      const answered = live.filter(
        (f) => f.rule === s.rule && s.sessions.every((id) => f.sessions.includes(id)),
      )
      expect(answered.length, `week ${week + 1}: "${s.text}" for ${s.rule}`).toBeGreaterThan(0)
    }
  }
  return offered
}

describe('Balance this week: content changes to consider', () => {
  it('on Maya’s block, name only rules that fire in the week after the moves, locked lift or not', async () => {
    const backend = await testBackend({ seedDemo: true })
    const maya = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Maya' }),
    )[0]!
    const id = maya.activeBlock!.id
    const block = value<Block>(await backend.dispatch('blocks.get', { id }))
    const weeks = block.weeks.length
    const offered = await checkEveryWeek(backend, id, weeks)
    // Week 3 with its lifts locked: the balancer must work around them.
    const lifts = block.sessions.filter((s) => s.weekIndex === 2 && s.modality === 'strength')
    expect(lifts.length).toBeGreaterThan(0)
    value(
      await backend.dispatch('blocks.applyPatches', {
        blockId: id,
        revision: block.revision,
        patches: lifts.map((s) => ({ op: 'update', id: s.id, changes: { locked: true } })),
      }),
    )
    const offeredLocked = await checkEveryWeek(backend, id, weeks)
    // The check is not empty: the roster's Maya does get suggestions somewhere.
    expect(offered + offeredLocked).toBeGreaterThan(0)
    await backend.close()
  })
})
