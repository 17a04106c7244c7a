import { checkRosterPage } from '../roster-check'
import { ownClientsOnly } from '../team/own-clients'
import type { DomainHandlers } from './handler-types'

export const rosterHandlers: DomainHandlers<'roster'> = {
  'roster.check': (page, ctx) =>
    checkRosterPage(ctx.db, page, { memo: ctx.rosterFindings, visibleTo: ownClientsOnly(ctx) }),
}
