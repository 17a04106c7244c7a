import type { RosterFinding } from '../../shared/schemas/roster.schema'

/**
 * The roster check's findings of each block as this process last built them, under the stored
 * analysis's fingerprint, the block's overrides and its names: a coach who opens the roster
 * check twice in a session (or pages through it again) gets them without reading or decoding the
 * stored analyses again. Bounded by the number of findings kept (a 1,000-client roster has about
 * 160,000), the blocks used longest ago going first. The views are shared between checks:
 * callers read them and never change them.
 */
export class FindingsMemo {
  private readonly byBlock = new Map<string, { key: string; findings: RosterFinding[] }>()
  private kept = 0

  constructor(private readonly capacity = 250_000) {}

  get(blockId: string, key: string): RosterFinding[] | undefined {
    const memo = this.byBlock.get(blockId)
    if (memo?.key !== key) return undefined
    this.byBlock.delete(blockId)
    this.byBlock.set(blockId, memo)
    return memo.findings
  }

  keep(blockId: string, key: string, findings: RosterFinding[]): void {
    this.forget(blockId)
    this.byBlock.set(blockId, { key, findings })
    this.kept += findings.length
    for (const [oldest] of this.byBlock) {
      if (this.kept <= this.capacity) break
      this.forget(oldest)
    }
  }

  private forget(blockId: string): void {
    const memo = this.byBlock.get(blockId)
    if (!memo) return
    this.kept -= memo.findings.length
    this.byBlock.delete(blockId)
  }
}
