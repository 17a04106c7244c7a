import type { Block } from '../../shared/schemas/block.schema'
import type { BlockWrite, BlockWriteKind } from '../../shared/schemas/block-write.schema'
import type { PreparedWrite, PrepareWrite, WriteEnv } from './block-write-kind'
import { prepareStatus, prepareWeeks } from './block-fields.write'
import { prepareOverride } from './override.write'
import { preparePatches } from './patches.write'

/** Every kind of block write, registered once: the owner (server/block-writes.ts) runs them. */
const WRITE_KINDS: { [K in BlockWriteKind]: PrepareWrite<Extract<BlockWrite, { kind: K }>> } = {
  patches: preparePatches,
  status: prepareStatus,
  weeks: prepareWeeks,
  override: prepareOverride,
}

/** The first half of a write: checked against the block as it is, nothing written yet. */
export function prepareWrite(
  before: Block,
  write: BlockWrite,
  env: WriteEnv,
): Promise<PreparedWrite> {
  return (WRITE_KINDS[write.kind] as PrepareWrite<BlockWrite>)(before, write, env)
}
