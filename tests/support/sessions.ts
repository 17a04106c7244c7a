import type { BlockSession } from '../../shared/schemas/block.schema'

/** What every session has unless a test says otherwise (the schema's defaults). */
export const SESSION_DEFAULTS = {
  toFailure: false,
  terrain: 'flat',
  priority: 'normal',
  locked: false,
  attachedTo: null,
  tag: null,
  status: 'planned',
} as const

/** A 40-minute easy run on Monday 07:00 of week `weekIndex`, changed by `extra`. */
export function easyRun(
  id: string,
  weekIndex = 0,
  extra: Partial<BlockSession> = {},
): BlockSession {
  return {
    ...SESSION_DEFAULTS,
    id,
    weekIndex,
    sortOrder: 0,
    day: 0,
    start: '07:00',
    durationMin: 40,
    modality: 'run',
    runType: 'easy',
    ...extra,
  }
}
