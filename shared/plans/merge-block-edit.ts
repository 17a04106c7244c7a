import { compareSessions } from './session-order'
import type { BlockEdit } from '../schemas/block-edit.schema'
import type { Block } from '../schemas/block.schema'

/** The block as the database now holds it, from the block before a save and what the save changed. */
export function mergeBlockEdit(block: Block, edit: BlockEdit): Block {
  const replaced = new Map(edit.updated.map((s) => [s.id, s]))
  const deleted = new Set(edit.deletedIds)
  const sessions = block.sessions
    .filter((s) => !deleted.has(s.id))
    .map((s) => replaced.get(s.id) ?? s)
    .concat(edit.inserted)
    .sort(compareSessions)
  return { ...block, revision: edit.revision, updatedAt: edit.updatedAt, sessions }
}
