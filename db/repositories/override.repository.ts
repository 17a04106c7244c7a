import type { Kysely } from 'kysely'
import type { Override } from '../../shared/schemas/analysis.schema'
import type { Database } from '../schema'
import { deleteRows } from './rows-by-key'

export async function listOverrides(db: Kysely<Database>, blockId: string): Promise<Override[]> {
  const rows = await db
    .selectFrom('finding_overrides')
    .select(['rule', 'subject', 'reason', 'created_at'])
    .where('block_id', '=', blockId)
    .orderBy('created_at')
    .execute()
  return rows.map(overrideFromRow)
}

export const overrideFromRow = (r: {
  rule: string
  subject: string
  reason: string
  created_at: string
}): Override => ({ rule: r.rule, subject: r.subject, reason: r.reason, createdAt: r.created_at })

/** Records (or replaces the reason of) a coach's override of one finding. */
export async function upsertOverride(
  db: Kysely<Database>,
  override: {
    id: string
    blockId: string
    rule: string
    subject: string
    reason: string
    now: string
  },
): Promise<Override> {
  await db
    .insertInto('finding_overrides')
    .values({
      id: override.id,
      block_id: override.blockId,
      rule: override.rule,
      subject: override.subject,
      reason: override.reason,
      created_at: override.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['block_id', 'rule', 'subject'])
        .doUpdateSet({ reason: override.reason, created_at: override.now }),
    )
    .execute()
  return {
    rule: override.rule,
    subject: override.subject,
    reason: override.reason,
    createdAt: override.now,
  }
}

export async function deleteOverride(
  db: Kysely<Database>,
  key: { blockId: string; rule: string; subject: string },
): Promise<boolean> {
  return deleteRows(db, 'finding_overrides', {
    block_id: key.blockId,
    rule: key.rule,
    subject: key.subject,
  })
}
