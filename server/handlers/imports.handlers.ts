import { commitImport } from '../imports/import-commit'
import { prepareImport, previewOf } from '../imports/import-pipeline'
import type { DomainHandlers } from './handler-types'

export const importHandlers: DomainHandlers<'imports'> = {
  'imports.preview': async (request, ctx) => previewOf(ctx, await prepareImport(ctx, request)),
  'imports.commit': async (request, ctx) =>
    commitImport(ctx, request, await prepareImport(ctx, request)),
}
