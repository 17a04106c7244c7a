import type { BlockSession } from '../schemas/block.schema'
import type { SessionPatch } from '../schemas/patch.schema'
import { parentsFirst } from './attachments'

/**
 * Copies of sessions under new ids. An attachment inside the copied set follows the copy (a
 * cool-down stays with its own lift); one pointing outside it is dropped, since the copy of a week
 * must not hang off a session of another week.
 */
export function copySessions(
  sessions: readonly BlockSession[],
  newId: () => string,
  change: (session: BlockSession) => Partial<BlockSession> = () => ({}),
): BlockSession[] {
  const ids = new Map(sessions.map((s) => [s.id, newId()]))
  return sessions.map((s) => ({
    ...s,
    ...change(s),
    id: ids.get(s.id)!,
    attachedTo: s.attachedTo === null ? null : (ids.get(s.attachedTo) ?? null),
  }))
}

/**
 * Sessions `doomed` replaced by `incoming` as patches: the old deleted and the new inserted (each
 * parent before what is attached to it). What undoes them is the block-write owner's answer.
 */
export function replacementPatches(
  doomed: readonly BlockSession[],
  incoming: readonly BlockSession[],
): { redo: SessionPatch[] } {
  return {
    redo: [
      ...doomed.map((s): SessionPatch => ({ op: 'delete', id: s.id })),
      ...parentsFirst(incoming).map((s): SessionPatch => ({ op: 'insert', session: s })),
    ],
  }
}

export interface WeekCopy {
  redo: SessionPatch[]
  /** Sessions replaced in the target weeks. */
  replaced: number
  inserted: number
}

/**
 * Makes each target week a copy of the source week: the target's sessions are deleted and the
 * source's are inserted under new ids, same days and times.
 */
export function copyWeekPatches(
  sessions: readonly BlockSession[],
  source: number,
  targets: readonly number[],
  newId: () => string,
  /** What each copy becomes once on its week (a deload week scales it). */
  options: { change?: (copy: BlockSession) => BlockSession } = {},
): WeekCopy {
  const template = sessions.filter((s) => s.weekIndex === source)
  const targetSet = new Set(targets.filter((t) => t !== source))
  const doomed = sessions.filter((s) => targetSet.has(s.weekIndex))
  const copies = [...targetSet].flatMap((week) =>
    copySessions(template, newId, () => ({ weekIndex: week })).map(
      (copy) => options.change?.(copy) ?? copy,
    ),
  )
  return {
    ...replacementPatches(doomed, copies),
    replaced: doomed.length,
    inserted: copies.length,
  }
}
