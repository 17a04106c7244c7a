import type { SessionPatch } from '../../../../shared/schemas/patch.schema'

/** One undoable step: the patches that did it and the patches that undo it (§ style: edits are patches). */
export interface EditStep {
  label: string
  redo: SessionPatch[]
  undo: SessionPatch[]
}

export interface EditHistory {
  past: EditStep[]
  future: EditStep[]
}

export const emptyHistory = (): EditHistory => ({ past: [], future: [] })

const LIMIT = 200

export function recordStep(history: EditHistory, step: EditStep): EditHistory {
  return { past: [...history.past, step].slice(-LIMIT), future: [] }
}

export function afterUndo(history: EditHistory): EditHistory {
  const step = history.past.at(-1)
  return step ? { past: history.past.slice(0, -1), future: [step, ...history.future] } : history
}

export function afterRedo(history: EditHistory): EditHistory {
  const step = history.future[0]
  return step ? { past: [...history.past, step], future: history.future.slice(1) } : history
}
