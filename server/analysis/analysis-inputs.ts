import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { exerciseFromRow, listExerciseRows } from '../../db/repositories/exercise.repository'
import { listClientNumbers } from '../../db/repositories/max.repository'
import type { TrainedBlockRow } from '../../db/repositories/past-blocks.repository'
import type { Database } from '../../db/schema'
import { ENGINE_VERSION } from '../../shared/engine/engine-version'
import { ExerciseIndex } from '../../shared/exercises/exercise-index'
import type { ClientNumbers } from '../../shared/plans/block-plan'
import type { Client } from '../../shared/schemas/client.schema'
import type { ReadinessEntry } from '../../shared/schemas/readiness.schema'
import { trainedBlockRowsOf } from '../client-history'
import { readinessReportsOf } from '../client-readiness'

const digest = (text: string) => createHash('sha256').update(text).digest('base64url')

/** The exercise library as the engine reads lines in it, and the fingerprint of what it holds. */
export interface Library {
  index: ExerciseIndex
  fingerprint: string
}

/**
 * The library last built, under the text of the rows it was built from. Keyed by what the
 * database holds, never by a change this process saw, so a library changed by another process is
 * built again too; an ExerciseIndex is never changed once built, so it is shared.
 */
let lastBuilt: { rows: string; library: Library } | undefined

/**
 * The database's exercise library, read for each save or roster page. Reading its rows is cheap;
 * parsing them, indexing every name and alias and hashing them is not (about half a millisecond,
 * a tenth of a save's own work), so that is done only when the rows differ from the last ones.
 */
export async function readLibrary(db: Kysely<Database>): Promise<Library> {
  const rows = await listExerciseRows(db)
  const text = JSON.stringify(rows)
  if (lastBuilt?.rows === text) return lastBuilt.library
  const exercises = rows.map(exerciseFromRow)
  const library = {
    index: new ExerciseIndex(exercises),
    fingerprint: digest(JSON.stringify(exercises)),
  }
  lastBuilt = { rows: text, library }
  return library
}

/** A block to analyse as its row gives it: no weeks or sessions needed to know if it changed. */
export interface AnalysisTarget {
  client: Client
  block: { id: string; startDate: string; revision: number; updatedAt: string; weekCount: number }
}

/**
 * What a block's analysis reads beside the block itself, read without any session: the client's
 * maxes and load units, the rows of the trained blocks its history is built from, and the
 * readiness reports its weeks are read from; and two fingerprints of it all.
 */
export interface AnalysisInputs {
  numbers: ClientNumbers
  history: TrainedBlockRow[]
  readiness: ReadinessEntry[]
  /**
   * Everything the analysis reads but the block's own weeks and sessions: the engine's version,
   * the library, the client's profile and numbers, each history block's id and revision, the
   * reports, and where the block sits (first Monday, number of weeks). The editor keeps a block's
   * history and readiness under it.
   */
  surroundings: string
  /** `surroundings` and the block's revision: a stored analysis is kept under it. */
  fingerprint: string
}

/**
 * The inputs of each target's analysis and their fingerprints, in a few set-wise queries for a
 * roster page. Never the sessions of a block: a history block counts by its id and revision,
 * which every write to it bumps (server/block-writes.ts), so its content is read only when an
 * analysis has to be computed. What the fingerprint covers is read once here and handed on to
 * that computation as read, so a stored analysis is always of what its fingerprint says.
 */
export async function readAnalysisInputs(
  db: Kysely<Database>,
  targets: readonly AnalysisTarget[],
  library: Library,
  /** The engine's version; a test stands another in to see what an older engine stored. */
  engineVersion = ENGINE_VERSION,
): Promise<AnalysisInputs[]> {
  if (targets.length === 0) return []
  const numbers = await listClientNumbers(db, [...new Set(targets.map((t) => t.client.id))])
  const history = await trainedBlockRowsOf(
    db,
    targets.map((t) => ({ client: t.client, startDate: t.block.startDate, blockId: t.block.id })),
  )
  const readiness = await readinessReportsOf(
    db,
    targets.map((t) => ({ clientId: t.client.id, startDate: t.block.startDate })),
  )
  return targets.map(({ client, block }, i) => {
    const own = numbers.get(client.id)!
    const surroundings = digest(
      JSON.stringify([
        engineVersion,
        library.fingerprint,
        client,
        own,
        history[i]!.map((row) => [row.id, row.revision, row.updated_at]),
        readiness[i],
        block.startDate,
        block.weekCount,
      ]),
    )
    return {
      numbers: own,
      history: history[i]!,
      readiness: readiness[i]!,
      surroundings,
      fingerprint: digest(`${surroundings}|${block.id}|${block.revision}|${block.updatedAt}`),
    }
  })
}
