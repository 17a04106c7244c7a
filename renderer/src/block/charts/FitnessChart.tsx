import { scaleLinear } from 'd3-scale'
import { useEffect, useState } from 'react'
import type { BlockAnalysis } from '../../../../shared/schemas/analysis.schema'
import type { Fitness } from '../../../../shared/schemas/fitness.schema'
import { api } from '../../api/backend'
import { readLatest } from '../../api/read-latest'
import { NO_HISTORY, acwrPlotSummary, fitnessSummary } from '../fitness-model'
import { YAxis, chartFrame, plotArea, spacedIndexes } from './chart-axes'
import type { ChartSize, Frame } from './chart-axes'
import { Band, ChartFigure, EmptyChart, Legend, Plot, Rule, seriesPath } from './chart-parts'

type Day = Fitness['days'][number]

/**
 * Where the block takes the client (docs/engine-rules.md §4.4): fitness (CTL), fatigue (ATL) and
 * form (TSB) day by day through their history and the planned block, and the acute:chronic ratio
 * with its 0.8–1.3 band. What was trained is solid, what is planned dashed. In the side panel it
 * is folded until asked for; opened full width it is drawn at once.
 */
export function FitnessChart({
  blockId,
  analysis,
  size = 'side',
}: {
  blockId: string
  analysis: BlockAnalysis
  size?: ChartSize
}) {
  const [open, setOpen] = useState(size === 'full')
  const [fitness, setFitness] = useState<Fitness | null>(null)
  // Read again after every save (each analysis is a new object); folded, not read at all.
  useEffect(() => {
    if (open) return readLatest(api.blocks.fitness({ id: blockId }), setFitness)
  }, [open, blockId, analysis])
  const body =
    fitness === null ? null : fitness.days.length === 0 ? (
      <EmptyChart>No days to show yet: the block has no sessions.</EmptyChart>
    ) : (
      <FitnessLines fitness={fitness} size={size} />
    )
  if (size === 'full')
    return (
      <section className="fitness-chart" aria-label="Fitness and fatigue">
        <h3>Fitness and fatigue</h3>
        {body}
      </section>
    )
  return (
    <details className="fitness-chart" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Fitness and fatigue</summary>
      {body}
    </details>
  )
}

/** The days along the bottom as dates, and where the block starts. */
function dayAxis(days: readonly Day[], frame: Frame, size: ChartSize) {
  const { left, right } = plotArea(frame)
  const x = scaleLinear()
    .domain([0, Math.max(1, days.length - 1)])
    .range([left, right])
  const ticks = spacedIndexes(days.length, size === 'side' ? 4 : 10).map((i) => ({
    x: x(i),
    label: days[i]!.date.slice(5),
  }))
  return { x, ticks }
}

/** A daily series in two parts: the past solid, the plan dashed (joined on the last past day). */
function DailyLine(props: {
  days: readonly Day[]
  value: (d: Day) => number | null
  x: (i: number) => number
  y: (v: number) => number
  planStart: number
  className: string
}) {
  const values = props.days.map(props.value)
  const draw = (from: number, to: number) =>
    seriesPath(
      values.map((v, i) => (i >= from && i <= to ? v : null)),
      props.x,
      props.y,
    )
  const past = props.planStart > 0 ? draw(0, props.planStart - 1) : ''
  const plan = draw(Math.max(0, props.planStart - 1), props.days.length - 1)
  return (
    <>
      {past && <path d={past} className={props.className} fill="none" />}
      {plan && <path d={plan} className={`${props.className} planned`} fill="none" />}
    </>
  )
}

/** The three daily series of the fitness plot, drawn in this order. */
const FITNESS_SERIES: readonly { value: (d: Day) => number; className: string }[] = [
  { value: (d) => d.ctl, className: 'ctl-line' },
  { value: (d) => d.atl, className: 'atl-line' },
  { value: (d) => d.tsb, className: 'tsb-line' },
]

function FitnessLines({ fitness, size }: { fitness: Fitness; size: ChartSize }) {
  const { days, planStart } = fitness
  const frame = chartFrame(size, size === 'side' ? 130 : 280)
  const { top, bottom } = plotArea(frame)
  const { x, ticks } = dayAxis(days, frame, size)
  const y = scaleLinear()
    .domain([
      Math.min(-10, ...days.map((d) => d.tsb)),
      Math.max(10, ...days.map((d) => Math.max(d.ctl, d.atl))),
    ])
    .nice()
    .range([bottom, top])
  const acwrWords = acwrPlotSummary(fitness)
  const acwrFrame = chartFrame(size, size === 'side' ? 80 : 180)
  const acwrArea = plotArea(acwrFrame)
  const acwrY = scaleLinear().domain([0.4, 2]).range([acwrArea.bottom, acwrArea.top]).clamp(true)
  const start = planStart > 0 && (
    <line x1={x(planStart)} x2={x(planStart)} y1={top} y2={bottom} className="start-line" />
  )
  return (
    <>
      <Plot frame={frame} label={fitnessSummary(fitness)} xTicks={ticks} xUnit="date">
        <YAxis scale={y} frame={frame} unit="TSS-eq/day" ticks={size === 'side' ? 4 : 6} />
        <Rule frame={frame} y={y} at={0} className="zero-line" />
        {start}
        {FITNESS_SERIES.map((series) => (
          <DailyLine
            key={series.className}
            days={days}
            value={series.value}
            x={x}
            y={y}
            planStart={planStart}
            className={series.className}
          />
        ))}
      </Plot>
      <Legend
        items={[
          { swatch: 'ctl-swatch', label: 'fitness (CTL, 42-day load)' },
          { swatch: 'atl-swatch', label: 'fatigue (ATL, 7-day load)' },
          { swatch: 'tsb-swatch', label: 'form (TSB) = yesterday’s fitness − fatigue' },
          { swatch: 'planned-swatch', label: 'dashed: planned; dotted line: the block starts' },
        ]}
      />
      {planStart === 0 && <p className="chart-note">{NO_HISTORY}</p>}
      {acwrWords ? (
        <ChartFigure
          legend={[
            {
              swatch: 'band-ok-swatch',
              label: 'ACWR 0.8–1.3: load rising as fitness can take it',
            },
          ]}
        >
          <Plot frame={acwrFrame} label={acwrWords} xTicks={ticks} xUnit="date">
            <Band frame={acwrFrame} y={acwrY} from={0.8} to={1.3} className="band-ok" />
            <YAxis
              scale={acwrY}
              frame={acwrFrame}
              unit="ACWR (ratio)"
              ticks={3}
              format={(v) => v.toFixed(1)}
            />
            <DailyLine
              days={days}
              value={(d) => d.acwr}
              x={x}
              y={acwrY}
              planStart={planStart}
              className="acwr-line"
            />
          </Plot>
        </ChartFigure>
      ) : // No line yet: the weekly ACWR chart beside this one already says why (twice was noise).
      null}
    </>
  )
}
