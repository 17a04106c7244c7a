import type { ScaleLinear } from 'd3-scale'

/** How big a chart is drawn: in the side panel, or opened full width. */
export type ChartSize = 'side' | 'full'

/** A chart's drawing box: its size in SVG units and the margins its axes take. */
export interface Frame {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
}

const WIDTH = { side: 320, full: 960 }
const MARGIN = { top: 14, right: 10, bottom: 24, left: 40 }

/** A chart's frame at the given size: every chart shares its width and margins, so they line up. */
export const chartFrame = (size: ChartSize, height: number): Frame => ({
  width: WIDTH[size],
  height,
  margin: MARGIN,
})

/** The plot area's edges within a frame. */
export const plotArea = ({ width, height, margin }: Frame) => ({
  left: margin.left,
  right: width - margin.right,
  top: margin.top,
  bottom: height - margin.bottom,
})

/**
 * The value axis on the left: a few round ticks from d3's scale, faint grid lines across the plot,
 * and the unit above the axis ("AU", "ratio"), so every number on the chart says what it counts.
 */
export function YAxis({
  scale,
  frame,
  unit,
  ticks = 4,
  format = (v) => String(v),
}: {
  scale: ScaleLinear<number, number>
  frame: Frame
  unit: string
  ticks?: number
  format?: (value: number) => string
}) {
  const { left, right } = plotArea(frame)
  return (
    <g className="axis y-axis">
      {scale.ticks(ticks).map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={scale(v)} y2={scale(v)} className="grid-line" />
          <text x={left - 4} y={scale(v) + 3} textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <text x={2} y={frame.margin.top - 4} className="axis-unit">
        {unit}
      </text>
    </g>
  )
}

/** The axis along the bottom: labels at the given places, and what they count at its end. */
export function XAxis({
  ticks,
  frame,
  unit,
}: {
  ticks: readonly { x: number; label: string }[]
  frame: Frame
  unit: string
}) {
  const { left, right, bottom } = plotArea(frame)
  // A label on the plot's edge reads inward: centred, the last date was cut to "12-1" and the
  // first ran under the lowest value's label.
  const anchorAt = (x: number) => (x - left < 12 ? 'start' : right - x < 12 ? 'end' : 'middle')
  return (
    <g className="axis x-axis">
      <line x1={left} x2={right} y1={bottom} y2={bottom} className="axis-line" />
      {ticks.map((t) => (
        <text key={`${t.x}:${t.label}`} x={t.x} y={bottom + 11} textAnchor={anchorAt(t.x)}>
          {t.label}
        </text>
      ))}
      <text x={right} y={frame.height - 1} textAnchor="end" className="axis-unit">
        {unit}
      </text>
    </g>
  )
}

/** Every `step`-th index of `count` (and the last), for axis labels that do not crowd. */
export function spacedIndexes(count: number, most: number): number[] {
  if (count <= 0) return []
  const step = Math.max(1, Math.ceil(count / most))
  const picked: number[] = []
  for (let i = 0; i < count; i += step) picked.push(i)
  if (picked.at(-1) !== count - 1 && count - 1 - picked.at(-1)! >= step / 2) picked.push(count - 1)
  return picked
}
