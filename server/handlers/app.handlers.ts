import packageJson from '../../package.json'
import type { DomainHandlers } from './handler-types'

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_input, ctx) => {
    const handouts = ctx.folders.defaultFolder()
    return Promise.resolve({
      version: packageJson.version,
      host: ctx.host,
      dataFile: ctx.dataFile,
      handoutsFolder: handouts.folder,
      handoutsFolderLabel: handouts.label,
      folderChoice: ctx.folders.kind,
      schemaVersion: ctx.schemaVersion,
    })
  },
}
