import { z } from 'zod'
import { IdSchema } from '../schemas/common.schema'

/** The input of a procedure that takes nothing. */
export const NoInput = z.strictObject({}).optional()

/** The input of a procedure about one thing, named by its id. */
export const ById = z.strictObject({ id: IdSchema })
