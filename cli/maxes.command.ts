import { SetMaxInputSchema } from '../shared/schemas/maxes.schema'
import type { LiftMaxRecord, SetMaxInput } from '../shared/schemas/maxes.schema'
import { issuePath, summariseIssues } from '../shared/contract/field-issues'
import { cliApi } from './cli-api'
import type { CommandResult } from './command-result'
import { existingClient } from './find-client'
import { openExistingBackend } from './open-existing'

export interface MaxesOptions {
  db: string
  client: string
  set: string[]
  format: 'text' | 'json'
  today: string
}

/**
 * "Back squat=140" (a tested 1RM in kg) or "Back squat=100x5" (a set to estimate it from, Epley),
 * as the input of maxes.set, or the problem with it.
 */
function readSet(text: string, clientId: string, today: string): SetMaxInput | string {
  const match = /^(.+?)=\s*(\d+(?:[.,]\d+)?)\s*(?:kg)?\s*(?:[x×]\s*(\d+))?\s*$/i.exec(text)
  if (!match)
    return `--set ${JSON.stringify(text)}: write LIFT=KG (e.g. "Back squat=140") or LIFT=KGxREPS ("Back squat=100x5")`
  const kg = Number(match[2]!.replace(',', '.'))
  const input = {
    clientId,
    lift: match[1]!.trim(),
    measuredOn: today,
    ...(match[3] ? { fromSet: { loadKg: kg, reps: Number(match[3]) } } : { oneRmKg: kg }),
  }
  const parsed = SetMaxInputSchema.safeParse(input)
  if (!parsed.success) {
    return `--set ${JSON.stringify(text)}: ${summariseIssues(parsed.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })))}`
  }
  return parsed.data
}

function maxLine(max: LiftMaxRecord): string {
  const how =
    max.method === 'epley' ? `Epley from ${max.fromLoadKg} kg × ${max.fromReps}` : 'tested'
  const tm = max.trainingMaxPct === null ? '' : `, training max ${max.trainingMaxPct} %`
  return `${max.lift.padEnd(28)} ${`${max.oneRmKg} kg`.padStart(9)}  ${how}, ${max.measuredOn}${tm}`
}

/**
 * `blockwise maxes --db FILE --client NAME_OR_ID [--set "LIFT=KG"]...`: sets the client's maxes
 * (all or none: every --set is checked before any is written), then lists them.
 */
export async function maxesCommand(options: MaxesOptions): Promise<CommandResult> {
  const backend = await openExistingBackend(options.db)
  if ('error' in backend) return { exitCode: 2, stderr: backend.error }
  const api = cliApi(backend)
  try {
    const found = await existingClient(api, options.client)
    if ('problem' in found) return { exitCode: 2, stderr: found.problem }
    const { client } = found
    const sets = options.set.map((text) => readSet(text, client.id, options.today))
    const problems = sets.filter((s): s is string => typeof s === 'string')
    if (problems.length > 0)
      return { exitCode: 2, stderr: ['Nothing was written.', ...problems].join('\n') }
    for (const input of sets as SetMaxInput[]) {
      const saved = await api.maxes.set(input)
      if (!saved.ok) return { exitCode: 2, stderr: saved.error.message }
    }
    const maxes = await api.maxes.get({ clientId: client.id })
    if (!maxes.ok) return { exitCode: 2, stderr: maxes.error.message }
    if (options.format === 'json') {
      return {
        exitCode: 0,
        stdout: JSON.stringify({ client: client.name, ...maxes.value }, null, 2),
      }
    }
    const { loads } = maxes.value
    const header = `${client.name}: loads in ${loads.unit}, in steps of ${loads.increment} ${loads.unit}`
    const lines = maxes.value.maxes.map(maxLine)
    return {
      exitCode: 0,
      stdout: [
        header,
        ...(lines.length > 0 ? lines : ['No maxes yet: add one with --set "Back squat=140".']),
      ].join('\n'),
    }
  } finally {
    await backend.close()
  }
}
