import { compareSessions } from './session-order'
import type { BlockEdit } from '../schemas/block-edit.schema'
import type { Block, BlockSession } from '../schemas/block.schema'

/** What a saved batch of edits did to a block's sessions, as the database reported it. */
export type SessionChangeSet = Pick<BlockEdit, 'inserted' | 'updated' | 'deletedIds'>

/**
 * A block's sessions after a saved edit, in sheet order. The one place this is computed: the
 * backend keeps its snapshot of the block with it, and the editor its copy of the block.
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

/** The block as the database now holds it, from the block before a save and what the save changed. */
export function mergeBlockEdit(block: Block, edit: BlockEdit): Block {
  return {
    ...block,
    revision: edit.revision,
    updatedAt: edit.updatedAt,
    sessions: sessionsAfterEdit(block.sessions, edit),
  }
}
