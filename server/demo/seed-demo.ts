import type { Kysely } from 'kysely'
import { insertClient } from '../../db/repositories/client.repository'
import type { Database } from '../../db/schema'
import { BlockSessionSchema } from '../../shared/schemas/block.schema'
import type { BlockSession, WeekSettings } from '../../shared/schemas/block.schema'
import { ClientInputSchema } from '../../shared/schemas/client.schema'
import type { Client } from '../../shared/schemas/client.schema'
import { createBlock } from '../block-writes'
import { saveClientLoads, saveClientMax } from '../../db/repositories/max.repository'
import { DEMO_ROSTER } from './demo-roster'
import { DEMO_TEMPLATES } from './demo-templates'
import { PAST_WEEKS, demoReadiness, loggedAs, storyOf } from './demo-history'
import { saveReadiness } from '../../db/repositories/readiness.repository'
import type { DemoClient } from './demo-roster'
import { addDays, localIsoDate, mondayOf } from '../../shared/plans/calendar'
import { insertTemplate } from '../../db/repositories/template.repository'
import { DEFAULT_INCREMENT } from '../../shared/exercises/loads'
import type { LoadUnits } from '../../shared/exercises/loads'
import { deloadSession } from '../../shared/plans/deload'
import { DEFAULT_DELOAD } from '../../shared/schemas/template.schema'
import { demoNumbers } from './demo-maxes'
import type { TemplateSession } from './session-builders'

// Runs grow ~5 % a week, as a coach would write it; a deload week is scaled as the editor scales
// one (volume −40 %, intensity −10 %), its lines included.
function scaledDuration(session: TemplateSession, weekIndex: number): number {
  const growth = session.modality === 'strength' ? 1 : 1 + 0.05 * (weekIndex % 4)
  return Math.max(10, Math.round((session.durationMin * growth) / 5) * 5)
}

const KG: LoadUnits = { unit: 'kg', increment: DEFAULT_INCREMENT.kg }

function sessionsForWeek(
  template: TemplateSession[],
  weekIndex: number,
  week: WeekSettings,
  newId: () => string,
): BlockSession[] {
  const ids = new Map(template.map((t) => [t.key, newId()]))
  return template.map((t, order) => {
    const { key, attachTo, ...fields } = t
    const attachedTo = attachTo === undefined ? null : (ids.get(attachTo) ?? null)
    // Parsed like any other input, so the demo can never hold what the editor would reject.
    const session = BlockSessionSchema.parse({
      ...fields,
      id: ids.get(key) ?? newId(),
      weekIndex,
      sortOrder: order,
      durationMin: scaledDuration(t, weekIndex),
      attachedTo,
    })
    return week.deload ? deloadSession(session, DEFAULT_DELOAD, KG) : session
  })
}

/**
 * The block a demo client trained before the current one (six weeks, ending the day before it),
 * done and logged: what their history is built from, so the overreaching rules run from week 1;
 * and their last 12 mornings of readiness reports.
 */
async function seedPastBlock(
  db: Kysely<Database>,
  demo: DemoClient,
  client: Client,
  currentStart: string,
  options: { now: string; today: string; newId: () => string },
): Promise<void> {
  const story = storyOf(demo.client.name)
  if (!story) return
  await saveReadiness(db, client.id, demoReadiness(story, options.today), options.now)
  const blockId = options.newId()
  let index = 0
  const sessions = PAST_WEEKS.flatMap((week, w) =>
    sessionsForWeek(demo.template, w, week, options.newId).map((s) =>
      loggedAs(s, index++, story, w),
    ),
  )
  await createBlock(db, client, {
    id: blockId,
    name: `Before ${demo.blockName}`,
    startDate: addDays(currentStart, -7 * PAST_WEEKS.length),
    status: 'done',
    weeks: PAST_WEEKS,
    sessions,
    now: options.now,
  })
}

/** The demo's templates, each written out week by week like a demo block. */
async function seedDemoTemplates(
  db: Kysely<Database>,
  options: { now: string; newId: () => string },
): Promise<void> {
  for (const t of DEMO_TEMPLATES) {
    const sessions = t.weeks.flatMap((week, index) =>
      sessionsForWeek(t.week, index, week, options.newId),
    )
    await insertTemplate(db, {
      id: options.newId(),
      name: t.name,
      description: t.description,
      tags: t.tags,
      weeks: t.weeks,
      sessions,
      progressions: t.progressions,
      createdAt: options.now,
      updatedAt: options.now,
    })
  }
}

/**
 * Writes the demo roster (about a dozen clients, each with an active block that started two
 * weeks before `today`) in one transaction: all of it lands or none of it.
 */
export async function seedDemoRoster(
  db: Kysely<Database>,
  options: { today: Date; newId: () => string },
): Promise<number> {
  const now = options.today.toISOString()
  const blockStart = addDays(mondayOf(localIsoDate(options.today)), -14)
  await db.transaction().execute(async (trx) => {
    for (const demo of DEMO_ROSTER) {
      const client = await insertClient(trx, {
        id: options.newId(),
        now,
        input: ClientInputSchema.parse(demo.client),
      })
      const clientId = client.id
      // Every demo client has maxes, so each line's %1RM reads as a load; one writes pounds.
      const numbers = demoNumbers(demo.client, addDays(blockStart, -14), demo.loadUnit)
      await saveClientLoads(trx, clientId, numbers.loads)
      for (const max of numbers.maxes) await saveClientMax(trx, clientId, max, now)
      const blockId = options.newId()
      const sessions = demo.weeks.flatMap((week, index) =>
        sessionsForWeek(demo.template, index, week, options.newId),
      )
      await createBlock(trx, client, {
        id: blockId,
        name: demo.blockName,
        startDate: blockStart,
        status: 'active',
        weeks: demo.weeks,
        sessions,
        now,
      })
      await seedPastBlock(trx, demo, client, blockStart, {
        now,
        today: localIsoDate(options.today),
        newId: options.newId,
      })
    }
    await seedDemoTemplates(trx, { now, newId: options.newId })
  })
  return DEMO_ROSTER.length
}
