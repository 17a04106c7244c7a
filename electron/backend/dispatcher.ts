import { contract, isProcedureName } from '../../shared/contract/contract'
import type { ProcedureName } from '../../shared/contract/contract'
import { summariseIssues, toFieldIssues } from '../../shared/contract/field-issues'
import { DomainError, fail, ok } from '../../shared/contract/result'
import type { Result } from '../../shared/contract/result'
import type { BackendContext } from './context'
import type { Handler, Handlers } from './handlers/handler-types'

export type Dispatch = (name: string, input: unknown) => Promise<Result<unknown>>

/**
 * The one generic entry point both hosts call: checks the procedure name, parses the input with
 * its zod schema (nothing reaches a handler unparsed), runs the handler, checks the output, and
 * returns every failure as a value.
 */
export function createDispatcher(
  handlers: Handlers,
  ctx: BackendContext,
  log: (message: string, error: unknown) => void = console.error,
): Dispatch {
  return async (name, rawInput) => {
    if (!isProcedureName(name)) {
      return fail(
        'unknown_procedure',
        `There is no procedure named ${JSON.stringify(String(name)).slice(0, 80)}.`,
      )
    }
    const procedure = contract[name]
    const parsed = procedure.input.safeParse(rawInput)
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return fail('invalid_input', summariseIssues(issues), issues)
    }
    try {
      const handler = handlers[name] as Handler<ProcedureName>
      const output = await handler(parsed.data, ctx)
      return ok(procedure.output.parse(output))
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message, error.issues)
      log(`procedure ${name} failed`, error)
      return fail('internal', 'Something went wrong while saving or loading; nothing was changed.')
    }
  }
}
