import path from 'node:path'
import { proposeBalance } from '../shared/engine/balance/balance'
import { proposalReport } from '../shared/engine/balance/proposal-report'
import { normaliseWeeks } from '../shared/engine/plan-context'
import type { OutputFormat } from './analyze.command'
import { readPlanFile } from './analyze.command'
import type { CommandResult } from './command-result'
import { formatted } from './command-result'

/**
 * `blockwise balance PLAN.json`: prints the proposal (moves, findings before and after); never
 * writes the file. Exit 0 when the proposed plan is clean, 1 when findings at warn or above
 * remain, 2 for bad input.
 */
export function balanceCommand(file: string, format: OutputFormat): CommandResult {
  const read = readPlanFile(file)
  if ('exitCode' in read) return read
  const proposal = proposeBalance(read.plan)
  const remaining = proposal.after.some((f) => f.severity !== 'info')
  const { plan: _plan, ...summary } = proposal
  return {
    exitCode: remaining ? 1 : 0,
    stdout: formatted(format, summary, () =>
      proposalReport(
        proposal,
        `Blockwise balance proposal for ${path.basename(file)}`,
        normaliseWeeks(read.plan).length,
      ),
    ),
  }
}
