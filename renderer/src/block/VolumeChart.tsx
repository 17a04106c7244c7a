import { memo } from 'react'
import type { BlockVolume } from '../../../shared/exercises/weekly-volume'
import type { StrengthRegion } from '../../../shared/schemas/session.schema'

const W = 320
const BARS_H = 96
const LIFT_H = 44
const PAD = { left: 34, right: 8, top: 6, bottom: 16 }
const REGION_COLOURS: Record<StrengthRegion, string> = {
  lower: '#3b6fb6',
  upper: '#d08a2e',
  full: '#7a5cb8',
  core: '#6fa36b',
}
const REGIONS: StrengthRegion[] = ['lower', 'upper', 'full', 'core']

/**
 * What the lifting adds up to, where a coach looks: each week's working sets stacked by region
 * (with the week's tonnage), and each main lift's heaviest load (or %1RM) week to week with its
 * sets, so a jump, a stall or a missing deload shows as a shape.
 */
export const VolumeChart = memo(function VolumeChart({ volume }: { volume: BlockVolume }) {
  const n = volume.weeks.length
  const maxSets = Math.max(
    1,
    ...volume.weeks.map((w) => REGIONS.reduce((t, r) => t + w.setsByRegion[r], 0)),
  )
  const x = (i: number) => PAD.left + ((i + 0.5) * (W - PAD.left - PAD.right)) / Math.max(1, n)
  const barWidth = Math.max(3, ((W - PAD.left - PAD.right) / Math.max(1, n)) * 0.6)
  const y = (sets: number) => PAD.top + (1 - sets / maxSets) * (BARS_H - PAD.top - PAD.bottom)
  const lifts = volume.lifts.slice(0, 4)
  if (volume.weeks.every((w) => REGIONS.every((r) => w.setsByRegion[r] === 0))) return null
  return (
    // Folded by default: open, it would take the height the findings need on a laptop screen.
    <details className="volume-chart">
      <summary>Sets and main lifts</summary>
      <svg viewBox={`0 0 ${W} ${BARS_H}`} role="img" aria-label={setsSummary(volume)}>
        <text x={2} y={PAD.top + 8} className="axis">
          sets
        </text>
        <text x={PAD.left - 4} y={y(maxSets) + 14} className="axis" textAnchor="end">
          {maxSets}
        </text>
        {volume.weeks.map((w, i) => {
          let base = 0
          return (
            <g key={w.week}>
              {REGIONS.map((r) => {
                const sets = w.setsByRegion[r]
                if (sets === 0) return null
                const top = y(base + sets)
                const rect = (
                  <rect
                    key={r}
                    x={x(i) - barWidth / 2}
                    y={top}
                    width={barWidth}
                    height={y(base) - top}
                    fill={REGION_COLOURS[r]}
                  />
                )
                base += sets
                return rect
              })}
              <text x={x(i)} y={BARS_H - 4} className="axis" textAnchor="middle">
                {w.week + 1}
              </text>
            </g>
          )
        })}
      </svg>
      <p className="chart-legend">
        {REGIONS.filter((r) => volume.weeks.some((w) => w.setsByRegion[r] > 0)).map((r) => (
          <span key={r}>
            <span className="swatch" style={{ background: REGION_COLOURS[r] }} /> {r}
          </span>
        ))}
      </p>
      {lifts.map((lift) => (
        <LiftLine key={lift.lift} lift={lift} x={x} />
      ))}
    </details>
  )
})

function LiftLine({ lift, x }: { lift: BlockVolume['lifts'][number]; x: (i: number) => number }) {
  const byLoad = lift.weeks.some((w) => w.topLoadKg !== null)
  const values = lift.weeks.map((w) => (byLoad ? w.topLoadKg : w.topPct))
  const present = values.filter((v): v is number => v !== null)
  if (present.length === 0) return null
  const min = Math.min(...present) * 0.95
  const max = Math.max(...present) * 1.02
  const y = (v: number) => 4 + (1 - (v - min) / Math.max(1e-6, max - min)) * (LIFT_H - 12)
  let path = ''
  values.forEach((v, i) => {
    if (v === null) return
    path += `${path === '' ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)} `
  })
  const last = present.at(-1)!
  const unit = byLoad ? ' kg' : ' %'
  const label = `${lift.lift}: ${lift.weeks.map((w) => `week ${w.week + 1} ${byLoad ? (w.topLoadKg ?? '–') : (w.topPct ?? '–')}${unit}, ${w.sets} sets`).join('; ')}`
  return (
    <div className="lift-line">
      <span className="lift-name">
        {lift.lift} <span className="muted">{`${last}${unit}`}</span>
      </span>
      <svg viewBox={`0 0 ${W} ${LIFT_H}`} role="img" aria-label={label}>
        {lift.weeks.map((w, i) =>
          w.sets > 0 ? (
            <rect
              key={w.week}
              x={x(i) - 3}
              y={LIFT_H - 2 - Math.min(10, w.sets)}
              width={6}
              height={Math.min(10, w.sets)}
              className="lift-sets"
            />
          ) : null,
        )}
        <path d={path.trim()} className="lift-path" fill="none" />
        {values.map((v, i) =>
          v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.2} className="lift-dot" />,
        )}
      </svg>
    </div>
  )
}

function setsSummary(volume: BlockVolume): string {
  return `Working sets per week: ${volume.weeks
    .map(
      (w) =>
        `week ${w.week + 1} ${REGIONS.map((r) => `${w.setsByRegion[r]} ${r}`).join(', ')}, ${Math.round(w.tonnageKg / 100) / 10} t`,
    )
    .join('; ')}`
}
