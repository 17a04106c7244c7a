import { parentsFirst } from '../../shared/plans/attachments'
import type { SessionChangeSet } from '../../shared/plans/merge-block-edit'
import type { BlockSession } from '../../shared/schemas/block.schema'
import type { SessionPatch } from '../../shared/schemas/patch.schema'

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/** The fields of `now` to send so a session reads as `was` again (null clears one it lacked). */
function changesBack(now: BlockSession, was: BlockSession): Record<string, unknown> {
  const back: Record<string, unknown> = {}
  const fields = new Set([...Object.keys(now), ...Object.keys(was)])
  for (const field of fields) {
    if (field === 'id') continue
    const before = (was as Record<string, unknown>)[field]
    if (!same((now as Record<string, unknown>)[field], before)) back[field] = before ?? null
  }
  return back
}

/**
 * The patches that take a saved edit back, from the sessions before it and what the database
 * says it did: the deleted sessions inserted again (each parent before what is attached to it),
 * the updated ones (those the database detached from a deleted lift included) given their fields
 * back, the inserted ones deleted. Applied as one more write, they leave the sessions exactly as
 * they were; the block-write owner computes them, so no caller keeps its own copy of the rule.
 */
export function inversePatches(
  before: readonly BlockSession[],
  edit: SessionChangeSet,
  /** The batch that was saved: its own inverse when it changed nothing (an insert then a delete). */
  forward: readonly SessionPatch[],
): SessionPatch[] {
  const byId = new Map(before.map((s) => [s.id, s]))
  const deleted = new Set(edit.deletedIds)
  const restore = parentsFirst(before.filter((s) => deleted.has(s.id))).map(
    (session): SessionPatch => ({ op: 'insert', session: { ...session } }),
  )
  const revert = edit.updated.flatMap((now): SessionPatch[] => {
    const was = byId.get(now.id)
    return was ? [{ op: 'update', id: now.id, changes: changesBack(now, was) }] : []
  })
  const remove = edit.inserted.map((s): SessionPatch => ({ op: 'delete', id: s.id }))
  const inverse = [...restore, ...revert, ...remove]
  return inverse.length > 0 ? inverse : [...forward]
}
