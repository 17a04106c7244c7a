import type { DomainHandlers } from './handler-types'

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': async (_input, ctx) => ({
    version: '0.1.0',
    host: ctx.host,
    dataFile: ctx.dataFile,
    schemaVersion: ctx.schemaVersion,
  }),
}
