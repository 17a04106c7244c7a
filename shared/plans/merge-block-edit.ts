import { compareSessions } from './session-order'
import type { Block, BlockSession } from '../schemas/block.schema'
import type { BlockChanges } from '../schemas/block-write.schema'

/** What a saved batch of edits did to a block's sessions, as the database reported it. */
export type SessionChangeSet = Pick<BlockChanges, 'inserted' | 'updated' | 'deletedIds'>

/**
 * A block's sessions after a saved edit, in sheet order. The one place this is computed: the
 * block-write owner builds the block a write leaves with it, and the editor its copy of the block.
 */
export function sessionsAfterEdit(
  sessions: readonly BlockSession[],
  edit: SessionChangeSet,
): BlockSession[] {
  const replaced = new Map(edit.updated.map((s) => [s.id, s]))
  const deleted = new Set(edit.deletedIds)
  return sessions
    .filter((s) => !deleted.has(s.id))
    .map((s) => replaced.get(s.id) ?? s)
    .concat(edit.inserted)
    .sort(compareSessions)
}

/**
 * The block as the database now holds it, from the block before a saved write and what the write
 * changed (its sessions, status and weeks; an override changes none of them).
 */
export function mergeBlockEdit(
  block: Block,
  saved: BlockChanges & Pick<Block, 'revision' | 'updatedAt'>,
): Block {
  const touched = saved.inserted.length + saved.updated.length + saved.deletedIds.length > 0
  return {
    ...block,
    status: saved.status ?? block.status,
    weeks: saved.weeks ?? block.weeks,
    revision: saved.revision,
    updatedAt: saved.updatedAt,
    sessions: touched ? sessionsAfterEdit(block.sessions, saved) : block.sessions,
  }
}
