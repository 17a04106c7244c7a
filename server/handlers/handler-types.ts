import type {
  Contract,
  ParsedInput,
  ProcedureName,
  ProcedureOutput,
} from '../../shared/contract/contract'
import type { BackendContext } from '../context'

/** A handler gets the parsed input of its procedure and returns its output (or throws DomainError). */
export type Handler<N extends ProcedureName> = (
  input: ParsedInput<N>,
  ctx: BackendContext,
) => Promise<ProcedureOutput<N>>

/** Handlers for the procedures whose names start with `domain.`. */
export type DomainHandlers<D extends string> = {
  [N in ProcedureName as N extends `${D}.${string}` ? N : never]: Handler<N>
}

/** One handler per procedure of the contract; the compiler reports a missing one. */
export type Handlers = { [N in keyof Contract]: Handler<N> }
