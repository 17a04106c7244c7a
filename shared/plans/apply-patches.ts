import { issuePath } from '../contract/field-issues'
import type { FieldIssue } from '../contract/result'
import { attachmentLoop, loopWords } from './attachments'
import { BlockSessionSchema } from '../schemas/block.schema'
import type { BlockSession } from '../schemas/block.schema'
import type { ExerciseIndex } from '../exercises/exercise-index'
import { regionProblem } from '../exercises/region-problem'
import { CLEARABLE_FIELDS } from '../schemas/patch.schema'
import type { SessionPatch } from '../schemas/patch.schema'

const CLEARABLE = new Set<string>(CLEARABLE_FIELDS)

export interface PatchOutcome {
  inserted: BlockSession[]
  updated: BlockSession[]
  deletedIds: string[]
}

/**
 * Checks a batch of patches against a block's sessions, all or nothing, and gives the sessions it
 * inserts and updates as they will be written. Every session the batch touches must still be a
 * valid session of this block afterwards (schema, week in range, a strength session's region given
 * or derived from lines the library knows, attachment to a session of the block); each problem names the patch and field it comes from, e.g. `patches.2.changes.start`.
 * What deleting a session does to those attached to it is the database's business (ON DELETE SET
 * NULL); the caller reads that back rather than this guessing it.
 */
export function applySessionPatches(
  current: readonly BlockSession[],
  patches: readonly SessionPatch[],
  weekCount: number,
  /** The database's exercise library, which says whether a strength session's lines give it a region. */
  library: ExerciseIndex,
): { ok: true; outcome: PatchOutcome } | { ok: false; issues: FieldIssue[] } {
  const byId = new Map(current.map((s) => [s.id, s]))
  const touchedBy = new Map<string, number>()
  const insertedIds = new Set<string>()
  const deletedIds = new Set<string>()
  const issues: FieldIssue[] = []
  patches.forEach((patch, index) => {
    if (patch.op === 'insert') {
      if (byId.has(patch.session.id)) {
        issues.push({
          path: `patches.${index}.session.id`,
          message: `a session with id ${patch.session.id} already exists`,
        })
        return
      }
      byId.set(patch.session.id, { ...patch.session })
      insertedIds.add(patch.session.id)
      touchedBy.set(patch.session.id, index)
      return
    }
    const existing = byId.get(patch.id)
    if (!existing) {
      issues.push({
        path: `patches.${index}.id`,
        message: `no session with id ${patch.id} in this block`,
      })
      return
    }
    if (patch.op === 'delete') {
      byId.delete(patch.id)
      if (insertedIds.has(patch.id)) insertedIds.delete(patch.id)
      else deletedIds.add(patch.id)
      touchedBy.delete(patch.id)
      return
    }
    const next: Record<string, unknown> = { ...existing }
    for (const [key, value] of Object.entries(patch.changes)) {
      // null clears an optional field; undefined (absent) leaves it as it was.
      if (value === null && CLEARABLE.has(key)) delete next[key]
      else if (value !== undefined) next[key] = value
    }
    byId.set(patch.id, next as BlockSession)
    touchedBy.set(patch.id, index)
  })
  for (const [id, index] of touchedBy) {
    const session = byId.get(id)!
    const field = patches[index]!.op === 'insert' ? 'session' : 'changes'
    const parsed = BlockSessionSchema.safeParse(session)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({
          path: `patches.${index}.${field}.${issuePath(issue.path)}`,
          message: issue.message,
        })
      }
      continue
    }
    const noRegion = regionProblem(session, library)
    if (noRegion) issues.push({ path: `patches.${index}.${field}.region`, message: noRegion })
    if (session.weekIndex >= weekCount) {
      issues.push({
        path: `patches.${index}.${field}.weekIndex`,
        message: `this block has ${weekCount} weeks`,
      })
    }
    if (
      session.attachedTo !== null &&
      (!byId.has(session.attachedTo) || session.attachedTo === id)
    ) {
      issues.push({
        path: `patches.${index}.${field}.attachedTo`,
        message: 'attachedTo must name another session of this block',
      })
    }
  }
  const loop = issues.length === 0 ? attachmentLoop([...byId.values()]) : null
  if (loop) {
    const index = loop.map((id) => touchedBy.get(id)).find((i) => i !== undefined) ?? 0
    const field = patches[index]!.op === 'insert' ? 'session' : 'changes'
    issues.push({
      path: `patches.${index}.${field}.attachedTo`,
      message: `these attachments would go round in a loop (${loopWords(loop)}); a cool-down is attached to one session that is not itself attached back`,
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  const sessions = [...byId.values()]
  return {
    ok: true,
    outcome: {
      inserted: sessions.filter((s) => insertedIds.has(s.id)),
      updated: sessions.filter((s) => touchedBy.has(s.id) && !insertedIds.has(s.id)),
      deletedIds: [...deletedIds],
    },
  }
}
