import { formatCompactLine } from '../../../shared/exercises/compact-line'
import type { BlockSession } from '../../../shared/schemas/block.schema'
import { WEEKDAY_SHORT } from '../../../shared/schemas/common.schema'
import type { SessionPatch } from '../../../shared/schemas/patch.schema'
import type { Exercise } from '../../../shared/schemas/session.schema'
import type { EditStep } from './sheet/edit-history'

/** The fields a progression or a deload rewrites; the rest of a session is left as it is. */
const REWRITTEN = ['exercises', 'durationMin', 'distanceKm', 'pct1rm', 'toFailure'] as const
/** The fields logging a session writes: what happened, how hard it felt, how long it took. */
export const LOGGED = ['status', 'rpeActual', 'minutesActual'] as const

type Field = (typeof REWRITTEN)[number] | (typeof LOGGED)[number]

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The fields of `to` that differ from `from`, as a patch sends them (null clears one). */
function changesBetween(from: BlockSession, to: BlockSession, fields: readonly Field[]) {
  const changes: Record<string, unknown> = {}
  for (const field of fields) if (!same(from[field], to[field])) changes[field] = to[field] ?? null
  return changes
}

/**
 * Sessions rewritten as a whole (a progression, a deload, logging) as one step: the fields that
 * changed (the backend answers with the write that puts them back).
 */
export function rewriteStep(
  label: string,
  before: readonly BlockSession[],
  changed: readonly BlockSession[],
  fields: readonly Field[] = REWRITTEN,
): EditStep {
  const byId = new Map(before.map((s) => [s.id, s]))
  const redo: SessionPatch[] = []
  for (const next of changed) {
    const prev = byId.get(next.id)
    if (!prev) continue
    const forward = changesBetween(prev, next, fields)
    if (Object.keys(forward).length === 0) continue
    redo.push({ op: 'update', id: next.id, changes: forward })
  }
  return { label, redo }
}

/** One line of a preview: where, what, and how it reads before and after. */
export interface ChangeRow {
  key: string
  week: number
  day: number
  what: string
  before: string
  after: string
}

export const dayName = (day: number) => WEEKDAY_SHORT[day] ?? ''

export { sessionKind } from '../../../shared/plans/session-kind'

/**
 * What a rewrite changes, as a coach reads it: "Wk 2 Mon · Back squat: 5x5 @80% → 5x5 115kg".
 * `load` adds the load a %1RM or RPE line comes to for this client, where known; a typed load is
 * written in the client's `unit`.
 */
export function changeRows(
  before: readonly BlockSession[],
  changed: readonly BlockSession[],
  load: (line: Exercise) => string | null,
  unit: 'kg' | 'lb' = 'kg',
): ChangeRow[] {
  const byId = new Map(before.map((s) => [s.id, s]))
  const words = (line: Exercise | undefined) => {
    if (!line) return '–'
    const kg = line.loadKg === undefined ? load(line) : null
    return `${formatCompactLine(line, unit)}${kg ? ` (${kg})` : ''}`
  }
  const rows: ChangeRow[] = []
  for (const next of changed) {
    const prev = byId.get(next.id)
    if (!prev) continue
    const at = { week: next.weekIndex + 1, day: next.day }
    if (prev.durationMin !== next.durationMin || prev.distanceKm !== next.distanceKm) {
      const amount = (s: BlockSession) =>
        `${s.durationMin} min${s.distanceKm !== undefined ? ` · ${s.distanceKm} km` : ''}`
      rows.push({
        key: `${next.id}:time`,
        ...at,
        what: next.modality === 'run' ? `${next.runType ?? ''} run`.trim() : next.modality,
        before: amount(prev),
        after: amount(next),
      })
    }
    const lines = Math.max(prev.exercises?.length ?? 0, next.exercises?.length ?? 0)
    for (let i = 0; i < lines; i++) {
      const a = prev.exercises?.[i]
      const b = next.exercises?.[i]
      if (same(a, b)) continue
      rows.push({
        key: `${next.id}:${i}`,
        ...at,
        what: (b ?? a)!.name,
        before: words(a),
        after: words(b),
      })
    }
  }
  return rows.sort((x, y) => x.week - y.week || x.day - y.day)
}
