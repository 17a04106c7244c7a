import path from 'node:path'
import packageJson from '../../../package.json'
import type { DomainHandlers } from './handler-types'

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_input, ctx) =>
    Promise.resolve({
      version: packageJson.version,
      host: ctx.host,
      dataFile: ctx.dataFile,
      handoutsFolder: path.join(path.dirname(ctx.dataFile), 'handouts'),
      schemaVersion: ctx.schemaVersion,
    }),
}
