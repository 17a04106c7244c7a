import { memo } from 'react'
import type { ReactNode } from 'react'
import { Glossary } from './Glossary'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'

const W = 320
const H = 120
const PAD = { left: 34, right: 8, top: 8, bottom: 18 }

interface Series {
  values: (number | null)[]
  min: number
  max: number
}

function scale(series: Series, count: number) {
  const x = (i: number) => PAD.left + ((i + 0.5) * (W - PAD.left - PAD.right)) / Math.max(1, count)
  const y = (v: number) =>
    PAD.top +
    (1 - (Math.min(series.max, Math.max(series.min, v)) - series.min) / (series.max - series.min)) *
      (H - PAD.top - PAD.bottom)
  return { x, y }
}

function linePath(
  values: (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  let path = ''
  let pen = false
  values.forEach((v, i) => {
    if (v === null) {
      pen = false
      return
    }
    path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)} `
    pen = true
  })
  return path.trim()
}

/**
 * The block's load at a glance (docs/engine-rules.md §4): weekly load bars with monotony, and ACWR and
 * TSB lines over the danger bands of OVR-01 and OVR-05 (a week's TSB is its lowest, the number
 * OVR-05 reports). Where history is too short a line is absent.
 */
export const LoadChart = memo(function LoadChart({
  analysis,
  children,
}: {
  analysis: BlockAnalysis
  /** More about the block's load, folded under the chart (the sets and main lifts). */
  children?: ReactNode
}) {
  const weeks = analysis.weeks
  const n = weeks.length
  const maxLoad = Math.max(1, ...weeks.map((w) => w.load))
  const load = scale({ values: [], min: 0, max: maxLoad * 1.1 }, n)
  const acwrSeries: Series = { values: weeks.map((w) => w.acwr), min: 0.4, max: 2.0 }
  const acwr = scale(acwrSeries, n)
  const tsbSeries: Series = { values: weeks.map((w) => w.tsb), min: -50, max: 25 }
  const tsb = scale(tsbSeries, n)
  const barWidth = Math.max(3, ((W - PAD.left - PAD.right) / Math.max(1, n)) * 0.6)
  const hasAcwr = weeks.some((w) => w.acwr !== null)
  const hasTsb = weeks.some((w) => w.tsb !== null)
  const highMonotony = weeks
    .filter((w) => w.monotony === null || w.monotony > 2)
    .map((w) => w.week + 1)

  return (
    <section className="panel load-chart" aria-labelledby="load-title">
      <h2 id="load-title">Load</h2>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Weekly load for ${n} weeks, peak ${Math.round(maxLoad)} AU`}
      >
        <text x={2} y={PAD.top + 8} className="axis">
          AU
        </text>
        {weeks.map((w, i) => {
          const top = load.y(w.load)
          const danger = w.monotony === null || w.monotony > 2
          return (
            <g key={w.week}>
              <rect
                x={load.x(i) - barWidth / 2}
                y={top}
                width={barWidth}
                height={H - PAD.bottom - top}
                className={danger ? 'bar bar-danger' : 'bar'}
              >
                <title>
                  Week {w.week + 1}: {Math.round(w.load)} AU, monotony{' '}
                  {w.monotony === null ? '>10' : w.monotony.toFixed(2)}
                </title>
              </rect>
              {(n <= 16 || i % 2 === 0) && (
                <text x={load.x(i)} y={H - 4} className="axis" textAnchor="middle">
                  {w.week + 1}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <p className="chart-note">
        Monotony above 2.0 (red bar):{' '}
        {highMonotony.length ? `weeks ${highMonotony.join(', ')}` : 'none'}.
      </p>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Acute:chronic workload ratio and form (TSB) by week"
      >
        {hasAcwr && (
          <>
            <rect
              x={PAD.left}
              y={acwr.y(1.3)}
              width={W - PAD.left - PAD.right}
              height={acwr.y(0.8) - acwr.y(1.3)}
              className="band-ok"
            />
            <rect
              x={PAD.left}
              y={acwr.y(2.0)}
              width={W - PAD.left - PAD.right}
              height={acwr.y(1.5) - acwr.y(2.0)}
              className="band-danger"
            />
            <text x={2} y={acwr.y(1.5) + 3} className="axis">
              1.5
            </text>
            <text x={2} y={acwr.y(0.8) + 3} className="axis">
              0.8
            </text>
            <path d={linePath(acwrSeries.values, acwr.x, acwr.y)} className="line-acwr" />
          </>
        )}
        {hasTsb && (
          <>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={tsb.y(-30)}
              y2={tsb.y(-30)}
              className="rule-warn"
            />
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={tsb.y(-40)}
              y2={tsb.y(-40)}
              className="rule-danger"
            />
            <path d={linePath(tsbSeries.values, tsb.x, tsb.y)} className="line-tsb" />
          </>
        )}
        {!hasAcwr && !hasTsb && (
          <text x={W / 2} y={H / 2} textAnchor="middle" className="axis">
            ACWR needs 28 days of load, form (TSB) 42 days
          </text>
        )}
      </svg>
      <p className="chart-note">
        <span className="key key-acwr">ACWR</span> with the 0.8–1.3 sweet spot and the ≥1.5 danger
        zone
        {hasTsb ? (
          <>
            ; <span className="key key-tsb">TSB</span>, the week’s lowest form as OVR-05 reads it,
            with lines at −30 and −40
          </>
        ) : null}
        .
      </p>
      <Glossary />
      {children}
    </section>
  )
})
