import { SEED_INDEX } from '../../shared/exercises/exercise-index'
import { applySessionPatches } from '../../shared/plans/apply-patches'
import { sessionsAfterEdit } from '../../shared/plans/merge-block-edit'
import type { BlockSession } from '../../shared/schemas/block.schema'
import type { SessionPatch } from '../../shared/schemas/patch.schema'
import { inversePatches } from '../../server/writes/inverse-patches'

/**
 * What the block-write owner answers for a batch of patches, without a database: the sessions
 * after it and the patches that undo it (its own code, server/writes/inverse-patches.ts). The
 * database's part (detaching a cool-down from a deleted lift) is tested through the contract.
 */
export function savedStep(
  sessions: readonly BlockSession[],
  patches: readonly SessionPatch[],
  weekCount = 52,
): { after: BlockSession[]; undo: SessionPatch[] } {
  const applied = applySessionPatches(sessions, patches, weekCount, SEED_INDEX)
  if (!applied.ok) throw new Error(JSON.stringify(applied.issues))
  return {
    after: sessionsAfterEdit(sessions, applied.outcome),
    undo: inversePatches(sessions, applied.outcome, patches),
  }
}
