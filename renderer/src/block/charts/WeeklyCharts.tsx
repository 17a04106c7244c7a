import { scaleBand, scaleLinear } from 'd3-scale'
import type { BlockAnalysis } from '../../../../shared/schemas/analysis.schema'
import { YAxis, chartFrame, plotArea, spacedIndexes } from './chart-axes'
import type { ChartSize, Frame } from './chart-axes'
import { Band, ChartFigure, EmptyChart, Plot, Rule, seriesPath } from './chart-parts'
import { ACWR_NEEDS_28_DAYS } from '../fitness-model'

type Week = BlockAnalysis['weeks'][number]

/** The weeks along the bottom, one band each, shared by every weekly chart so they line up. */
function weekAxis(weeks: readonly Week[], frame: Frame, size: ChartSize) {
  const { left, right } = plotArea(frame)
  const x = scaleBand<number>()
    .domain(weeks.map((w) => w.week))
    .range([left, right])
    .padding(0.3)
  const centre = (week: number) => (x(week) ?? left) + x.bandwidth() / 2
  const ticks = spacedIndexes(weeks.length, size === 'side' ? 8 : 16).map((i) => ({
    x: centre(weeks[i]!.week),
    label: String(weeks[i]!.week + 1),
  }))
  return { x, centre, ticks }
}

/** A weekly series' path through the centre of each week's band, broken where a week has none. */
const weeklyPath = (
  weeks: readonly Week[],
  value: (w: Week) => number | null,
  centre: (week: number) => number,
  y: (v: number) => number,
) => seriesPath(weeks.map(value), (i) => centre(weeks[i]!.week), y)

/** Weekly load (session-RPE × minutes) as bars; a red bar is a week with monotony above 2. */
export function WeeklyLoadBars({ weeks, size }: { weeks: readonly Week[]; size: ChartSize }) {
  const frame = chartFrame(size, size === 'side' ? 110 : 240)
  const { top, bottom } = plotArea(frame)
  const peak = Math.max(1, ...weeks.map((w) => w.load))
  const y = scaleLinear().domain([0, peak]).nice().range([bottom, top])
  const { x, centre, ticks } = weekAxis(weeks, frame, size)
  return (
    <Plot
      frame={frame}
      label={`Weekly load for ${weeks.length} weeks, peak ${Math.round(peak)} AU`}
      xTicks={ticks}
      xUnit="week"
    >
      <YAxis scale={y} frame={frame} unit="load (AU)" ticks={size === 'side' ? 3 : 5} />
      {weeks.map((w) => {
        const danger = w.monotony === null || w.monotony > 2
        return (
          <rect
            key={w.week}
            x={centre(w.week) - x.bandwidth() / 2}
            y={y(w.load)}
            width={x.bandwidth()}
            height={bottom - y(w.load)}
            className={danger ? 'bar bar-danger' : 'bar'}
          >
            <title>
              Week {w.week + 1}: {Math.round(w.load)} AU, monotony{' '}
              {w.monotony === null ? '>10' : w.monotony.toFixed(2)}
            </title>
          </rect>
        )
      })}
    </Plot>
  )
}

/**
 * The acute:chronic workload ratio by week (OVR-01, docs/engine-rules.md §4.3) over its bands: the
 * 0.8–1.3 sweet spot and the spike zone from 1.5. Each week shows its highest daily ratio, the one
 * OVR-01 judges and names. A client with under 28 days of load has none yet.
 */
export function AcwrChart({ weeks, size }: { weeks: readonly Week[]; size: ChartSize }) {
  if (!weeks.some((w) => w.acwr !== null)) return <EmptyChart>{ACWR_NEEDS_28_DAYS}</EmptyChart>
  const frame = chartFrame(size, size === 'side' ? 90 : 220)
  const { top, bottom } = plotArea(frame)
  const high = Math.max(2, ...weeks.map((w) => w.acwr ?? 0))
  const y = scaleLinear().domain([0.4, high]).range([bottom, top]).clamp(true)
  const { centre, ticks } = weekAxis(weeks, frame, size)
  return (
    <ChartFigure
      legend={[
        { swatch: 'acwr-swatch', label: 'ACWR: the week’s highest day (OVR-01’s figure)' },
        { swatch: 'band-ok-swatch', label: '0.8–1.3 sweet spot' },
        { swatch: 'band-danger-swatch', label: '1.5 and up: a spike (OVR-01)' },
      ]}
    >
      <Plot
        frame={frame}
        label={`ACWR by week (each week’s highest day, as OVR-01 reads it), with the 0.8–1.3 sweet spot and the spike zone from 1.5: ${weeks
          .map((w) => `week ${w.week + 1} ${w.acwr === null ? 'none' : w.acwr.toFixed(2)}`)
          .join(', ')}`}
        xTicks={ticks}
        xUnit="week"
      >
        <Band frame={frame} y={y} from={0.8} to={1.3} className="band-ok" />
        <Band frame={frame} y={y} from={1.5} to={high} className="band-danger" />
        <YAxis
          scale={y}
          frame={frame}
          unit="ACWR (ratio)"
          ticks={size === 'side' ? 3 : 6}
          format={(v) => v.toFixed(1)}
        />
        <path d={weeklyPath(weeks, (w) => w.acwr, centre, y)} className="line-acwr" fill="none" />
      </Plot>
    </ChartFigure>
  )
}

/** Form (TSB) by week, each week's lowest as OVR-05 reads it, with its −30 and −40 lines. */
export function TsbChart({ weeks, size }: { weeks: readonly Week[]; size: ChartSize }) {
  if (!weeks.some((w) => w.tsb !== null))
    return <EmptyChart>Form (TSB) needs 42 days of load before it shows.</EmptyChart>
  const frame = chartFrame(size, size === 'side' ? 90 : 220)
  const { top, bottom } = plotArea(frame)
  const values = weeks.map((w) => w.tsb).filter((v): v is number => v !== null)
  const y = scaleLinear()
    .domain([Math.min(-50, ...values), Math.max(25, ...values)])
    .nice()
    .range([bottom, top])
  const { centre, ticks } = weekAxis(weeks, frame, size)
  return (
    <ChartFigure
      legend={[
        { swatch: 'tsb-swatch', label: 'form (TSB): fitness − fatigue, the week’s lowest' },
        { swatch: 'rule-warn-swatch', label: '−30 deep fatigue' },
        { swatch: 'rule-danger-swatch', label: '−40 a red flag (OVR-05)' },
      ]}
    >
      <Plot
        frame={frame}
        label="Form (TSB) by week, the week's lowest, with lines at −30 and −40"
        xTicks={ticks}
        xUnit="week"
      >
        <YAxis scale={y} frame={frame} unit="form (TSS-eq/day)" ticks={size === 'side' ? 3 : 6} />
        <Rule frame={frame} y={y} at={-30} className="rule-warn" />
        <Rule frame={frame} y={y} at={-40} className="rule-danger" />
        <path d={weeklyPath(weeks, (w) => w.tsb, centre, y)} className="line-tsb" fill="none" />
      </Plot>
    </ChartFigure>
  )
}
