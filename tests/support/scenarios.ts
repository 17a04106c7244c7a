import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

/**
 * The executable scenarios of docs/engine-rules.md, copied into the repository so a clone runs
 * them with nothing beside it.
 */
export const SCENARIO_DIR = path.resolve(import.meta.dirname, '../scenarios')

/** One scenario file: a plan and the exact findings the engine must (and must not) produce. */
export interface Scenario {
  id: string
  title: string
  plan: unknown
  expect: { rule: string; severity: string }[]
  mustNotFire: string[]
  notEvaluated: string[]
}

/** The scenario file `id` (e.g. 's02'), parsed as JSON. */
export function readScenario(id: string): Scenario {
  return JSON.parse(readFileSync(path.join(SCENARIO_DIR, `${id}.json`), 'utf8')) as Scenario
}

/** The raw plan of scenario `id`, a fresh copy each call so a test may edit it. */
export function scenarioPlanJson<T = Record<string, unknown>>(id: string): T {
  return readScenario(id).plan as T
}

/** Every scenario in the folder, in file order. */
export function allScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readScenario(file.replace(/\.json$/, '')))
}
