import { initialMigration } from './001-initial.migration'
import { exercisesAndMaxesMigration } from './002-exercises-and-maxes.migration'
import { templatesMigration } from './003-templates.migration'
import { actualMinutesMigration } from './004-actual-minutes.migration'
import { readinessMigration } from './005-readiness.migration'
import { sessionTitleMigration } from './006-session-title.migration'
import { storedAnalysesMigration } from './007-stored-analyses.migration'
import { teamMigration } from './008-team.migration'
import type { Migration } from './migration'

/** Every migration in order. Registered statically: no folder scan at run time. */
export const MIGRATIONS: readonly Migration[] = [
  initialMigration,
  exercisesAndMaxesMigration,
  templatesMigration,
  actualMinutesMigration,
  readinessMigration,
  sessionTitleMigration,
  storedAnalysesMigration,
  teamMigration,
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0
