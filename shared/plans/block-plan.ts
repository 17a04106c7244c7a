import { withDerivedFields } from '../exercises/derive-session'
import type { ExerciseIndex } from '../exercises/exercise-index'
import { planNumbers, withComputedLoads } from '../exercises/prescribed-loads'
import type { Block } from '../schemas/block.schema'
import type { Client } from '../schemas/client.schema'
import type { ClientLoads, LiftMaxRecord } from '../schemas/maxes.schema'
import type { BlockPlan, History, Readiness } from '../schemas/plan.schema'
import type { PlanSession } from '../schemas/session.schema'
import { clientProfile } from './client-profile'
import { asItCounts } from '../engine/past-history'

/** A client's maxes and load units, when the caller has them (the engine works without). */
export interface ClientNumbers {
  loads: ClientLoads
  maxes: readonly LiftMaxRecord[]
}

/** What the app knows beside a block that the engine reads with it. */
export interface WhatIsKnown {
  /** The database's exercise library, so exercises the coach added give their region too. */
  library: ExerciseIndex
  /** The client's maxes and load units (loads of %1RM lines, PRG-04). */
  numbers?: ClientNumbers | undefined
  /** The client's training before the block's first Monday, when there is any. */
  history?: History | undefined
  /** The morning of each week's Monday, from the client's readiness reports. */
  weekReadiness?: readonly (Readiness | undefined)[] | undefined
}

/**
 * A stored block as a `blockwise-block@1` plan for the engine. Session ids are the database ids,
 * so findings point straight at rows of the editor. The engine sees what exercise lines prescribe
 * where the coach left a field empty, and each %1RM line's load from the client's max (PRG-04).
 * Logged sessions count as they went: skipped ones are left out, completed ones take their
 * actual minutes.
 * Lines are looked up in `library`, the database's exercise library, so exercises the coach added
 * give their region too.
 */
export function blockToPlan(block: Block, client: Client, known: WhatIsKnown): BlockPlan {
  const { library, numbers, history, weekReadiness } = known
  const profile = {
    ...clientProfile(client, block.startDate),
    ...(numbers ? planNumbers(numbers.loads, numbers.maxes) : {}),
  }
  const weeks = block.weeks.map((week, w) => {
    const readiness = weekReadiness?.[w]
    return { ...week, sessions: [] as PlanSession[], ...(readiness ? { readiness } : {}) }
  })
  for (const { weekIndex, sortOrder: _sortOrder, ...stored } of block.sessions) {
    // What happened replaces what was planned: a skipped session is not there, a completed one
    // counts its actual minutes (docs/engine-rules.md §3.4, "History from the database").
    const session = asItCounts(stored)
    if (!session) continue
    const derived = withDerivedFields(session, library)
    weeks[weekIndex]?.sessions.push(
      derived.exercises && profile.maxes
        ? { ...derived, exercises: withComputedLoads(derived.exercises, profile, library) }
        : derived,
    )
  }
  return {
    format: 'blockwise-block@1',
    client: profile,
    startDate: block.startDate,
    weeks,
    ...(history ? { history } : {}),
  }
}
