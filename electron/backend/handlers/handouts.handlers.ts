import { exportHandout, openCriticals } from '../../handouts/export-handout'
import type { DomainHandlers } from './handler-types'

export const handoutHandlers: DomainHandlers<'handouts'> = {
  'handouts.export': (request, ctx) =>
    exportHandout(
      ctx.db,
      ctx.blocks,
      { ...request, folder: ctx.folders.resolve(request.folder) },
      ctx.now(),
    ),
  'handouts.chooseFolder': async (_input, ctx) => ({ chosen: await ctx.folders.choose() }),
  'handouts.openCriticals': (request, ctx) => openCriticals(ctx.db, ctx.blocks, request),
}
