import { replacementPatches } from '../../../shared/plans/copy-sessions'
import type { Block, BlockSession } from '../../../shared/schemas/block.schema'
import type { TemplatePreview } from '../../../shared/schemas/template.schema'
import type { EditStep } from './sheet/edit-history'

/**
 * The weeks of the open block, from week `at`, replaced by a template's weeks fitted to this
 * block's client (their maxes): one step, which Undo reverts. Weeks past the block's end are left
 * out; the block's own week settings (phase, deload) stay as they are.
 */
export function replaceWeeksStep(
  block: Block,
  fitted: Pick<TemplatePreview, 'weeks' | 'sessions'>,
  at: number,
): EditStep {
  const last = Math.min(block.weeks.length, at + fitted.weeks.length) - 1
  const doomed = block.sessions.filter((s) => s.weekIndex >= at && s.weekIndex <= last)
  const firstOrder = Math.max(0, ...block.sessions.map((s) => s.sortOrder)) + 1
  const incoming: BlockSession[] = fitted.sessions
    .map((s, i) => ({ ...s, weekIndex: s.weekIndex + at, sortOrder: firstOrder + i }))
    .filter((s) => s.weekIndex <= last)
  return { label: 'insert template', ...replacementPatches(doomed, incoming) }
}
