import { RosterCheckPageInputSchema, RosterCheckPageSchema } from '../../schemas/roster.schema'
import { procedure } from '../procedure'

/** The roster check: every active block at once. */
export const rosterProcedures = {
  'roster.check': procedure(
    'The engine over every active block of the roster (archived clients left out), a page of clients at a time.',
    RosterCheckPageInputSchema,
    RosterCheckPageSchema,
  ),
} as const
