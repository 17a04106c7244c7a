import { exportHandout, openCriticals } from '../../handouts/export-handout'
import type { DomainHandlers } from './handler-types'

export const handoutHandlers: DomainHandlers<'handouts'> = {
  'handouts.export': (request, ctx) => exportHandout(ctx.db, ctx.blocks, request, ctx.now()),
  'handouts.openCriticals': (request, ctx) => openCriticals(ctx.db, ctx.blocks, request),
}
