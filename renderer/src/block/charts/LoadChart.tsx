import { memo } from 'react'
import type { ReactNode } from 'react'
import type { BlockAnalysis } from '../../../../shared/schemas/analysis.schema'
import { Glossary } from '../Glossary'
import { AcwrChart, WeeklyLoadBars } from './WeeklyCharts'

/**
 * The block's load at a glance in the side panel (docs/engine-rules.md §4): weekly load bars with
 * monotony, and ACWR over its bands; "Full width" opens every chart large (with form, TSB).
 */
export const LoadChart = memo(function LoadChart({
  analysis,
  onOpenFull,
  children,
}: {
  analysis: BlockAnalysis
  onOpenFull: () => void
  /** More about the block's load, folded under the chart (fitness, the sets and main lifts). */
  children?: ReactNode
}) {
  const weeks = analysis.weeks
  const highMonotony = weeks
    .filter((w) => w.monotony === null || w.monotony > 2)
    .map((w) => w.week + 1)
  return (
    <section className="panel load-chart" aria-labelledby="load-title">
      <div className="panel-title">
        <h2 id="load-title">Load</h2>
        <button
          type="button"
          className="button-small"
          aria-label="Open the charts full width"
          onClick={onOpenFull}
        >
          ⤢ Full width
        </button>
      </div>
      <WeeklyLoadBars weeks={weeks} size="side" />
      <p className="chart-note">
        Red bar: monotony above 2.0 (
        {highMonotony.length ? `weeks ${highMonotony.join(', ')}` : 'none'}
        ).
      </p>
      <AcwrChart weeks={weeks} size="side" />
      <Glossary />
      {children}
    </section>
  )
})
