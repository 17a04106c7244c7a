import { memo, useState } from 'react'
import type { MovementPattern } from '../../../../shared/schemas/exercise.schema'
import type { BlockVolume, WeekVolume } from '../../../../shared/exercises/weekly-volume'
import type { StrengthRegion } from '../../../../shared/schemas/session.schema'

const W = 320
const BARS_H = 104
const LIFT_H = 44
const PAD = { left: 34, right: 8, top: 8, bottom: 16 }
const REGION_COLOURS: Record<StrengthRegion, string> = {
  lower: '#3b6fb6',
  upper: '#d08a2e',
  full: '#7a5cb8',
  core: '#6fa36b',
}
const REGIONS: StrengthRegion[] = ['lower', 'upper', 'full', 'core']

/** The patterns a lifting week is made of, in the order a coach reads them, and one colour each. */
const PATTERN_COLOURS: Partial<Record<MovementPattern | 'other', string>> = {
  squat: '#3b6fb6',
  hinge: '#7a5cb8',
  lunge: '#5aa1c9',
  push: '#d08a2e',
  pull: '#c4573a',
  carry: '#8c7a4b',
  core: '#6fa36b',
  olympic: '#b0477d',
  plyo: '#2e9c8f',
  isolation: '#9aa5b1',
  other: '#cfd6de',
}
type Grouping = 'region' | 'pattern'

/** One stacked part of a week's bar: what it is, its sets and its colour. */
interface Part {
  key: string
  sets: number
  colour: string
}

/** A week's sets split as the coach chose to see them. Lines the library doesn't know are "other". */
function partsOf(w: WeekVolume, by: Grouping): Part[] {
  if (by === 'region')
    return REGIONS.map((r) => ({ key: r, sets: w.setsByRegion[r], colour: REGION_COLOURS[r] }))
  const parts = Object.entries(PATTERN_COLOURS)
    .filter(([key]) => key !== 'other')
    .map(([key, colour]) => ({
      key,
      sets: w.setsByPattern[key as MovementPattern] ?? 0,
      colour: colour,
    }))
  const counted = parts.reduce((n, p) => n + p.sets, 0)
  const total = REGIONS.reduce((n, r) => n + w.setsByRegion[r], 0)
  return [
    ...parts,
    { key: 'other', sets: Math.max(0, total - counted), colour: PATTERN_COLOURS.other! },
  ]
}

const tonnes = (kg: number) => `${(Math.round(kg / 100) / 10).toLocaleString('en')} t`

/** A week in words, for the bar's tooltip and the chart's description. */
function weekWords(w: WeekVolume, by: Grouping): string {
  const parts = partsOf(w, by).filter((p) => p.sets > 0)
  const total = parts.reduce((n, p) => n + p.sets, 0)
  const split = parts.map((p) => `${p.key} ${p.sets}`).join(', ')
  return `Week ${w.week + 1}: ${total} sets${split ? ` (${split})` : ''}, ${tonnes(w.tonnageKg)} lifted`
}

/**
 * What the lifting adds up to, where a coach looks: each week's working sets stacked by region or
 * by movement pattern, the week's tonnage as a line, and each main lift's heaviest load
 * (or %1RM) week to week with its sets, so a jump, a stall or a missing deload shows as a shape.
 */
