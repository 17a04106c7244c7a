import packageJson from '../../../package.json'
import type { DomainHandlers } from './handler-types'

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_input, ctx) =>
    Promise.resolve({
      version: packageJson.version,
      host: ctx.host,
      dataFile: ctx.dataFile,
      schemaVersion: ctx.schemaVersion,
    }),
}
