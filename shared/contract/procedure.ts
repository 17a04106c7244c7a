import type { z } from 'zod'

/** One backend procedure: its input and output schemas and what it does (for readers). */
export interface Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  summary: string
}

export function procedure<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): Procedure<I, O> {
  return { input, output, summary }
}

export type ProcedureTable = Record<`${string}.${string}`, Procedure>