export const VolumeChart = memo(function VolumeChart({ volume }: { volume: BlockVolume }) {
  const [by, setBy] = useState<Grouping>('region')
  const n = volume.weeks.length
  const totals = volume.weeks.map((w) => REGIONS.reduce((t, r) => t + w.setsByRegion[r], 0))
  const maxSets = Math.max(1, ...totals)
  const maxTonnage = Math.max(...volume.weeks.map((w) => w.tonnageKg))
  const x = (i: number) => PAD.left + ((i + 0.5) * (W - PAD.left - PAD.right)) / Math.max(1, n)
  const barWidth = Math.max(3, ((W - PAD.left - PAD.right) / Math.max(1, n)) * 0.6)
  const plotH = BARS_H - PAD.top - PAD.bottom
  const y = (sets: number) => PAD.top + (1 - sets / maxSets) * plotH
  const lifts = volume.lifts.slice(0, 4)
  if (totals.every((t) => t === 0)) return null
  const shown = new Map<string, string>()
  for (const w of volume.weeks)
    for (const p of partsOf(w, by)) if (p.sets > 0) shown.set(p.key, p.colour)
  return (
    // Folded by default: open, it would take the height the findings need on a laptop screen.
    <details className="volume-chart">
      <summary>Sets and main lifts</summary>
      <div className="chart-switch" role="radiogroup" aria-label="Sets by">
        <span className="muted">Sets by</span>
        {(['region', 'pattern'] as const).map((g) => (
          <label key={g}>
            <input
              type="radio"
              name="volume-grouping"
              checked={by === g}
              onChange={() => setBy(g)}
            />
            {g}
          </label>
        ))}
      </div>
      <svg
        viewBox={`0 0 ${W} ${BARS_H}`}
        role="img"
        aria-label={volume.weeks.map((w) => weekWords(w, by)).join('; ')}
      >
        {/* The top bar's height, and under it its unit (side by side they ran into each other). */}
        <text x={PAD.left - 4} y={y(maxSets) + 10} className="axis" textAnchor="end">
          {maxSets}
        </text>
        <text x={PAD.left - 4} y={y(maxSets) + 22} className="axis" textAnchor="end">
          sets
        </text>
        {volume.weeks.map((w, i) => {
          let base = 0
          return (
            <g key={w.week}>
              <title>{weekWords(w, by)}</title>
              {partsOf(w, by).map((p) => {
                if (p.sets === 0) return null
                const top = y(base + p.sets)
                const rect = (
                  <rect
                    key={p.key}
                    x={x(i) - barWidth / 2}
                    y={top}
                    width={barWidth}
                    height={y(base) - top}
                    fill={p.colour}
                  />
                )
                base += p.sets
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
        {[...shown].map(([key, colour]) => (
          <span key={key}>
            <span className="swatch" style={{ background: colour }} /> {key}
          </span>
        ))}
      </p>
      {maxTonnage > 0 && (
        <TrendLine
          name="Tonnage"
          values={volume.weeks.map((w) => w.tonnageKg)}
          words={tonnes}
          x={x}
        />
      )}
      {lifts.map((lift) => (
        <LiftLine key={lift.lift} lift={lift} x={x} />
      ))}
    </details>
  )
})

/** A main lift week to week: its heaviest load (or %1RM when no load is known), and its sets. */
function LiftLine({ lift, x }: { lift: BlockVolume['lifts'][number]; x: (i: number) => number }) {
  const byLoad = lift.weeks.some((w) => w.topLoadKg !== null)
  const unit = byLoad ? ' kg' : ' %'
  const values = lift.weeks.map((w) => (byLoad ? w.topLoadKg : w.topPct))
  return (
    <TrendLine
      name={lift.lift}
      values={values}
      words={(v) => `${v}${unit}`}
      sets={lift.weeks.map((w) => w.sets)}
      x={x}
    />
  )
}

/**
 * One measure across the weeks as a line scaled to its own range (so a 2.5 kg step shows), with
 * its latest value by its name and, under it, the week's sets when there are any.
 */
function TrendLine(props: {
  name: string
  values: (number | null)[]
  words: (value: number) => string
  sets?: number[]
  x: (i: number) => number
}) {
  const { name, values, words, sets, x } = props
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
  const label = `${name}: ${values
    .map((v, i) => {
      const count = sets ? `, ${sets[i]} sets` : ''
      return `week ${i + 1} ${v === null ? '–' : words(v)}${count}`
    })
    .join('; ')}`
  return (
    <div className="lift-line">
      <span className="lift-name">
        {name} <span className="muted">{words(present.at(-1)!)}</span>
      </span>
      <svg viewBox={`0 0 ${W} ${LIFT_H}`} role="img" aria-label={label}>
        {sets?.map((count, i) =>
          count > 0 ? (
            <rect
              key={i}
              x={x(i) - 3}
              y={LIFT_H - 2 - Math.min(10, count)}
              width={6}
              height={Math.min(10, count)}
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
