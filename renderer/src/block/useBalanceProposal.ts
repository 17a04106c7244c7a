import { useState } from 'react'
import type { Block } from '../../../shared/schemas/block.schema'
import { api } from '../api/backend'
import type { BalanceProposal } from './dialogs/BalanceDialog'
import type { EditStep } from './sheet/edit-history'

/**
 * Balance this week / Balance block: the balancer's proposal, shown until the coach accepts it (one
 * step: every move in one save, undone together) or rejects it.
 */
export function useBalanceProposal(
  blockId: string,
  block: Block | null,
  apply: (step: EditStep) => Promise<void>,
) {
  const [proposal, setProposal] = useState<{
    title: string
    week: number | null
    value: BalanceProposal
  } | null>(null)

  async function propose(week: number | undefined) {
    const result = await api.blocks.balance(
      week === undefined ? { id: blockId } : { id: blockId, week },
    )
    if (result.ok) {
      setProposal({
        title: week === undefined ? 'Balance block' : `Balance week ${week + 1}`,
        week: week ?? null,
        value: result.value,
      })
    }
  }

  async function accept() {
    if (!proposal || !block) return
    const byId = new Map(block.sessions.map((s) => [s.id, s]))
    const moves = proposal.value.moves.filter((m) => byId.has(m.sessionId))
    setProposal(null)
    await apply({
      label: 'balance',
      redo: moves.map((m) => ({
        op: 'update',
        id: m.sessionId,
        changes: { day: m.to.day, start: m.to.start },
      })),
    })
  }

  return { proposal, propose, accept, reject: () => setProposal(null) }
}
