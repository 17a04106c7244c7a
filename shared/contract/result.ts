/** Why a procedure call failed; the UI picks its wording and recovery from the code. */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_procedure',
  'unauthorized',
  /** Too many failed sign-ins for an e-mail or from an address: wait before trying again. */
  'rate_limited',
  /** Another program held the database's write lock for longer than the busy timeout. */
  'busy',
  /** The disk refused: full, read-only, or failing. */
  'storage',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One problem with one field; `path` is dotted (`injuryHistory.0.structure`), '' for the whole input. */
export interface FieldIssue {
  path: string
  message: string
}

export interface ContractError {
  code: ErrorCode
  message: string
  issues: FieldIssue[]
}

/**
 * Every procedure answers with a Result, never by throwing across the boundary, so the renderer
 * can show zod's field messages next to the fields they concern.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, issues: FieldIssue[] = []): Result<never> {
  return { ok: false, error: { code, message, issues } }
}

/**
 * Thrown by handlers for an expected failure (a missing client, a stale revision); the dispatcher
 * turns it into a Result. Anything else thrown is an `internal` error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message)
    this.name = 'DomainError'
  }
}
