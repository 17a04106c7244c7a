import { PROCEDURE_NAMES } from './contract'
import type { ProcedureInput, ProcedureName, ProcedureOutput } from './contract'
import type { Result } from './result'

/** Sends one call to the backend and resolves with its raw Result (IPC or HTTP). */
export type Transport = (name: ProcedureName, input: unknown) => Promise<unknown>

type DomainOf<N> = N extends `${infer D}.${string}` ? D : never

type Caller<N extends ProcedureName> =
  undefined extends ProcedureInput<N>
    ? (input?: ProcedureInput<N>) => Promise<Result<ProcedureOutput<N>>>
    : (input: ProcedureInput<N>) => Promise<Result<ProcedureOutput<N>>>

/** `api.clients.list(...)`: one typed function per procedure of the contract. */
export type Api = {
  [D in DomainOf<ProcedureName>]: {
    [N in ProcedureName as N extends `${D}.${infer V}` ? V : never]: Caller<N>
  }
}

/** Builds the typed API from the contract's names over any transport. */
export function createApiClient(transport: Transport): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const name of PROCEDURE_NAMES) {
    const [domain, verb] = name.split('.') as [string, string]
    const calls = (api[domain] ??= {})
    calls[verb] = (input?: unknown) => transport(name, input)
  }
  return api as unknown as Api
}
