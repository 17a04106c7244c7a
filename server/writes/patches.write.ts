import type { Kysely } from 'kysely'
import {
  deleteSessions,
  existingSessionIds,
  insertSessions,
  updateSessions,
} from '../../db/repositories/session.repository'
import { listSessionsById } from '../../db/repositories/session-reader'
import type { Database } from '../../db/schema'
import { summariseIssues } from '../../shared/contract/field-issues'
import { DomainError } from '../../shared/contract/result'
import { applySessionPatches } from '../../shared/plans/apply-patches'
import type { PatchOutcome } from '../../shared/plans/apply-patches'
import { sessionsAfterEdit } from '../../shared/plans/merge-block-edit'
import type { Block, BlockSession } from '../../shared/schemas/block.schema'
import type { BlockWrite } from '../../shared/schemas/block-write.schema'
import type { PrepareWrite } from './block-write-kind'
import { inversePatches } from './inverse-patches'

/**
 * The sessions a batch's deletes left detached: the database sets a cool-down's attachedTo to null
 * when the lift it was attached to is deleted (ON DELETE SET NULL). They are read back as stored,
 * so the answer and the snapshot hold what the database did rather than a copy of its rule.
 */
async function detachedByDeletes(
  trx: Kysely<Database>,
  before: Block,
  outcome: PatchOutcome,
): Promise<BlockSession[]> {
  const deleted = new Set(outcome.deletedIds)
  if (deleted.size === 0) return []
  const written = new Set(outcome.updated.map((s) => s.id))
  const orphans = before.sessions.filter(
    (s) =>
      s.attachedTo !== null &&
      deleted.has(s.attachedTo) &&
      !deleted.has(s.id) &&
      !written.has(s.id),
  )
  return orphans.length === 0
    ? []
    : listSessionsById(
        trx,
        before.id,
        orphans.map((s) => s.id),
      )
}

/**
 * Session edits, all or none: each patch checked against the block's sessions and the library
 * (shared/plans/apply-patches.ts), new ids checked free across the database, then deletes,
 * inserts and updates written.
 */
export const preparePatches: PrepareWrite<Extract<BlockWrite, { kind: 'patches' }>> = async (
  before,
  { patches },
  env,
) => {
  const applied = applySessionPatches(before.sessions, patches, before.weeks.length, env.library)
  if (!applied.ok)
    throw new DomainError('invalid_input', summariseIssues(applied.issues), applied.issues)
  const outcome = applied.outcome
  const taken = await existingSessionIds(
    env.db,
    outcome.inserted.map((s) => s.id),
  )
  if (taken.size > 0)
    throw new DomainError('conflict', `Session id ${[...taken][0]} is already in use.`)
  const after: Block = { ...before, sessions: sessionsAfterEdit(before.sessions, outcome) }
  return {
    after,
    persist: async (trx, now) => {
      await deleteSessions(trx, before.id, outcome.deletedIds)
      await insertSessions(trx, before.id, outcome.inserted, now)
      await updateSessions(trx, before.id, outcome.updated, now)
      const detached = await detachedByDeletes(trx, before, outcome)
      const changes = { ...outcome, updated: [...outcome.updated, ...detached] }
      return {
        after:
          detached.length === 0
            ? after
            : { ...before, sessions: sessionsAfterEdit(before.sessions, changes) },
        changes,
        inverse: { kind: 'patches', patches: inversePatches(before.sessions, changes, patches) },
      }
    },
  }
}
