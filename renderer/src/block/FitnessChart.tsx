import { useEffect, useState } from 'react'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Fitness } from '../../../shared/schemas/fitness.schema'
import { api } from '../api/backend'
import { NO_HISTORY, fitnessSummary } from './fitness-model'

const W = 320
const H = 110
const ACWR_H = 64
const PAD = { left: 30, right: 8, top: 8, bottom: 14 }

/** A series as an SVG path, in two parts: the past solid, the plan dashed (from `split`). */
function paths(
  values: (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
  split: number,
) {
  const part = (from: number, to: number) => {
    let d = ''
    let pen = false
    for (let i = from; i <= to && i < values.length; i++) {
      const v = values[i]
      if (v === null || v === undefined) {
        pen = false
        continue
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)} `
      pen = true
    }
    return d.trim()
  }
  // The plan's line starts on the last day of history, so the two parts join.
  return { past: part(0, split - 1), plan: part(Math.max(0, split - 1), values.length - 1) }
}

function Line(props: {
  values: (number | null)[]
  x: (i: number) => number
  y: (v: number) => number
  split: number
  className: string
}) {
  const { past, plan } = paths(props.values, props.x, props.y, props.split)
  return (
    <>
      {past && <path d={past} className={props.className} fill="none" />}
      {plan && <path d={plan} className={`${props.className} planned`} fill="none" />}
    </>
  )
}

/**
 * Where the block takes the client (docs/engine-rules.md §4.4): fitness (CTL), fatigue (ATL) and
 * form (TSB, yesterday's fitness minus fatigue, as the rules read it) day by day through their
 * history and the planned block, and the acute:chronic ratio with its 0.8–1.3 band. What was
 * trained is solid, what is planned dashed; with no history the lines start at 0 and say so.
 */
export function FitnessChart({ blockId, analysis }: { blockId: string; analysis: BlockAnalysis }) {
  const [open, setOpen] = useState(false)
  const [fitness, setFitness] = useState<Fitness | null>(null)
  useEffect(() => {
    if (!open) return
    let current = true
    // Read again after every save: each analysis is a new object.
    void api.blocks.fitness({ id: blockId }).then((r) => {
      if (current && r.ok) setFitness(r.value)
    })
    return () => {
      current = false
    }
  }, [open, blockId, analysis])

  const data = fitness
  return (
    <details className="fitness-chart" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Fitness and fatigue</summary>
      {data && data.days.length > 0 && <FitnessLines fitness={data} />}
    </details>
  )
}

function FitnessLines({ fitness }: { fitness: Fitness }) {
  const { days, planStart } = fitness
  const n = days.length
  const x = (i: number) => PAD.left + (i / Math.max(1, n - 1)) * (W - PAD.left - PAD.right)
  const top = Math.max(10, ...days.map((d) => Math.max(d.ctl, d.atl)))
  const bottom = Math.min(-10, ...days.map((d) => d.tsb))
  const y = (v: number) => PAD.top + ((top - v) / (top - bottom)) * (H - PAD.top - PAD.bottom)
  const acwrY = (v: number) =>
    PAD.top + ((2 - Math.min(2, Math.max(0.4, v))) / 1.6) * (ACWR_H - PAD.top - 4)
  const last = days.at(-1)!
  const summary = fitnessSummary(fitness)
  const acwrDays = days.map((d) => d.acwr)
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="zero-line" />
        {planStart > 0 && (
          <line
            x1={x(planStart)}
            x2={x(planStart)}
            y1={PAD.top}
            y2={H - PAD.bottom}
            className="start-line"
          />
        )}
        <Line values={days.map((d) => d.ctl)} x={x} y={y} split={planStart} className="ctl-line" />
        <Line values={days.map((d) => d.atl)} x={x} y={y} split={planStart} className="atl-line" />
        <Line values={days.map((d) => d.tsb)} x={x} y={y} split={planStart} className="tsb-line" />
        <text x={2} y={y(top) + 8} className="axis">
          {Math.round(top)}
        </text>
        <text x={2} y={y(0) + 3} className="axis">
          0
        </text>
        <text x={x(0)} y={H - 2} className="axis">
          {days[0]!.date.slice(5)}
        </text>
        <text x={W - PAD.right} y={H - 2} className="axis" textAnchor="end">
          {last.date.slice(5)}
        </text>
      </svg>
      <p className="chart-legend">
        <span>
          <span className="swatch ctl-swatch" /> fitness (CTL)
        </span>
        <span>
          <span className="swatch atl-swatch" /> fatigue (ATL)
        </span>
        <span>
          <span className="swatch tsb-swatch" /> form (TSB)
        </span>
        <span className="muted">solid: trained · dashed: planned</span>
      </p>
      {planStart === 0 && <p className="muted">{NO_HISTORY}</p>}
      {acwrDays.some((a) => a !== null) && (
        <svg
          viewBox={`0 0 ${W} ${ACWR_H}`}
          role="img"
          aria-label={`ACWR day by day, with the 0.8–1.3 band; at the block's start ${days[planStart]?.acwr?.toFixed(2) ?? 'not known'}, at its end ${last.acwr?.toFixed(2) ?? 'not known'}`}
        >
          <rect
            x={PAD.left}
            width={W - PAD.left - PAD.right}
            y={acwrY(1.3)}
            height={acwrY(0.8) - acwrY(1.3)}
            className="acwr-band"
          />
          <Line values={acwrDays} x={x} y={acwrY} split={planStart} className="acwr-line" />
          <text x={2} y={acwrY(1.3) + 3} className="axis">
            1.3
          </text>
          <text x={2} y={acwrY(0.8) + 3} className="axis">
            0.8
          </text>
        </svg>
      )}
    </>
  )
}
