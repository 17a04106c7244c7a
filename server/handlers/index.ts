import { appHandlers } from './app.handlers'
import { blockHandlers } from './blocks.handlers'
import { clientHandlers } from './clients.handlers'
import { findingHandlers } from './findings.handlers'
import type { Handlers } from './handler-types'
import { handoutHandlers } from './handouts.handlers'
import { rosterHandlers } from './roster.handlers'
import { exerciseHandlers, maxesHandlers } from './maxes.handlers'
import { templateHandlers } from './templates.handlers'
import { readinessHandlers } from './readiness.handlers'
import { importHandlers } from './imports.handlers'
import { authHandlers } from './auth.handlers'
import { teamHandlers } from './team.handlers'

/** Every domain's handlers joined; `Handlers` makes a missing procedure a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...maxesHandlers,
  ...exerciseHandlers,
  ...clientHandlers,
  ...blockHandlers,
  ...findingHandlers,
  ...rosterHandlers,
  ...handoutHandlers,
  ...templateHandlers,
  ...readinessHandlers,
  ...importHandlers,
  ...authHandlers,
  ...teamHandlers,
}
