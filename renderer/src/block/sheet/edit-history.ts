import type { BlockWrite } from '../../../../shared/schemas/block-write.schema'
import type { SessionPatch } from '../../../../shared/schemas/patch.schema'

/**
 * One step the coach takes: the patches that do it (§ style: edits are patches). What takes it
 * back is not worked out here: the backend answers each saved write with its inverse.
 */
export interface EditStep {
  label: string
  redo: SessionPatch[]
}

/** A saved step: the write that did it and the write the backend answered with to undo it. */
export interface SavedStep {
  label: string
  redo: BlockWrite
  undo: BlockWrite
}

export interface EditHistory {
  past: SavedStep[]
  future: SavedStep[]
}

export const emptyHistory = (): EditHistory => ({ past: [], future: [] })

const LIMIT = 200

export function recordStep(history: EditHistory, step: SavedStep): EditHistory {
  return { past: [...history.past, step].slice(-LIMIT), future: [] }
}

/** The last step undone; `redo` is the inverse the backend gave for the undo. */
export function afterUndo(history: EditHistory, redo: BlockWrite): EditHistory {
  const step = history.past.at(-1)
  return step
    ? { past: history.past.slice(0, -1), future: [{ ...step, redo }, ...history.future] }
    : history
}

/** The next step redone; `undo` is the inverse the backend gave for the redo. */
export function afterRedo(history: EditHistory, undo: BlockWrite): EditHistory {
  const step = history.future[0]
  return step
    ? { past: [...history.past, { ...step, undo }], future: history.future.slice(1) }
    : history
}
