import { contract, isProcedureName } from '../shared/contract/contract'
import type { ProcedureName } from '../shared/contract/contract'
import { summariseIssues, toFieldIssues } from '../shared/contract/field-issues'
import { BUSY_MESSAGE } from '../shared/contract/busy-retry'
import { DomainError, fail, ok } from '../shared/contract/result'
import type { Result } from '../shared/contract/result'
import type { BackendContext, Caller } from './context'
import { assertAllowed, contextForCall, recordAfter } from './team/team-gate'
import type { Handler, Handlers } from './handlers/handler-types'

/** Runs one procedure; `caller` is what the host knows of the request (a team server's session). */
export type Dispatch = (name: string, input: unknown, caller?: Caller) => Promise<Result<unknown>>

/**
 * The one generic entry point every host calls: checks the procedure name, on a team server who is
 * calling and whether they may (server/team/team-gate.ts), parses the input with its zod schema
 * (nothing reaches a handler unparsed), runs the handler, records what a team's coach changed,
 * checks the output when asked, and returns every failure as a value.
 */
export function createDispatcher(
  handlers: Handlers,
  ctx: BackendContext,
  options: {
    /**
     * Also parse every output with its schema. The handlers' types already promise the shape, so
     * tests and development turn this on to catch what types cannot (NaN, a stray field), while
     * the app skips it: on a 2,000-session block it costs a tenth of an edit's time budget.
     */
    checkOutputs: boolean
    log?: (message: string, error: unknown) => void
  },
): Dispatch {
  const log = options.log ?? console.error
  return async (name, rawInput, caller = {}) => {
    if (!isProcedureName(name)) {
      return fail(
        'unknown_procedure',
        `There is no procedure named ${JSON.stringify(String(name)).slice(0, 80)}.`,
      )
    }
    const procedure = contract[name]
    try {
      // Who is calling comes first: without a session nothing, not even input checks, answers.
      const call = await contextForCall(ctx, name, caller)
      const parsed = procedure.input.safeParse(rawInput)
      if (!parsed.success) {
        const issues = toFieldIssues(parsed.error)
        return fail('invalid_input', summariseIssues(issues), issues)
      }
      await assertAllowed(call, name, parsed.data)
      const handler = handlers[name] as Handler<ProcedureName>
      const output = await handler(parsed.data, call)
      await recordAfter(call, name, parsed.data, output)
      return ok(options.checkOutputs ? procedure.output.parse(output) : output)
    } catch (error) {
      if (error instanceof DomainError) return fail(error.code, error.message, error.issues)
      const storage = storageFailure(error, ctx.dataFile)
      if (storage) return storage
      log(`procedure ${name} failed`, error)
      return fail('internal', 'Something went wrong while saving or loading; nothing was changed.')
    }
  }
}

/**
 * SQLite's own refusals, which say something the coach can act on: another program is writing
 * (retried by the caller, BUSY_MESSAGE), or the disk is full, read-only or failing. Each comes
 * from a transaction that SQLite rolled back, so nothing was changed.
 */
function storageFailure(error: unknown, dataFile: string): Result<never> | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return fail('busy', BUSY_MESSAGE)
  }
  if (code === 'SQLITE_FULL') {
    return fail(
      'storage',
      `The disk holding ${dataFile} is full, so nothing was saved. Free some space and try again.`,
    )
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return fail(
      'storage',
      `The database ${dataFile} is on a read-only disk or file, so nothing was saved.`,
    )
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return fail(
      'storage',
      `The disk holding ${dataFile} reported an error (${code}), so nothing was saved.`,
    )
  }
  return null
}
