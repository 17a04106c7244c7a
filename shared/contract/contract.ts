import type { z } from 'zod'
import { appProcedures } from './procedures/app.procedures'
import { clientsProcedures } from './procedures/clients.procedures'
import { blocksProcedures } from './procedures/blocks.procedures'
import { rosterProcedures } from './procedures/roster.procedures'
import { handoutsProcedures } from './procedures/handouts.procedures'
import { maxesProcedures } from './procedures/maxes.procedures'
import { exercisesProcedures } from './procedures/exercises.procedures'
import { readinessProcedures } from './procedures/readiness.procedures'
import { templatesProcedures } from './procedures/templates.procedures'
import { findingsProcedures } from './procedures/findings.procedures'
import { importsProcedures } from './procedures/imports.procedures'
import { authProcedures } from './procedures/auth.procedures'
import { teamProcedures } from './procedures/team.procedures'

export { HOST_KINDS } from './host-kinds'

/**
 * Every backend procedure, declared once, one file per domain under procedures/. The Electron IPC
 * binding, the preload bridge, the browser host's HTTP routes and the renderer's client are all
 * derived from this table: adding a procedure is one entry in its domain's file plus one handler.
 */
export const contract = {
  ...appProcedures,
  ...clientsProcedures,
  ...blocksProcedures,
  ...rosterProcedures,
  ...handoutsProcedures,
  ...maxesProcedures,
  ...exercisesProcedures,
  ...readinessProcedures,
  ...templatesProcedures,
  ...findingsProcedures,
  ...importsProcedures,
  ...authProcedures,
  ...teamProcedures,
}

export type Contract = typeof contract
export type ProcedureName = keyof Contract
export type ProcedureInput<N extends ProcedureName> = z.input<Contract[N]['input']>
export type ParsedInput<N extends ProcedureName> = z.output<Contract[N]['input']>
export type ProcedureOutput<N extends ProcedureName> = z.output<Contract[N]['output']>

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[]

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}
