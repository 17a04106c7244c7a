import type { ProcedureInput } from '../shared/contract/contract'
import { toFieldIssues } from '../shared/contract/field-issues'
import type { FieldIssue } from '../shared/contract/result'
import { readMaxEntry } from '../shared/exercises/max-entry'
import { maxWords } from '../shared/exercises/loads'
import { readPaceEntry } from '../shared/exercises/pace-entry'
import { paceWords } from '../shared/exercises/run-paces'
import { localIsoDate } from '../shared/plans/calendar'
import { SetManyMaxesInputSchema } from '../shared/schemas/maxes.schema'
import type { ClientLoads, LiftMaxRecord } from '../shared/schemas/maxes.schema'
import type { CommandResult } from './command-result'
import { withClient } from './with-backend'
import type { DatabaseLocation } from '../db/open-database'

export interface MaxesOptions {
  db: DatabaseLocation
  client: string
  set: string[]
  format: 'text' | 'json'
  /** The date a max set now is measured on: today by the local calendar unless given. */
  today?: string
}

type ManyInput = ProcedureInput<'maxes.setMany'>
type Entry = ManyInput['maxes'][number]

/** A race a threshold pace can come from, as `--set` names it: "10k", "5 km", "half", "mile". */
const RACE = /^(?:mile|half|marathon|\d+(?:[.,]\d+)?\s*(?:k|km))$/i

interface Sets {
  maxes: Entry[]
  /** The --set text each max came from, in the same order. */
  from: string[]
  pace?: { secPerKm: number; from: string }
  /** What could not be read, one --set a line. */
  problems: string[]
}

/**
 * What the `--set` texts ask for, as a maxes.setMany input with the text each part came from, and
 * the problem with each text that could not be read. A max is read in the client's unit unless it
 * names one; "threshold=4:33" and "10k=45:00" set the threshold pace.
 */
function readSets(texts: readonly string[], loads: ClientLoads, today: string): Sets {
  const sets: Sets = { maxes: [], from: [], problems: [] }
  for (const text of texts) {
    const at = text.indexOf('=')
    const lift = text.slice(0, at).trim()
    const value = text.slice(at + 1).trim()
    const named = `--set ${JSON.stringify(text)}`
    if (at < 1 || value === '') {
      sets.problems.push(
        `${named}: write LIFT=LOAD ("Back squat=140"), LIFT=LOADxREPS ("Back squat=100x5") or threshold=4:33`,
      )
      continue
    }
    if (/^threshold(?: pace)?$/i.test(lift) || RACE.test(lift)) {
      const read = readPaceEntry(/^threshold/i.test(lift) ? value : `${lift} ${value}`)
      if ('error' in read) sets.problems.push(`${named}: ${read.error}`)
      else sets.pace = { secPerKm: read.secPerKm, from: text }
      continue
    }
    const entry = readMaxEntry(value, loads)
    if ('error' in entry) sets.problems.push(`${named}: ${entry.error}`)
    else {
      sets.maxes.push({ lift, measuredOn: today, ...entry })
      sets.from.push(text)
    }
  }
  return sets
}

/** The contract's field messages, each on the --set it came from ("maxes.1.…" is the second max). */
function problemsOf(issues: readonly FieldIssue[], sets: Sets): string[] {
  return issues.map((issue) => {
    const index = /^maxes\.(\d+)(\.|$)/.exec(issue.path)?.[1]
    const text =
      index !== undefined
        ? sets.from[Number(index)]
        : issue.path === 'thresholdPaceSecPerKm'
          ? sets.pace?.from
          : undefined
    return text !== undefined ? `--set ${JSON.stringify(text)}: ${issue.message}` : issue.message
  })
}

/** "Nothing was written: …", one problem a line. */
const nothingWritten = (problems: readonly string[]): CommandResult => ({
  exitCode: 2,
  stderr: [`Nothing was written: ${problems[0]}`, ...problems.slice(1)].join('\n'),
})

function maxLine(max: LiftMaxRecord, unit: ClientLoads['unit']): string {
  const how =
    max.method === 'epley' && max.fromLoadKg !== null
      ? `Epley from ${maxWords(max.fromLoadKg, unit)} × ${max.fromReps}`
      : 'tested'
  const tm = max.trainingMaxPct === null ? '' : `, training max ${max.trainingMaxPct} %`
  return `${max.lift.padEnd(28)} ${maxWords(max.oneRmKg, unit).padStart(9)}  ${how}, ${max.measuredOn}${tm}`
}

/**
 * `blockwise maxes --db FILE --client NAME_OR_ID [--set "LIFT=LOAD"]...`: sets the client's maxes
 * and threshold pace, all or none in one transaction (every --set is read and checked before any
 * is written), then lists them in the client's unit.
 */
export async function maxesCommand(options: MaxesOptions): Promise<CommandResult> {
  return withClient(options.db, options.client, async ({ api, client }) => {
    let numbers = await api.maxes.get({ clientId: client.id })
    if (!numbers.ok) return { exitCode: 2, stderr: numbers.error.message }
    if (options.set.length > 0) {
      const today = options.today ?? localIsoDate(new Date())
      const sets = readSets(options.set, numbers.value.loads, today)
      const input = {
        clientId: client.id,
        maxes: sets.maxes,
        ...(sets.pace ? { thresholdPaceSecPerKm: sets.pace.secPerKm } : {}),
      }
      // Every --set is checked (the contract's own schema) before anything is written, so the
      // coach hears of each problem at once.
      const checked = SetManyMaxesInputSchema.safeParse(input)
      const problems = [
        ...sets.problems,
        ...(checked.success ? [] : problemsOf(toFieldIssues(checked.error), sets)),
      ]
      if (problems.length > 0) return nothingWritten(problems)
      const saved = await api.maxes.setMany(input)
      if (!saved.ok) {
        const refused = problemsOf(saved.error.issues, sets)
        return nothingWritten(refused.length > 0 ? refused : [saved.error.message])
      }
      numbers = saved
    }
    const { loads, maxes } = numbers.value
    if (options.format === 'json') {
      return {
        exitCode: 0,
        stdout: JSON.stringify({ client: client.name, clientId: client.id, loads, maxes }, null, 2),
      }
    }
    const pace =
      loads.thresholdPaceSecPerKm === null
        ? ''
        : `; threshold pace ${paceWords(loads.thresholdPaceSecPerKm)}`
    const header = `${client.name}: loads in ${loads.unit}, in steps of ${loads.increment} ${loads.unit}${pace}`
    const lines = maxes.map((m) => maxLine(m, loads.unit))
    return {
      exitCode: 0,
      stdout: [
        header,
        ...(lines.length > 0 ? lines : ['No maxes yet: add one with --set "Back squat=140".']),
      ].join('\n'),
    }
  })
}
