import type { Surroundings } from './block-analyses'

/**
 * The history and weekly readiness of the blocks open in this process, each kept under the
 * fingerprint of what they were built from (AnalysisInputs.surroundings). A save reads that
 * fingerprint (a few rows, no session) and, while the client's earlier blocks, reports, numbers
 * and the library are as they were, analyses the block with what is kept: only the block's own
 * work, not its client's twelve weeks of training again.
 */
export class KeptSurroundings {
  private readonly byBlock = new Map<string, { key: string; surroundings: Surroundings }>()

  constructor(private readonly capacity = 16) {}

  /** What is kept for the block under `key`, or undefined when anything beside it changed. */
  get(blockId: string, key: string): Surroundings | undefined {
    const kept = this.byBlock.get(blockId)
    if (kept?.key !== key) return undefined
    this.byBlock.delete(blockId)
    this.byBlock.set(blockId, kept)
    return kept.surroundings
  }

  keep(blockId: string, key: string, surroundings: Surroundings): void {
    this.byBlock.delete(blockId)
    this.byBlock.set(blockId, { key, surroundings })
    if (this.byBlock.size > this.capacity) this.byBlock.delete(this.byBlock.keys().next().value!)
  }
}
