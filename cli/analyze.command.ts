import { readFileSync } from 'node:fs'
import path from 'node:path'
import { analyzePlan } from '../shared/engine/analyze'
import { parsePlan } from '../shared/engine/parse-plan'
import { ExerciseIndex } from '../shared/exercises/exercise-index'
import type { BlockPlan, WeekPlan } from '../shared/schemas/plan.schema'
import { textReport } from '../shared/engine/text-report'
import type { CommandResult } from './command-result'
import { formatted } from './command-result'
import { withClient } from './with-backend'
import type { DatabaseLocation } from '../db/open-database'

export type OutputFormat = 'json' | 'text'

/** Reads and checks a plan file; bad input names the file, the JSON path and the problem. */
export function readPlanFile(file: string): { plan: WeekPlan | BlockPlan } | CommandResult {
  const name = path.basename(file)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'
    return { exitCode: 2, stderr: `${file}: ${reason}` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { exitCode: 2, stderr: `${name}: not valid JSON (${(error as Error).message})` }
  }
  const parsed = parsePlan(json)
  if (!parsed.ok) {
    const shown = parsed.problems.slice(0, 20).map((p) => `${name}: ${p}`)
    if (parsed.problems.length > 20)
      shown.push(`${name}: … and ${parsed.problems.length - 20} more problems`)
    return { exitCode: 2, stderr: shown.join('\n') }
  }
  return { plan: parsed.plan }
}

/** `blockwise analyze PLAN.json`: exit 0 clean, 1 a finding at warn or above, 2 bad input. */
export function analyzeCommand(file: string, format: OutputFormat): CommandResult {
  const read = readPlanFile(file)
  if ('exitCode' in read) return read
  const analysis = analyzePlan(read.plan)
  const serious = analysis.findings.some((f) => f.severity !== 'info')
  return {
    exitCode: serious ? 1 : 0,
    stdout: formatted(format, analysis, () =>
      textReport(analysis, `Blockwise analysis of ${path.basename(file)}`),
    ),
  }
}

/**
 * `blockwise analyze --db FILE --client NAME_OR_ID`: the client's active block as the app
 * analyses it, with the history the database holds before it; the same output as for a file.
 */
export async function analyzeClientCommand(options: {
  db: DatabaseLocation
  client: string
  format: OutputFormat
}): Promise<CommandResult> {
  return withClient(options.db, options.client, async ({ api, client }) => {
    if (!client.activeBlock) return { exitCode: 2, stderr: `${client.name} has no active block.` }
    const plan = await api.blocks.enginePlan({ id: client.activeBlock.id })
    if (!plan.ok) return { exitCode: 2, stderr: plan.error.message }
    // The database's library, as the app reads lines: a coach's own alias finds its max (PRG-05).
    const exercises = await api.exercises.list()
    if (!exercises.ok) return { exitCode: 2, stderr: exercises.error.message }
    const analysis = analyzePlan(plan.value, { library: new ExerciseIndex(exercises.value) })
    const serious = analysis.findings.some((f) => f.severity !== 'info')
    const title = `Blockwise analysis of ${client.name}: ${client.activeBlock.name}`
    return {
      exitCode: serious ? 1 : 0,
      stdout: formatted(options.format, analysis, () => textReport(analysis, title)),
    }
  })
}
