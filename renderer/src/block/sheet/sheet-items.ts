import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import { DRAFT_ROW_ID, draftSession } from './sheet-edits'
import { addLineRowId, lineRowId } from './line-edits'

/** One drawn row: a session, one of its exercise lines (or the row adding one), or the empty row. */
export type SheetItem =
  | { kind: 'session'; id: string; session: BlockSession }
  | LineItem
  | { kind: 'draft'; id: string; session: BlockSession }

export interface LineItem {
  kind: 'line'
  id: string
  session: BlockSession
  lineIndex: number
  /** null: the empty row under the lines, where typing adds one. */
  line: Exercise | null
}

/**
 * The rows as the coach sees them: each session, its lines when they are open (then the row that
 * adds one), and the empty row under the last session.
 */
export function sheetItems(
  rows: readonly BlockSession[],
  expanded: ReadonlySet<string>,
): SheetItem[] {
  const items: SheetItem[] = []
  for (const session of rows) {
    items.push({ kind: 'session', id: session.id, session })
    if (!expanded.has(session.id)) continue
    const lines = session.exercises ?? []
    lines.forEach((line, lineIndex) =>
      items.push({ kind: 'line', id: lineRowId(session.id, lineIndex), session, lineIndex, line }),
    )
    items.push({
      kind: 'line',
      id: addLineRowId(session.id),
      session,
      lineIndex: lines.length,
      line: null,
    })
  }
  items.push({ kind: 'draft', id: DRAFT_ROW_ID, session: draftSession(rows, DRAFT_ROW_ID) })
  return items
}

/** What a session row says of its lines: how many, and whether they are shown. */
export function lineCount(session: BlockSession, expanded: ReadonlySet<string>) {
  const count = session.exercises?.length ?? 0
  return count === 0 && !expanded.has(session.id) ? null : { count, open: expanded.has(session.id) }
}

/**
 * The selected lines of `item`'s session, their first and last index: the lines of that session
 * inside the selected rows, or the line itself when the selection holds none.
 */
export function selectedLines(
  items: readonly SheetItem[],
  range: { top: number; bottom: number },
  item: LineItem,
): { from: number; to: number } {
  const own = items
    .slice(range.top, range.bottom + 1)
    .filter(
      (i): i is LineItem =>
        i.kind === 'line' && i.line !== null && i.session.id === item.session.id,
    )
    .map((i) => i.lineIndex)
  return own.length === 0
    ? { from: item.lineIndex, to: item.lineIndex }
    : { from: Math.min(...own), to: Math.max(...own) }
}

/**
 * The selected sessions, as indexes into `rows` (line rows and the empty row are not sessions):
 * what fill-down, clearing, copying and deleting rows work on. None: bottom above top.
 */
export function sessionRangeOf<R extends { top: number; bottom: number }>(
  items: readonly SheetItem[],
  range: R,
  sessionIndex: ReadonlyMap<string, number>,
): R {
  const chosen = items
    .slice(range.top, range.bottom + 1)
    .filter((i) => i.kind === 'session')
    .map((i) => sessionIndex.get(i.id)!)
  return chosen.length === 0
    ? { ...range, top: 0, bottom: -1 }
    : { ...range, top: Math.min(...chosen), bottom: Math.max(...chosen) }
}
