import { useMemo, useState } from 'react'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import { sheetRows } from './sheet-rows'
import { sheetItems } from './sheet-items'

/**
 * The sheet's rows as the coach sees them: the block's sessions, with what is typed but not yet
 * saved drawn at once (sessions added in the empty row, lines changed), each session's lines when
 * they are open, and the empty row under the last session.
 */
export function useSheetRows(saved: BlockSession[]) {
  // Sessions typed into the empty row, drawn at once and until their save is answered, so that the
  // coach can go on typing into them.
  const [appending, setAppending] = useState<readonly BlockSession[]>([])
  // Each session's lines as the coach last left them while their save is on its way: a line step
  // replaces the whole list, so the next edit must start from this one, not from the last save.
  const [pendingLines, setPendingLines] = useState<ReadonlyMap<string, Exercise[] | null>>(
    () => new Map(),
  )
  const rows = useMemo(() => {
    const savedIds = new Set(saved.map((r) => r.id))
    const unsaved = appending.filter((s) => !savedIds.has(s.id))
    const all = unsaved.length === 0 ? saved : sheetRows([...saved, ...unsaved])
    if (pendingLines.size === 0) return all
    return all.map((s) => {
      if (!pendingLines.has(s.id)) return s
      const { exercises: _old, ...rest } = s
      const lines = pendingLines.get(s.id)
      return lines ? { ...rest, exercises: lines } : rest
    })
  }, [saved, appending, pendingLines])
  // Sessions whose exercise lines are shown under them (Alt+Down opens, Alt+Up closes).
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  // The rows as drawn: each session, its lines when open, and the always-present empty row under
  // the last session (typing or pasting there adds sessions). `shownRows` is each row's session.
  const items = useMemo(() => sheetItems(rows, expanded), [rows, expanded])
  const shownRows = useMemo(() => items.map((i) => i.session), [items])
  const sessionIndex = useMemo(() => new Map(rows.map((s, i) => [s.id, i])), [rows])

  /** A session typed into the empty row, drawn until its save is answered. */
  function showAppended(session: BlockSession, save: Promise<unknown>): void {
    setAppending((list) => [...list, session])
    // Saved or refused, the row is then drawn from the block as the backend answered.
    const done = () => setAppending((list) => list.filter((s) => s.id !== session.id))
    void save.then(done, done)
  }

  /** A session's lines drawn as changed while `save()` runs (null: all of them removed). */
  function showLinesWhile(
    sessionId: string,
    lines: Exercise[] | null,
    save: () => Promise<void>,
  ): Promise<void> {
    setPendingLines((map) => new Map(map).set(sessionId, lines))
    const done = () =>
      setPendingLines((map) => {
        if (map.get(sessionId) !== lines) return map
        const next = new Map(map)
        next.delete(sessionId)
        return next
      })
    return save().then(done, done)
  }

  /** Opens or closes a session's lines. */
  function setLinesOpen(sessionId: string, open: boolean): void {
    setExpanded((set) => {
      const next = new Set(set)
      if (open) next.add(sessionId)
      else next.delete(sessionId)
      return next
    })
  }

  return {
    rows,
    items,
    shownRows,
    sessionIndex,
    expanded,
    showAppended,
    showLinesWhile,
    setLinesOpen,
  }
}
