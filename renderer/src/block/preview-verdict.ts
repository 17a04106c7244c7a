import type { Result } from '../../../shared/contract/result'
import { api } from '../api/backend'
import { findingsDiff } from './findings-diff-model'
import type { FindingsDiff } from './findings-diff-model'
import type { EditStep } from './sheet/edit-history'

/**
 * What the engine would say of the block after a step, before it is applied: the block previewed
 * with the step's patches against the block as it is now, as the findings it would add and how
 * many it would clear. Refused when either read is (the first refusal is the answer).
 */
export async function previewVerdict(
  blockId: string,
  revision: number,
  patches: EditStep['redo'],
): Promise<Result<FindingsDiff>> {
  const [after, now] = await Promise.all([
    api.blocks.previewPatches({ blockId, revision, patches }),
    api.blocks.analyze({ id: blockId }),
  ])
  if (!after.ok) return after
  if (!now.ok) return now
  return { ok: true, value: findingsDiff(now.value, after.value) }
}
