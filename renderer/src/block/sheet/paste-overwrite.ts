import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { SessionPatch } from '../../../../shared/schemas/patch.schema'

/** The sessions a paste step overwrites, when they lie in more than one week; else none. */
export function overwrittenAcrossWeeks(
  rows: readonly BlockSession[],
  redo: readonly SessionPatch[],
): BlockSession[] {
  const byId = new Map(rows.map((s) => [s.id, s]))
  const replaced = redo
    .map((p) => (p.op === 'update' ? byId.get(p.id) : undefined))
    .filter((s): s is BlockSession => s !== undefined)
  return new Set(replaced.map((s) => s.weekIndex)).size > 1 ? replaced : []
}
