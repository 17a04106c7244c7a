import { z } from 'zod'
import { BlockSchema, BlockSummarySchema } from '../schemas/block.schema'
import { ClientInputSchema, ClientSchema, ClientSummarySchema } from '../schemas/client.schema'
import { IdSchema, LIMITS } from '../schemas/common.schema'
import { procedure } from './procedure'

const NoInput = z.strictObject({}).optional()
const ById = z.strictObject({ id: IdSchema })

export const HOST_KINDS = ['electron', 'browser', 'test'] as const

/**
 * Every backend procedure, declared once. The Electron IPC binding, the preload bridge, the
 * browser host's HTTP routes and the renderer's client are all derived from this table: adding a
 * procedure is one entry here plus one handler.
 */
export const contract = {
  'app.info': procedure(
    'Where the data lives, which host serves it, and the schema version.',
    NoInput,
    z.strictObject({
      version: z.string(),
      host: z.enum(HOST_KINDS),
      dataFile: z.string(),
      schemaVersion: z.number().int(),
    }),
  ),
  'clients.list': procedure(
    'The roster, newest edit first; archived clients only when asked for.',
    z
      .strictObject({
        includeArchived: z.boolean().default(false),
        search: z
          .string()
          .max(LIMITS.searchChars, {
            error: `search must be at most ${LIMITS.searchChars} characters`,
          })
          .default(''),
      })
      .default({ includeArchived: false, search: '' }),
    z.array(ClientSummarySchema),
  ),
  'clients.get': procedure('One client with every field.', ById, ClientSchema),
  'clients.create': procedure('Adds a client to the roster.', ClientInputSchema, ClientSchema),
  'clients.update': procedure(
    'Replaces every editable field of a client.',
    ClientInputSchema.extend({ id: IdSchema }),
    ClientSchema,
  ),
  'clients.archive': procedure(
    'Hides a client from the roster without deleting anything.',
    ById,
    ClientSchema,
  ),
  'clients.restore': procedure('Brings an archived client back to the roster.', ById, ClientSchema),
  'blocks.listForClient': procedure(
    "A client's blocks, newest start first.",
    z.strictObject({ clientId: IdSchema }),
    z.array(BlockSummarySchema),
  ),
  'blocks.get': procedure('One block with its weeks and sessions.', ById, BlockSchema),
} as const

export type Contract = typeof contract
export type ProcedureName = keyof Contract
export type ProcedureInput<N extends ProcedureName> = z.input<Contract[N]['input']>
export type ParsedInput<N extends ProcedureName> = z.output<Contract[N]['input']>
export type ProcedureOutput<N extends ProcedureName> = z.output<Contract[N]['output']>

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[]

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}
