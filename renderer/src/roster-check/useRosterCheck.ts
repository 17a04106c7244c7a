import { useCallback, useEffect, useRef, useState } from 'react'
import type { RosterCheckPage, RosterFinding } from '../../../shared/schemas/roster.schema'
import { api } from '../api/backend'

/** Clients per request: small enough that progress moves and Cancel answers within a moment. */
const PAGE = 5

export type CheckState =
  | { phase: 'running'; checked: number; total: number | null }
  | { phase: 'done'; checked: number; total: number }
  | { phase: 'cancelled'; checked: number; total: number }
  | { phase: 'failed'; message: string }

/** Runs the roster check page by page, collecting findings; can be cancelled between pages. */
export function useRosterCheck() {
  const [findings, setFindings] = useState<RosterFinding[]>([])
  const [state, setState] = useState<CheckState>({ phase: 'running', checked: 0, total: null })
  const run = useRef(0)

  /** Checks page after page; stops as soon as a newer run (or a cancel) takes over. */
  const check = useCallback(async (id: number) => {
    let checked = 0
    let total = Infinity
    while (checked < total) {
      const result = await api.roster.check({ offset: checked, limit: PAGE })
      if (id !== run.current) return
      if (!result.ok) return setState({ phase: 'failed', message: result.error.message })
      const page: RosterCheckPage = result.value
      total = page.total
      checked += page.checked.length
      setFindings((all) => [...all, ...page.findings])
      setState({ phase: 'running', checked, total })
      if (page.checked.length === 0) break
    }
    setState({ phase: 'done', checked, total: Number.isFinite(total) ? total : checked })
  }, [])

  const restart = useCallback(async () => {
    setFindings([])
    setState({ phase: 'running', checked: 0, total: null })
    await check(++run.current)
  }, [check])

  /** Makes every run in flight stop at its next page: `run` counts runs, it is not a DOM node. */
  const stopRuns = useCallback(() => {
    run.current++
  }, [])

  const cancel = useCallback(() => {
    stopRuns()
    setState((s) =>
      s.phase === 'running'
        ? { phase: 'cancelled', checked: s.checked, total: s.total ?? s.checked }
        : s,
    )
  }, [stopRuns])

  // The first run starts with the initial state above, so the effect sets nothing itself.
  useEffect(() => {
    void check(++run.current)
    return stopRuns
  }, [check, stopRuns])

  return { findings, state, restart, cancel }
}
