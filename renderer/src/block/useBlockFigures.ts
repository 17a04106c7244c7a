import { useCallback, useMemo } from 'react'
import type { FindingView } from '../../../shared/schemas/analysis.schema'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Exercise } from '../../../shared/schemas/session.schema'
import { blockVolume } from '../../../shared/exercises/weekly-volume'
import { sheetRows } from './sheet/sheet-rows'
import type { useClientNumbers } from './useClientNumbers'

const CLASS_LABEL = { high: 'HIGH', low: 'low', rest: 'rest' } as const
const NO_STRESS = { label: '', cls: 'rest' }

/**
 * What the block screen draws from the block, its analysis and the client's numbers: the sheet's
 * rows, each session's findings and each day's stress, the weeks' phases, the weekly volume, the
 * client's load units. Each built once per change, so the memoised sheet is left alone by renders
 * that only change the save status.
 */
export function useBlockFigures(
  block: Block | null,
  analysis: BlockAnalysis | null,
  numbers: ReturnType<typeof useClientNumbers>,
) {
  const units = useMemo(
    () =>
      numbers.maxes
        ? { unit: numbers.maxes.loads.unit, increment: numbers.maxes.loads.increment }
        : { unit: 'kg' as const, increment: 2.5 },
    [numbers.maxes],
  )
  const loadText = useCallback((line: Exercise) => numbers.loadOf(line)?.text ?? null, [numbers])
  const volume = useMemo(
    () =>
      block &&
      blockVolume(
        block.sessions,
        block.weeks.length,
        numbers.index,
        numbers.maxOf,
        numbers.maxes?.loads.unit === 'kg' ? numbers.maxes.loads.increment : 2.5,
      ),
    [block, numbers.index, numbers.maxOf, numbers.maxes],
  )

  const rows = useMemo(() => (block ? sheetRows(block.sessions) : []), [block])
  const findingsBySession = useMemo(() => {
    const map = new Map<string, FindingView[]>()
    for (const f of analysis?.findings ?? [])
      for (const id of f.sessions) map.set(id, [...(map.get(id) ?? []), f])
    return map
  }, [analysis])
  // Each row finds its day without a search.
  const stressByDay = useMemo(
    () =>
      new Map(
        (analysis?.days ?? []).map((d) => [
          `${d.week}:${d.day}`,
          { label: `${CLASS_LABEL[d.class]} ${d.stress}`, cls: d.class },
        ]),
      ),
    [analysis],
  )
  const dayStress = useCallback(
    (week: number, day: number) => stressByDay.get(`${week}:${day}`) ?? NO_STRESS,
    [stressByDay],
  )
  const phases = useMemo(
    () => (block?.weeks ?? []).map((w) => (w.deload ? 'deload' : w.phase)),
    [block?.weeks],
  )
  return { units, loadText, volume, rows, findingsBySession, dayStress, phases }
}
